import { addDays, dottedDate, localToday } from '../../src/core/calendar';

// Moved here from test/taskpane/format.test.ts when the pane's copies gave way to the core's.
describe('calendar', () => {
  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
    expect(localToday(new Date(2024, 0, 1, 0, 0))).toBe('2024-01-01');
  });

  it('writes dates as Ukrainian papers do, anything else as it is', () => {
    expect(dottedDate('2023-03-01')).toBe('01.03.2023');
    expect(dottedDate('березень')).toBe('березень');
  });
});

describe('addDays', () => {
  it('counts across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-15', 30)).toBe('2024-01-14');
    expect(addDays('2024-03-31', -31)).toBe('2024-02-29');
    expect(addDays('2024-10-27', 0)).toBe('2024-10-27');
  });
});
