import { analyse } from '../../../src/core/analyse';
import type { Plan } from '../../../src/core/types';
import { periodView, standingCounts, standingOf } from '../../../src/core/year/period-view';
import { buildPeriodReport, periodSheetNames } from '../../../src/core/year/period-report';
import { titleForPeriod } from '../../../src/core/year/period-title';
import { parseReportPeriod, periodAsOf, type ReportPeriod } from '../../../src/core/year/report-period';
import { measureRow, planGrid } from '../../helpers/grids';
import { sampleGrid } from '../../helpers/sample';

function period(text: string): ReportPeriod {
  const r = parseReportPeriod(text);
  if (!r.ok) throw new Error(text);
  return r.period;
}

function analysed(grid: Parameters<typeof analyse>[0], asOf: string) {
  const a = analyse(grid, { asOf });
  if (!a.ok) throw new Error('no plan');
  return a;
}

/** A small plan with a measure due in July that nobody has reported on yet. */
const JULY = planGrid([
  ['І. Організаційні заходи'],
  measureRow(1, 'Звіт за півріччя', 'Червень 2023 року', 'Начальник відділу', 'Звіт подано 20.06.2023'),
  measureRow(2, 'Навчання працівників', '10.07.2023 - 20.07.2023', 'Головний спеціаліст', ''),
  measureRow(3, 'Оцінка ризиків', 'ІІІ — ІV квартал 2023 року', 'Начальник відділу', ''),
  measureRow(4, 'Моніторинг законодавства', 'Постійно', 'Начальник відділу', ''),
  measureRow(5, 'Розгляд повідомлень', 'У разі отримання', 'Начальник відділу', ''),
  measureRow(6, 'Підготовка плану', 'Травень 2023 року', 'Начальник відділу', ''),
]);

describe('a plan seen for a period', () => {
  it('says where each measure stands at the period end', () => {
    const { plan, findings } = analysed(JULY, '2023-06-30');
    const view = periodView(plan, findings, period('2023-H1'), '2023-06-30');
    expect(view.measures.map((m) => [m.number, m.standing])).toEqual([
      ['1', 'due'],
      ['2', 'not-yet-due'],
      ['3', 'not-yet-due'],
      ['4', 'ongoing'],
      ['5', 'conditional'],
      ['6', 'due'],
    ]);
    expect(standingCounts(view)['not-yet-due']).toEqual({ total: 2, unreported: 2 });
  });

  it('leaves out the deadline findings of measures not yet due, and only those', () => {
    const asOf = periodAsOf(period('2023-H1'), '2024-01-15');
    const { plan, findings } = analysed(JULY, asOf);
    // Without the period, the measure due 10–20 July is due soon as of 30.06.
    expect(findings.filter((f) => f.measureNumber === '2').map((f) => f.rule)).toEqual(['due-soon']);
    const view = periodView(plan, findings, period('2023-H1'), asOf);
    expect(view.findings.filter((f) => f.measureNumber === '2' || f.measureNumber === '3')).toEqual([]);
    // Measure 6, due in May with nothing reported, stays an error; the conditional one stays a warning.
    expect(view.findings.map((f) => [f.measureNumber, f.rule])).toEqual(
      expect.arrayContaining([
        ['6', 'missing-execution'],
        ['5', 'conditional-unreported'],
      ]),
    );
    expect(view.summary.findingsBySeverity.info).toBe(0);
    expect(view.summary.findingsBySeverity.error).toBe(1);
  });

  it('on the sample as of 30.06.2023: measures due in the second half are no findings', async () => {
    const grid = await sampleGrid();
    const { plan, findings } = analysed(grid, '2023-06-30');
    const view = periodView(plan, findings, period('2023-H1'), '2023-06-30');
    const later = view.measures.filter((m) => m.standing === 'not-yet-due').map((m) => m.number);
    expect(later).toEqual(['12', '27']);
    const laterRows = new Set(plan.measures.filter((m) => later.includes(m.number)).map((m) => m.row));
    expect(view.findings.filter((f) => laterRows.has(f.row) && f.rule !== 'untidy-text')).toEqual([]);
    expect(view.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('treats undated and missing deadlines as undated', () => {
    const { plan } = analysed(
      planGrid([
        measureRow(1, 'Захід', 'колись потім', 'Відділ', ''),
        measureRow(2, 'Захід', '', 'Відділ', ''),
      ]),
      '2023-06-30',
    );
    expect(plan.measures.map((m) => standingOf(m, period('2023-H1')))).toEqual(['undated', 'undated']);
  });
});

describe('titles for a period', () => {
  const plan2023 = { from: '2023-01-01', to: '2023-12-31' };
  it('put the period where the title says `за 2023 рік`, every other character as written', () => {
    const lines = [
      'заходів щодо запобігання, ',
      "пов'язаним з корупцією у Покровській  міській раді за 2023 рік",
    ];
    expect(titleForPeriod(lines, plan2023, 'І півріччя 2023 року', 'uk')).toEqual([
      'заходів щодо запобігання, ',
      "пов'язаним з корупцією у Покровській  міській раді за І півріччя 2023 року",
    ]);
  });
  it('add a line when the title names the plan (`на 2023 рік`) rather than a report period', () => {
    expect(titleForPeriod(['заходів на 2023 рік'], plan2023, '9 місяців 2023 року', 'uk')).toEqual([
      'заходів на 2023 рік',
      'за 9 місяців 2023 року',
    ]);
  });
  it('leave another year alone, and never touch a word that merely ends in `за`', () => {
    expect(titleForPeriod(['звіт за 2022 рік'], plan2023, 'ІІІ квартал 2023 року', 'uk')).toEqual([
      'звіт за 2022 рік',
      'за ІІІ квартал 2023 року',
    ]);
    expect(titleForPeriod(['база 2023 року'], plan2023, 'ІІІ квартал 2023 року', 'uk')).toEqual([
      'база 2023 року',
      'за ІІІ квартал 2023 року',
    ]);
  });
  it('in English add the period in English below the Ukrainian title', () => {
    expect(titleForPeriod(['заходів за 2023 рік'], plan2023, 'the first half of 2023', 'en')).toEqual([
      'заходів за 2023 рік',
      'for the first half of 2023',
    ]);
  });
});

describe('the report for a period', () => {
  function report(grid: Parameters<typeof analyse>[0], code: string, asOf: string, lang: 'uk' | 'en' = 'uk') {
    const p = period(code);
    const at = periodAsOf(p, asOf);
    const { plan, findings } = analysed(grid, at);
    return {
      plan,
      ...buildPeriodReport(plan, periodView(plan, findings, p, at), { lang, extraColumns: ['status'] }),
    };
  }
  const rowOf = (values: unknown[][], number: number) => values.find((r) => r[0] === number)!;

  it('on the sample for 2023-H1: the title says `за І півріччя 2023 року`', async () => {
    const { table, summary } = report(await sampleGrid(), '2023-H1', '2023-06-30');
    const title = table.values.slice(0, 4).map((r) => r[0]);
    expect(title).toContain("пов'язаним з корупцією у Покровській  міській раді за І півріччя 2023 року");
    expect(title.join(' ')).not.toContain('за 2023 рік');
    expect(String(summary.values[1][0])).toBe('за І півріччя 2023 року, станом на 30.06.2023');
    expect([table.name, summary.name]).toEqual(['Виконання плану І півр. 2023', 'Зведення І півр. 2023']);
  });

  it('shows a measure not yet due as such where nothing is written, and the clerk’s text where it is', () => {
    const { table } = report(JULY, '2023-H1', '2023-06-30');
    expect(rowOf(table.values, 2)[4]).toBe('Термін виконання не настав');
    expect(rowOf(table.values, 1)[4]).toBe('Звіт подано 20.06.2023');
    // Due in May with nothing written: stays empty (it is missing, not "not yet due").
    expect(rowOf(table.values, 6)[4]).toBeNull();
    const en = report(JULY, '2023-H1', '2023-06-30', 'en').table;
    expect(rowOf(en.values, 2)[4]).toBe('Not yet due');
  });

  it('adds the measures by standing under the summary', () => {
    const { summary } = report(JULY, '2023-H1', '2023-06-30');
    const at = summary.values.findIndex((r) =>
      String(r[0]).startsWith('Заходи за терміном у звітному періоді'),
    );
    expect(summary.values[at][0]).toBe('Заходи за терміном у звітному періоді (І півріччя 2023 року)');
    // Cells the layout leaves empty at the end of a row are not part of the table.
    const trimmed = (r: unknown[]) => {
      const out = [...r];
      while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
      return out;
    };
    const rows = summary.values.slice(at + 2).map((r) => trimmed(r.slice(0, 4)));
    expect(rows).toEqual([
      ['Термін настав (станом на 30.06.2023)', 2, 1, '1, 6'],
      ['Виконання триває, термін спливає пізніше', 1, 1, '4'],
      ['Термін не настав', 2, 2, '2, 3'],
      ['У разі потреби (умовні)', 1, 1, '5'],
      ['Усього', 6, 5],
    ]);
    for (const b of summary.bands) expect(summary.styles[b.style]).toBeDefined();
  });

  it('for the whole plan period is the plain report', async () => {
    const { table, summary, plan } = report(await sampleGrid(), '2023', '2024-01-15');
    expect(table.name).toBe('Виконання плану 2023');
    expect(summary.name).toBe('Зведення 2023');
    expect(table.values.slice(0, 4).map((r) => r[0])).toContain(plan.title[2]);
  });

  it('names sheets within Excel’s 31 characters', () => {
    for (const code of [
      '2024-H2',
      '2024-Q3',
      '2024-9M',
      '2023-12-01..2024-02-29',
      '2024-02-01..2024-04-30',
    ]) {
      const names = periodSheetNames(period(code));
      expect(names.table.length).toBeLessThanOrEqual(31);
      expect(names.summary.length).toBeLessThanOrEqual(31);
      expect(names.table).toMatch(/^Виконання /);
    }
  });
});

export type { Plan };
