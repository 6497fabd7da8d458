// Office.js cell payloads -> the core's Grid. Excel hands dates over as serial numbers: a number becomes a
// date only when its cell's number format shows a date; otherwise it stays a number and the core decides.
import type { CellValue, Grid, MergeArea } from '../core/grid';
import { columnIndex } from '../core/grid';
import { gridSchema } from '../core/grid-schema';
import { serialToDate } from '../core/calendar';

/** True for number formats that show a day or a year (`dd.mm.yyyy`, `[$-uk-UA]d mmmm yyyy`), not `0.00` or `h:mm`. */
export function isDateFormat(format: string): boolean {
  const plain = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(plain) && !/^general$/i.test(plain.trim());
}

/** A serial -> the calendar day: the core's rule, shared with the pane's reader of .xlsx files. */
export { serialToDate };

function toCell(value: unknown, type: string, format: string, date1904: boolean): CellValue {
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
      return isDateFormat(format) && value >= 0 && value < 2_958_466
        ? { date: serialToDate(value, date1904) }
        : value;
    default:
      return value === null || value === undefined || value === '' ? null : String(value);
  }
}

/** A type for a value read without its valueTypes (a window read for locating the plan). */
function typeOf(v: unknown): string {
  if (v === '' || v === null || v === undefined) return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

/** `Лист1!A1:E1,'Мій аркуш'!B5` -> areas (0-based), as Excel wrote them. */
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

/**
 * What Excel gave, made safe: single cells dropped (some builds report a merge as its top-left cell only,
 * office-js#1590), duplicates and overlaps dropped (a damaged answer), the rest kept. Merges may still be
 * missing (office-js#3611, no ExcelApi 1.13): the reader does not depend on them.
 */
export function cleanMerges(areas: MergeArea[]): MergeArea[] {
  const kept: MergeArea[] = [];
  const seen = new Set<string>();
  for (const a of [...areas].sort((x, y) => x.top - y.top || x.left - y.left)) {
    if (a.top === a.bottom && a.left === a.right) continue;
    const key = `${a.top}:${a.left}`;
    if (seen.has(key)) continue;
    // Sorted by top: an overlap can only be with a recent area; a short look back is enough in practice.
    if (
      kept
        .slice(-64)
        .some((k) => k.top <= a.bottom && a.top <= k.bottom && k.left <= a.right && a.left <= k.right)
    )
      continue;
    seen.add(key);
    kept.push(a);
  }
  return kept;
}

/** Cells read from one rectangle of a sheet; types and formats are absent for a window read. */
export interface CellRows {
  values: unknown[][];
  valueTypes?: unknown[][];
  numberFormat?: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

/** One sheet's cells (null for an empty sheet) -> a Grid checked against the core's schema. */
export function toGrid(
  sheetName: string,
  data: CellRows | null,
  merges: MergeArea[] = [],
  date1904 = false,
): Grid {
  const rows: CellValue[][] = data
    ? data.values.map((row, r) =>
        row.map((v, c) =>
          toCell(
            v,
            String(data.valueTypes?.[r]?.[c] ?? typeOf(v)),
            String(data.numberFormat?.[r]?.[c] ?? 'General'),
            date1904,
          ),
        ),
      )
    : [];
  const grid: Grid = {
    sheetName,
    rows,
    origin: data ? { row: data.rowIndex, col: data.columnIndex } : { row: 0, col: 0 },
    merges: cleanMerges(merges),
  };
  return gridSchema.parse(grid);
}
