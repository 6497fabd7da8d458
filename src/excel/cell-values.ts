// Office.js cell payloads -> the core's Grid. Excel hands dates over as serial numbers: a number becomes a
// date only when its cell's number format shows a date; otherwise it stays a number and the core decides.
import type { CellValue, Grid, MergeArea } from '../core/grid';
import { columnIndex } from '../core/grid';
import { gridSchema } from '../core/grid-schema';

/** True for number formats that show a day or a year (`dd.mm.yyyy`, `[$-uk-UA]d mmmm yyyy`), not `0.00` or `h:mm`. */
export function isDateFormat(format: string): boolean {
  const plain = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(plain) && !/^general$/i.test(plain.trim());
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, serial 60 is the phantom 1900-02-29. */
export function serialToDate(serial: number): string {
  const days = Math.floor(serial);
  const base = days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(base + days * 86_400_000).toISOString().slice(0, 10);
}

function toCell(value: unknown, type: string, format: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Boolean':
      return Boolean(value);
    case 'Double':
    case 'Integer':
      if (typeof value !== 'number') return String(value);
      return isDateFormat(format) && value > 0 && value < 2_958_466 ? { date: serialToDate(value) } : value;
    default:
      return value === null || value === undefined || value === '' ? null : String(value);
  }
}

/** `Лист1!A1:E1,'Мій аркуш'!B5` -> merge areas (0-based). */
export function parseMergedAddress(address: string | null | undefined): MergeArea[] {
  if (!address) return [];
  const bare = address.replace(/(?:'(?:[^']|'')*'|[^',!]+)!/g, '');
  const out: MergeArea[] = [];
  for (const part of bare.split(',')) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(part.trim());
    if (!m) continue;
    const left = columnIndex(m[1]);
    const top = Number(m[2]) - 1;
    out.push({ top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnIndex(m[3]) : left });
  }
  return out;
}

export interface UsedRangeData {
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

/** One sheet's used range (null for an empty sheet) -> a Grid checked against the core's schema. */
export function toGrid(sheetName: string, used: UsedRangeData | null, mergedAddress?: string | null): Grid {
  const rows: CellValue[][] = used
    ? used.values.map((row, r) =>
        row.map((v, c) =>
          toCell(v, used.valueTypes[r]?.[c] ?? 'String', String(used.numberFormat[r]?.[c] ?? 'General')),
        ),
      )
    : [];
  const grid: Grid = {
    sheetName,
    rows,
    origin: used ? { row: used.rowIndex, col: used.columnIndex } : { row: 0, col: 0 },
    merges: parseMergedAddress(mergedAddress),
  };
  return gridSchema.parse(grid);
}
