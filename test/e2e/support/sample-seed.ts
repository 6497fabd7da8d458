// The sample workbook as the stand-in's seed: cells as Excel would hand them over (dates as serials).
import { cellAddress, isDateCell, isErrorCell, type Grid } from '../../../src/core/grid';
import type { SeedCell, SeedSheet } from '../../excel/fake-excel';
import { readWorkbook } from '../../../src/node/xlsx-read';

function serial(iso: string): number {
  return Math.round(
    (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86400000,
  );
}

export function gridToSeed(grid: Grid): SeedSheet {
  const rows: SeedCell[][] = grid.rows.map((row) =>
    row.map((v) => {
      if (isDateCell(v)) return { value: serial(v.date), numberFormat: 'dd.mm.yyyy' };
      if (isErrorCell(v)) return { error: v.error };
      return v;
    }),
  );
  const merges = (grid.merges ?? []).map(
    (m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`,
  );
  return { name: grid.sheetName, rows, origin: grid.origin, merges };
}

export async function sampleSeed(file: string): Promise<SeedSheet[]> {
  const wb = await readWorkbook(file);
  return wb.sheets.map((s) => gridToSeed(s.grid));
}
