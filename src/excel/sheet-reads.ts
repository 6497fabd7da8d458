// Reads sized by cells. Excel limits a get to 5,000,000 cells and may then answer `values: null` instead of
// failing (office-js#4783, #6781); Excel on the web also refuses a response above 5 MB, desktop Excel never
// does. So nothing is read whole: each candidate sheet is first seen through a bounded window (the first 64
// rows and columns, values only) and its extents; only the plan's area is then read (area-reads.ts), in
// blocks sized by cells and by the bytes the window measured. A stray value at XFD1048576 changes nothing.
import { columnLetter } from '../core/grid';
import { toGrid } from './cell-values';
import type { SheetInfo } from './workbook-info';
import { utf8Length } from './write-spec';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const WINDOW_ROWS = 64;
export const WINDOW_COLS = 64;
const WINDOW = `A1:${columnLetter(WINDOW_COLS - 1)}${WINDOW_ROWS}`;
const WINDOW_COLUMNS = `A:${columnLetter(WINDOW_COLS - 1)}`;

export function address(b: Box): string {
  return `${columnLetter(b.left)}${b.top + 1}:${columnLetter(b.right)}${b.bottom + 1}`;
}

function boxOf(r: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Box {
  return {
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  };
}

export interface SheetWindow {
  sheet: SheetInfo;
  /** The window's used cells as a grid (values only: enough to find a header). */
  grid: ReturnType<typeof toGrid>;
  /** The used part of the window, null for an empty window. */
  used: Box | null;
  /** The last used row of the window's columns (A:BL), whatever lies further right. */
  columnsBottom: number | null;
  /** The sheet's whole used range (values only). */
  extent: Box | null;
  /** Response bytes per cell the window's values took (for sizing later reads). */
  bytesPerCell: number;
}

interface WindowRead {
  sheet: SheetInfo;
  window: Excel.Range;
  columns: Excel.Range;
  extent: Excel.Range;
}

/** Queued in round trip 2: a bounded window and two extents per sheet (never a whole used range). */
export function queueWindows(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  windowed: Set<string>,
): WindowRead[] {
  return sheets.map((sheet) => {
    const ws = context.workbook.worksheets.getItem(sheet.id);
    const window = ws.getRange(WINDOW).getUsedRangeOrNullObject(true);
    // Only candidates show their cells; for the others (our own sheets) the extents are enough.
    if (windowed.has(sheet.id)) window.load('values,rowIndex,columnIndex,rowCount,columnCount');
    else window.load('rowIndex');
    const columns = ws.getRange(WINDOW_COLUMNS).getUsedRangeOrNullObject(true);
    columns.load('rowIndex,rowCount');
    const extent = ws.getUsedRangeOrNullObject(true);
    extent.load('rowIndex,columnIndex,rowCount,columnCount');
    return { sheet, window, columns, extent };
  });
}

export function windowsOf(
  reads: WindowRead[],
  windowed: Set<string>,
  date1904: boolean,
): Map<string, SheetWindow> {
  const out = new Map<string, SheetWindow>();
  for (const { sheet, window, columns, extent } of reads) {
    const hasWindow = windowed.has(sheet.id) && !window.isNullObject;
    const values = hasWindow ? window.values : null;
    const used = hasWindow ? boxOf(window) : null;
    const cells = used ? (used.bottom - used.top + 1) * (used.right - used.left + 1) : 0;
    out.set(sheet.id, {
      sheet,
      grid: toGrid(
        sheet.name,
        values && used ? { values, rowIndex: used.top, columnIndex: used.left } : null,
        [],
        date1904,
      ),
      used,
      columnsBottom: columns.isNullObject ? null : columns.rowIndex + columns.rowCount - 1,
      extent: extent.isNullObject ? null : boxOf(extent),
      bytesPerCell: values && cells ? utf8Length(JSON.stringify(values)) / cells : 8,
    });
  }
  return out;
}

/** The rectangle to read for a plan found in a window: its columns, from its first row to its last. */
export function planArea(w: SheetWindow): Box | null {
  if (!w.used) return null;
  return { ...w.used, bottom: Math.max(w.used.bottom, w.columnsBottom ?? w.used.bottom) };
}
