// The Excel host writes the report's print layout as the SheetSpec says: continuation rows merged down, the
// print scale, the manual page breaks, the chart over the cells kept for it; and leaves print setup alone on
// an Excel without ExcelApi 1.9.
import { analyse } from '../../src/core/analyse';
import { buildExecutionTable } from '../../src/core/report/execution-table';
import { buildSummarySheet } from '../../src/core/report/summary-sheet';
import { FakeExcel, type SeedSheet } from './fake-excel';
import { planSheet, seedGrid, serviceFor, TODAY } from './plan-fixture';

type Area = { top: number; left: number; bottom: number; right: number };
const sorted = (areas: Area[]): Area[] => [...areas].sort((a, b) => a.top - b.top || a.left - b.left);

const TABLE = 'Виконання плану 2023';
const SUMMARY = 'Зведення 2023';

/** The fixture plan with one execution text taller than Excel's tallest row. */
function longPlan(): SeedSheet {
  const seed = planSheet(40);
  const rows = seed.rows!.map((r) => [...r]);
  const at = rows.findIndex((r) => r[0] === 5);
  rows[at][4] = Array.from(
    { length: 60 },
    (_, i) => `${i + 1}) перевірено декларації та повідомлення посадових осіб`,
  ).join('\n\n');
  return { ...seed, rows };
}

describe('the report printed from Excel', () => {
  const seed = longPlan();
  const analysis = analyse(seedGrid(seed), { asOf: TODAY });
  if (!analysis.ok) throw new Error('fixture is not a plan');
  const table = buildExecutionTable(analysis.plan, { lang: 'uk' });
  const summary = buildSummarySheet(analysis.plan, analysis.summary, { lang: 'uk' });

  it("merges continuation rows, prints at the layout's scale and breaks pages where the layout did", async () => {
    const fake = new FakeExcel([seed]);
    await serviceFor(fake).generate();
    const sheet = fake.sheet(TABLE);
    expect(table.print.breaks!.length).toBeGreaterThan(1);
    expect(sheet.pageLayout.rowBreaks).toEqual(table.print.breaks);
    expect(sheet.pageLayout.zoom).toEqual({ scale: table.print.scale });
    // The same merges (consecutive single-row ones are written as one merge-across, so in another order).
    expect(sorted(sheet.merges)).toEqual(sorted(table.merges));
    // Continuation: measure 5's text goes on over rows (and pages) beside its merged-down cells.
    const first = table.values.findIndex((r) => r[0] === 5);
    const next = table.values.findIndex((r) => r[0] === 6);
    expect(next - first).toBeGreaterThan(3);
    expect(
      table.merges.some((m) => m.left === 0 && m.top >= first && m.bottom < next && m.bottom > m.top),
    ).toBe(true);
    for (const h of sheet.rowHeights.values()) expect(h).toBeLessThanOrEqual(409);
  });

  it('puts the pie over the cells kept for it under the status table', async () => {
    const fake = new FakeExcel([seed]);
    await serviceFor(fake).generate();
    const chart = summary.charts![0];
    expect(fake.sheet(SUMMARY).charts[0].anchor).toEqual({
      top: chart.anchor.row,
      left: chart.anchor.col,
      bottom: chart.to!.row,
      right: chart.to!.col,
    });
  });

  it('skips print setup and page breaks on an Excel without ExcelApi 1.9, and still writes the report', async () => {
    const fake = new FakeExcel([seed]);
    await serviceFor(fake, {
      isSetSupported: (_set, version) => Number(version.split('.')[1]) < 9,
    }).generate();
    expect(fake.sheet(TABLE).pageLayout.rowBreaks).toEqual([]);
    expect(fake.sheet(TABLE).pageLayout.zoom).toBeNull();
    expect(sorted(fake.sheet(TABLE).merges)).toEqual(sorted(table.merges));
  });
});
