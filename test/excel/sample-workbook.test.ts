// The real sample, as the CLI reads it from the .xlsx, put into the fake Excel: the add-in must see the
// same plan and the same findings as the CLI.
import { existsSync } from 'fs';
import { join } from 'path';
import { analyse } from '../../src/core/analyse';
import { cellAddress, isDateCell, isErrorCell, type Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/node/xlsx-read';
import { createExcelPlanService } from '../../src/excel/excel-plan-service';
import { FakeExcel, type SeedCell } from './fake-excel';

const SAMPLE = join(__dirname, '../../samples/plan-2023.xlsx');

function toSerial(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function seedRows(grid: Grid): SeedCell[][] {
  return grid.rows.map((row) =>
    row.map((v): SeedCell => {
      if (v === null) return null;
      if (isDateCell(v)) return { value: toSerial(v.date), numberFormat: 'dd.mm.yyyy' };
      if (isErrorCell(v)) return { error: v.error };
      return v;
    }),
  );
}

(existsSync(SAMPLE) ? describe : describe.skip)('the sample workbook in the fake Excel', () => {
  it('gives the same plan and findings as the core on the file', async () => {
    const book = await readWorkbook(SAMPLE);
    const fake = new FakeExcel(
      book.sheets.map((s) => ({
        name: s.name,
        rows: seedRows(s.grid),
        origin: s.grid.origin,
        hidden: s.hidden,
        merges: (s.grid.merges ?? []).map(
          (m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`,
        ),
      })),
    );
    const asOf = '2024-01-15';
    const service = createExcelPlanService({
      run: fake.run,
      isSetSupported: () => true,
      displayLanguage: () => 'uk',
      today: () => asOf,
    });
    const result = await service.check();
    const direct = analyse(book.sheets.find((s) => s.name === result.sheetName)!.grid, { asOf });
    if (!direct.ok) throw new Error('sample is not a plan');
    expect(result.measureCount).toBe(28);
    expect(result.measureCount).toBe(direct.plan.measures.length);
    expect(result.findings).toEqual(direct.findings);
    const generated = await service.generate();
    expect(generated.sheets).toEqual(['Виконання плану 2023', 'Зведення 2023']);
  });
});
