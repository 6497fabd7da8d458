import { dottedDate, localToday } from '../../src/core/calendar';

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
