import {
  coversPlan,
  overlapsPlan,
  parseReportPeriod,
  periodAsOf,
  reportPeriodLabel,
  reportPeriodPhrase,
  reportPeriodTitle,
  type ReportPeriod,
} from '../../../src/core/year/report-period';

function period(text: string): ReportPeriod {
  const r = parseReportPeriod(text);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r.period;
}

describe('parseReportPeriod', () => {
  it.each([
    ['2024-H1', '2024-01-01', '2024-06-30', 'half'],
    ['2024-h2', '2024-07-01', '2024-12-31', 'half'],
    ['2024-Q1', '2024-01-01', '2024-03-31', 'quarter'],
    ['2024-Q2', '2024-04-01', '2024-06-30', 'quarter'],
    ['2024-Q3', '2024-07-01', '2024-09-30', 'quarter'],
    ['2024-q4', '2024-10-01', '2024-12-31', 'quarter'],
    ['2024-9M', '2024-01-01', '2024-09-30', 'nine-months'],
    ['2024', '2024-01-01', '2024-12-31', 'year'],
    [' 2024-02-01..2024-04-30 ', '2024-02-01', '2024-04-30', 'range'],
    ['2023-12-01 .. 2024-02-29', '2023-12-01', '2024-02-29', 'range'],
  ])('%s is %s..%s', (text, from, to, kind) => {
    expect(period(text)).toMatchObject({ from, to, kind });
  });

  it('spells every period one way', () => {
    expect(period('2024-h1').code).toBe('2024-H1');
    expect(period('2024-9m').code).toBe('2024-9M');
    expect(period('2024-02-01 .. 2024-04-30').code).toBe('2024-02-01..2024-04-30');
  });

  it.each([
    '2024-H3',
    '2024-Q5',
    '2024-Q0',
    '2024-6M',
    '24-H1',
    'H1',
    '',
    '2024-02-30..2024-03-01',
    '2023-02-29..2023-03-01',
    '2024-H1..2024-H2',
    '1800',
  ])('refuses %j', (text) => {
    expect(parseReportPeriod(text)).toEqual({ ok: false, reason: 'format' });
  });

  it('refuses a range that ends before it starts', () => {
    expect(parseReportPeriod('2024-05-01..2024-04-30')).toEqual({ ok: false, reason: 'order' });
  });
});

describe('the period in words', () => {
  it('says it as Ukrainian titles do, Roman numerals in Cyrillic І as the seed writes them', () => {
    expect(reportPeriodTitle(period('2024-H1'), 'uk')).toBe('за \u0406 півріччя 2024 року');
    expect(reportPeriodTitle(period('2024-H2'), 'uk')).toBe('за ІІ півріччя 2024 року');
    expect(reportPeriodTitle(period('2024-Q3'), 'uk')).toBe('за ІІІ квартал 2024 року');
    expect(reportPeriodTitle(period('2024-Q4'), 'uk')).toBe('за ІV квартал 2024 року');
    expect(reportPeriodTitle(period('2024-9M'), 'uk')).toBe('за 9 місяців 2024 року');
    expect(reportPeriodTitle(period('2024'), 'uk')).toBe('за 2024 рік');
    expect(reportPeriodTitle(period('2024-02-01..2024-04-30'), 'uk')).toBe(
      'за період з 01.02.2024 по 30.04.2024',
    );
  });

  it('and in English', () => {
    expect(reportPeriodTitle(period('2024-H1'), 'en')).toBe('for the first half of 2024');
    expect(reportPeriodPhrase(period('2024-Q3'), 'en')).toBe('Q3 2024');
    expect(reportPeriodPhrase(period('2024-9M'), 'en')).toBe('the first nine months of 2024');
    expect(reportPeriodPhrase(period('2024-02-01..2024-04-30'), 'en')).toBe(
      'the period 01.02.2024 – 30.04.2024',
    );
  });

  it('gives labels short enough for a sheet name', () => {
    const labels = [
      '2024-H1',
      '2024-Q4',
      '2024-9M',
      '2024',
      '2024-02-01..2024-04-30',
      '2023-12-01..2024-02-29',
    ].map((t) => reportPeriodLabel(period(t)));
    expect(labels).toEqual([
      'І півр. 2024',
      'ІV кв. 2024',
      '9 міс. 2024',
      '2024',
      '01.02-30.04.24',
      '01.12.23-29.02.24',
    ]);
    for (const l of labels) expect(l.length).toBeLessThanOrEqual(17);
  });
});

describe('the period and the plan', () => {
  const plan = { from: '2023-01-01', to: '2023-12-31' };
  it('judges deadlines as of the period end, or an earlier date asked for', () => {
    expect(periodAsOf(period('2023-H1'), '2024-01-15')).toBe('2023-06-30');
    expect(periodAsOf(period('2023-H1'), '2023-05-31')).toBe('2023-05-31');
  });
  it('knows a period covering the plan and one outside it', () => {
    expect(coversPlan(period('2023'), plan)).toBe(true);
    expect(coversPlan(period('2023-9M'), plan)).toBe(false);
    expect(overlapsPlan(period('2024-H1'), plan)).toBe(false);
    expect(overlapsPlan(period('2023-12-01..2024-02-29'), plan)).toBe(true);
  });
});
