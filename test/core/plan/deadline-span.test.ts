import { readDeadline } from '../../../src/core/plan/deadline-span';

const ctx = { period: { from: '2024-01-01', to: '2024-12-31' } };

describe('a deadline over several lines', () => {
  it('reads one phrase split over lines as the phrase', () => {
    expect(readDeadline('Грудень\n\n2024 року', ctx)).toMatchObject({
      kind: 'period',
      from: '2024-12-01',
      to: '2024-12-31',
    });
  });

  it('spans two or more deadlines from the earliest to the latest', () => {
    expect(readDeadline('ІІІ квартал 2024 року\nІ квартал 2024 року', ctx)).toMatchObject({
      kind: 'period',
      text: 'ІІІ квартал 2024 року\nІ квартал 2024 року',
      from: '2024-01-01',
      to: '2024-09-30',
    });
    expect(readDeadline('до 01.03.2024\nдо 01.09.2024', ctx)).toMatchObject({
      from: '2024-01-01',
      to: '2024-09-01',
    });
  });

  it('leaves it unrecognised when a line cannot be placed: never a guess', () => {
    expect(readDeadline('І квартал 2024 року\nза погодженням', ctx).kind).toBe('unrecognised');
    expect(readDeadline('У разі потреби', ctx).kind).toBe('conditional');
  });
});
