import { statusLabel } from '../../../src/core/i18n/messages';
import { buildSummarySheet } from '../../../src/core/report/summary-sheet';
import type { SheetSpec, SpecRange } from '../../../src/core/report/sheet-spec';
import { summarise } from '../../../src/core/summary/summarise';
import type { Finding } from '../../../src/core/types';
import { handPlan } from './plan-fixture';
import { effectiveStyle, rowIndex } from './spec-helpers';

const cells = (spec: SheetSpec, r: SpecRange) => {
  const out: (string | number | null)[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let c = r.left; c <= r.right; c++) out.push(spec.values[row][c]);
  return out;
};

/** The rows of the table under a heading (trailing empty cells dropped), up to the first blank row. */
function table(spec: SheetSpec, heading: string): (string | number | null)[][] {
  const start = rowIndex(spec, heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: (string | number | null)[][] = [];
  for (let r = start + 1; r < spec.values.length && spec.values[r].length > 0; r++) {
    const row = [...spec.values[r]];
    while (row.length && row[row.length - 1] === null) row.pop();
    if (row.length) rows.push(row);
  }
  return rows;
}

describe('buildSummarySheet', () => {
  const plan = handPlan();
  const finding: Finding = {
    rule: 'missing-execution',
    severity: 'error',
    sheet: 'Лист1',
    cell: 'E8',
    row: 8,
    column: 4,
    measureNumber: '2.',
    params: {},
  };
  const summary = summarise(plan, [finding], '2024-01-15');
  const spec = buildSummarySheet(plan, summary);

  it('is the summary sheet named for the period', () => {
    expect(spec.role).toBe('summary');
    expect(spec.name).toBe('Зведення 2023');
    expect(spec.values[0][0]).toBe('ЗВЕДЕННЯ ПРО ВИКОНАННЯ ПЛАНУ');
    expect(spec.values[1][0]).toBe('за 2023 рік, станом на 15.01.2024');
    expect(spec.print).toMatchObject({ paper: 'A4', fitToWidth: false, scale: 100 });
  });

  it('counts measures by status with shares and a total, as the core counted them', () => {
    const rows = table(spec, 'Заходи за станом виконання');
    expect(rows[0]).toEqual(['Стан виконання', 'Кількість', 'Частка']);
    expect(rows.slice(1)).toEqual([
      [statusLabel('done', 'uk'), 2, 2 / 3],
      [statusLabel('none', 'uk'), 1, 1 / 3],
      ['Усього', 3, 1],
    ]);
    expect(summary.byStatus).toMatchObject({ done: 2, none: 1 });
    const shareRow = rowIndex(spec, statusLabel('done', 'uk'));
    expect(effectiveStyle(spec, shareRow, 2)).toMatchObject({ numberFormat: '0%', border: true });
  });

  it('points a pie chart at the status labels and counts', () => {
    expect(spec.charts).toHaveLength(1);
    const chart = spec.charts![0];
    expect(chart.type).toBe('pie');
    expect(cells(spec, chart.categories)).toEqual([statusLabel('done', 'uk'), statusLabel('none', 'uk')]);
    expect(cells(spec, chart.values)).toEqual([2, 1]);
    // The chart sits under the status table, in a row kept for it, before the next table.
    const total = rowIndex(spec, 'Усього');
    expect(chart.anchor).toEqual({ row: total + 1, col: 0 });
    expect(chart.to!.row).toBe(chart.anchor.row);
    expect(chart.to!.col).toBeGreaterThanOrEqual(1);
    expect(spec.rowHeights![chart.anchor.row]).toBeGreaterThanOrEqual(180);
    expect(rowIndex(spec, 'Заходи за розділами')).toBeGreaterThan(chart.anchor.row);
  });

  it('counts by section (text as written), by responsible person and by deadline kind, with totals', () => {
    expect(table(spec, 'Заходи за розділами')).toEqual([
      ['Розділ', 'Усього', statusLabel('done', 'uk'), statusLabel('none', 'uk')],
      ['І. Організаційні  заходи', 2, 1, 1],
      ['ІІ. Антикорупційні заходи', 1, 1, 0],
      ['Усього', 3, 2, 1],
    ]);
    const people = table(spec, 'Заходи за відповідальними особами');
    expect(people.slice(1)).toEqual(
      summary.byResponsible.map((g) => [g.label, g.total, g.byStatus.done, g.byStatus.none]),
    );
    expect(people[1][0]).toBe('Начальник відділу з питань запобігання та протидії корупції');
    expect(people[1][1]).toBe(2);
    expect(table(spec, 'Заходи за видом терміну').slice(1)).toEqual([
      ['Постійно / протягом року', 1],
      ['До дати чи в період', 1],
      ['У разі потреби', 1],
      ['Усього', 3],
    ]);
    expect(table(spec, 'Результати перевірки плану').slice(1)).toEqual([
      ['Помилка', 1],
      ['Попередження', 0],
      ['Примітка', 0],
    ]);
  });

  it('lists the overdue measures (missing-execution findings), says what overdue means, no cell addresses', () => {
    const start = rowIndex(spec, 'Прострочені заходи');
    const note = String(spec.values[start + 1][0]);
    expect(note).toContain('15.01.2024');
    expect(note).toContain('missing-execution');
    const rows = table(spec, 'Прострочені заходи').slice(1);
    expect(rows[0]).toEqual(['Захід', '№ з/п', 'Термін до', 'Відповідальні особи']);
    expect(rows.slice(1)).toEqual([
      [
        'Підготовка плану  навчань',
        '2.',
        '31.12.2023',
        'Начальник загального відділу; Начальник організаційного відділу',
      ],
    ]);
    const r = rowIndex(spec, 'Підготовка плану  навчань');
    expect(spec.merges).toContainEqual({ top: r, left: 3, bottom: r, right: spec.columnWidths.length - 1 });
    // Addresses (`Лист1!E8`) help on screen and in --json, not on paper.
    for (const v of spec.values.flat())
      if (typeof v === 'string') expect(v).not.toMatch(/![A-Z]+\d+|^[A-Z]{1,3}\d+$/);
  });

  it('keeps each table with its heading on one page', () => {
    const breaks = spec.print.breaks ?? [];
    for (const heading of ['Заходи за станом виконання', 'Заходи за розділами', 'Прострочені заходи']) {
      const start = rowIndex(spec, heading);
      let end = start + 1;
      while (end + 1 < spec.values.length && spec.values[end + 1].length > 0) end++;
      expect(breaks.filter((b) => b > start && b <= end)).toEqual([]);
    }
  });

  it('says there is nothing overdue when nothing is, and speaks English when asked', () => {
    const early = buildSummarySheet(plan, summarise(plan, [], '2023-06-01'), { lang: 'en' });
    expect(early.values[0][0]).toBe('PLAN EXECUTION SUMMARY');
    expect(table(early, 'Overdue measures')).toEqual([['No overdue measures']]);
    expect(early.print.footer).toBe('Page &P of &N');
  });

  it('prints portrait while narrow, landscape when many status columns make it wide', () => {
    expect(spec.print.orientation).toBe('portrait');
    const varied = handPlan();
    const statuses = ['in-progress', 'not-done', 'no-grounds'] as const;
    varied.measures = varied.measures.map((m, i) => ({ ...m, status: { ...m.status, status: statuses[i] } }));
    varied.measures.push({
      ...varied.measures[0],
      row: 11,
      number: '4',
      status: { ...varied.measures[0].status, status: 'done' },
    });
    varied.measures.push({
      ...varied.measures[0],
      row: 12,
      number: '5',
      status: { ...varied.measures[0].status, status: 'partly-done' },
    });
    const wide = buildSummarySheet(varied, summarise(varied, [], '2024-01-15'));
    expect(wide.columnWidths.length).toBe(7);
    expect(wide.print.orientation).toBe('landscape');
  });

  it('styles every cell it writes in Times New Roman', () => {
    spec.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        expect(effectiveStyle(spec, r, c)?.font.name).toBe('Times New Roman');
      }),
    );
  });
});
