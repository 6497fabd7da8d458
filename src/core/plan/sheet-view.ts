// A dense view of the sheet in sheet coordinates (0-based), with the merges looked up by cell.
import { CellValue, Grid, MergeArea } from '../grid';
import { isBlank } from '../text';
import { cellText } from './cell-text';

export interface SheetView {
  /**
   * Raw values; only the top-left cell of a merge holds its value. Rows are as long as their last cell, not
   * the sheet's width: one stray value at XFD1048576 must not make a dense sheet of 17 billion cells.
   */
  values: CellValue[][];
  /** Texts with each merge's text copied into every cell of the merge (for headings and vertical merges). */
  filled: string[][];
  /** For each cell inside a merge (other than its top-left), the merge; keyed by cellKey. */
  mergeAt: Map<number, MergeArea>;
  /** Each merge by its top-left cell (cellKey). */
  topLeft: Map<number, MergeArea>;
  /** 1 for a row with a cell in mergeAt or topLeft: other rows need no lookups. */
  mergedRow: Uint8Array;
  /** True when the host gave any merges (Excel before ExcelApi 1.13 gives none). */
  mergesKnown: boolean;
  height: number;
  width: number;
  /** Serial numbers count from 1904 (Grid.date1904). */
  date1904: boolean;
}

/** A number for a cell of the view, for the merge maps (no string building per lookup). */
export function cellKey(view: { width: number }, r: number, c: number): number {
  return r * view.width + c;
}

export function buildView(grid: Grid): SheetView {
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  let width = 0;
  for (const row of grid.rows) width = Math.max(width, (row?.length ?? 0) + originCol);
  const height = grid.rows.length + originRow;
  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const src = r >= originRow ? grid.rows[r - originRow] : undefined;
    const row: CellValue[] = src?.length ? new Array<CellValue>(src.length + originCol).fill(null) : [];
    if (src) for (let c = 0; c < src.length; c++) row[c + originCol] = src[c] ?? null;
    values.push(row);
  }
  const filled = values.map((row) => row.map((v) => cellText(v)));
  const mergeAt = new Map<number, MergeArea>();
  const topLeft = new Map<number, MergeArea>();
  const mergedRow = new Uint8Array(Math.max(0, height));
  const at = { width };
  const isIndex = (n: number) => Number.isInteger(n) && n >= 0;
  for (const m of grid.merges ?? []) {
    // A merge starting outside the sheet (only a damaged file has one) is no merge of its cells.
    if (!isIndex(m.top) || !isIndex(m.left) || m.top >= height || m.left >= width) continue;
    topLeft.set(cellKey(at, m.top, m.left), m);
    mergedRow[m.top] = 1;
    const text = filled[m.top][m.left] ?? '';
    // A merge reaching past the sheet covers only the sheet's cells.
    for (let r = m.top; r <= Math.min(m.bottom, height - 1); r++) {
      for (let c = m.left; c <= Math.min(m.right, width - 1); c++) {
        if (r === m.top && c === m.left) continue;
        mergeAt.set(cellKey(at, r, c), m);
        mergedRow[r] = 1;
        if (!filled[r][c]) filled[r][c] = text;
      }
    }
  }
  return {
    values,
    filled,
    mergeAt,
    topLeft,
    mergedRow,
    mergesKnown: topLeft.size > 0,
    height,
    width,
    date1904: grid.date1904 === true,
  };
}

/** The merge covering a cell other than its top-left one, if any. */
export function coveringMerge(view: SheetView, r: number, c: number): MergeArea | undefined {
  return view.mergedRow[r] === 1 ? view.mergeAt.get(cellKey(view, r, c)) : undefined;
}

/** The merge whose top-left cell this is, if any. */
export function mergeStartingAt(view: SheetView, r: number, c: number): MergeArea | undefined {
  return view.mergedRow[r] === 1 ? view.topLeft.get(cellKey(view, r, c)) : undefined;
}

export interface OwnText {
  col: number;
  text: string;
  /** The merge this cell starts, if any. */
  merge?: MergeArea;
}

/** Distinct texts of a row, as written, skipping cells that merely continue a merge. */
export function rowTexts(view: SheetView, r: number, from = 0, to = Infinity): OwnText[] {
  const out: OwnText[] = [];
  const cells = view.values[r];
  const last = Math.min(cells.length - 1, to);
  for (let c = from; c <= last; c++) {
    if (coveringMerge(view, r, c)) continue;
    const text = cellText(cells[c]);
    if (isBlank(text)) continue;
    out.push({ col: c, text, merge: mergeStartingAt(view, r, c) });
  }
  return out;
}

/** The text a cell holds itself (empty for a cell inside a merge, whatever the merge holds). */
export function ownText(view: SheetView, r: number, c: number): string {
  if (coveringMerge(view, r, c)) return '';
  return cellText(view.values[r][c]);
}
