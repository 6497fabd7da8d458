import { customPeriod, periodLabel, periodOptions } from '../../src/taskpane/period-options';

describe('the periods the pane offers', () => {
  it('per plan year, in the order of their last day, named as a report title names them', () => {
    const options = periodOptions({ from: '2024-01-01', to: '2024-12-31' }, 'uk');
    expect(options.map((o) => o.code)).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-H1',
      '2024-Q3',
      '2024-9M',
      '2024-Q4',
      '2024-H2',
      '2024',
    ]);
    expect(options.map((o) => o.label)).toEqual([
      'І квартал 2024 року',
      'ІІ квартал 2024 року',
      'І півріччя 2024 року',
      'ІІІ квартал 2024 року',
      '9 місяців 2024 року',
      'ІV квартал 2024 року',
      'ІІ півріччя 2024 року',
      '2024 рік',
    ]);
    expect(periodOptions({ from: '2024-01-01', to: '2024-12-31' }, 'en')[2].label).toBe(
      'The first half of 2024',
    );
  });

  it('every year of a programme, and the one saved even when it lies elsewhere', () => {
    const two = periodOptions({ from: '2024-01-01', to: '2025-12-31' }, 'uk');
    expect(two).toHaveLength(16);
    expect(periodOptions(null, 'uk', '2023-02-01..2023-04-30')).toEqual([
      { code: '2023-02-01..2023-04-30', label: 'Період з 01.02.2023 по 30.04.2023' },
    ]);
    expect(periodOptions({ from: '2024-01-01', to: '2024-12-31' }, 'uk', '2024-H1')).toHaveLength(8);
  });

  it('custom dates make a period only when both are there, in order', () => {
    expect(customPeriod('2024-02-01', '2024-04-30')).toBe('2024-02-01..2024-04-30');
    expect(customPeriod('2024-04-30', '2024-02-01')).toBeNull();
    expect(customPeriod('', '2024-02-01')).toBeNull();
    expect(periodLabel('немає', 'uk')).toBe('немає');
  });
});
