// The core's view of a worksheet: plain values, no host objects. Hosts (Office.js, ExcelJS) translate
// their cells into this shape once, where the data enters.

/** A date cell, as the calendar date the sheet shows (no time zone games). */
export interface DateCell {
  date: string; // YYYY-MM-DD
}

/** A formula error such as `#REF!` or `#N/A`. */
export interface ErrorCell {
  error: string;
}

export type CellValue = string | number | boolean | null | DateCell | ErrorCell;

/** A merged area in sheet coordinates, 0-based and inclusive. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheetName: string;
  /** rows[r][c] is the cell at sheet row origin.row + r, column origin.col + c (0-based). Rows may be ragged. */
  rows: CellValue[][];
  /** Where rows[0][0] sits on the sheet (0-based); A1 when absent. Office.js used ranges need not start at A1. */
  origin?: { row: number; col: number };
  merges?: MergeArea[];
  /** 0-based sheet rows hidden by the user: still read, never skipped silently. */
  hiddenRows?: number[];
  /**
   * The workbook counts serial days from 1904 (`<workbookPr date1904="1"/>`, old Mac workbooks): a number
   * read as a date is then 1,462 days later than in the 1900 system.
   */
  date1904?: boolean;
}

export function isDateCell(v: CellValue): v is DateCell {
  return typeof v === 'object' && v !== null && 'date' in v;
}

export function isErrorCell(v: CellValue): v is ErrorCell {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** 0-based column index -> letters (0 -> A, 26 -> AA). */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters -> 0-based column index (A -> 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based sheet row and column -> `E25`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A sheet-qualified address as Excel writes it: `Лист1!E25`, quoting names that need it. */
export function qualifiedAddress(sheetName: string, address: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName);
  const name = plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${name}!${address}`;
}
