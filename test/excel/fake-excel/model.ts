// The fake workbook's state: plain data that the proxies change only when a `sync()` applies their queued
// operations. Tests read and seed it directly (what a user sees in Excel), never through the proxies.
import { columnIndex, columnLetter } from '../../../src/core/grid';
import { MAX_COL, MAX_ROW, type FakeValue } from './limits';

export type { FakeValue } from './limits';

export interface CellFormat {
  fontName: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  fill: string | null;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  numberFormat: string;
  borders: { top: string; bottom: string; left: string; right: string };
}

export const DEFAULT_FORMAT: CellFormat = {
  fontName: 'Calibri',
  fontSize: 11,
  bold: false,
  italic: false,
  fontColor: '#000000',
  fill: null,
  horizontal: 'General',
  vertical: 'Bottom',
  wrap: false,
  numberFormat: 'General',
  borders: { top: 'None', bottom: 'None', left: 'None', right: 'None' },
};

export function defaultFormat(): CellFormat {
  return { ...DEFAULT_FORMAT, borders: { ...DEFAULT_FORMAT.borders } };
}

export interface CellModel {
  value: FakeValue;
  /** A formula error shown in the cell (`#REF!`); `value` then holds the same text. */
  error?: string;
  /** The formula the cell holds (`=A1&" "`); `value` is what it computes. Constants have none. */
  formula?: string;
  format: CellFormat;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A conditional format. Its id is not stored: Excel's id is the rule's current priority position. */
export interface ConditionalFormatModel {
  type: string;
  /** The areas it applies to (a rule may cover several). */
  ranges: Box[];
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface ValidationModel {
  box: Box;
  rule: unknown;
  errorAlert?: unknown;
}

/** A chart series points at cells: its numbers are whatever those cells hold when read. */
export interface SeriesModel {
  name: string | null;
  values: Box | null;
  categories: Box | null;
}

export interface ChartModel {
  type: string;
  title: string | null;
  anchor: Box | null;
  series: SeriesModel[];
}

export interface PageLayoutModel {
  orientation: string | null;
  paperSize: string | null;
  /** Stored; a `scale` prints, fit-to-pages does not: Excel ignores it outside Page Layout view (office-js#1860). */
  zoom: unknown;
  printTitleRows: string | null;
  centerFooter: string | null;
  margins: Record<string, number>;
  /** 0-based rows that start a printed page (manual breaks). */
  rowBreaks: number[];
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** A protected sheet refuses every change (InvalidOperation), as Excel does. */
  protected: boolean;
  cells: Map<string, CellModel>;
  merges: Box[];
  customProperties: Map<string, string>;
  /** In priority order: index 0 is the top rule, and its id is "0". */
  conditionalFormats: ConditionalFormatModel[];
  validations: ValidationModel[];
  freezeRows: number;
  pageLayout: PageLayoutModel;
  charts: ChartModel[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** Defined names, workbook- and sheet-scoped (names.ts). */
  names: import('./names').NameModel[];
  settings: Map<string, unknown>;
  activeSheetId: string | null;
  selection: { sheetId: string; address: string } | null;
  nextId: number;
  /** Workbook structure protection (Review → Protect Workbook). */
  structureProtected?: boolean;
  /** File › Options › Advanced › "Use 1904 date system". */
  date1904?: boolean;
}

export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

export function splitKey(key: string): [number, number] {
  const colon = key.indexOf(':');
  return [+key.slice(0, colon), +key.slice(colon + 1)];
}

export function newSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    merges: [],
    customProperties: new Map(),
    conditionalFormats: [],
    validations: [],
    freezeRows: 0,
    pageLayout: {
      orientation: null,
      paperSize: null,
      zoom: null,
      printTitleRows: null,
      centerFooter: null,
      margins: {},
      rowBreaks: [],
    },
    charts: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
  };
}

function isFormatted(format: CellFormat): boolean {
  return JSON.stringify(format) !== JSON.stringify(DEFAULT_FORMAT);
}

/**
 * The smallest box holding every used cell inside `within` (the whole sheet when absent), or null. With
 * `valuesOnly` only cells with a value count; otherwise formatted empty cells count too, as in Excel's
 * `getUsedRange(valuesOnly)` (reference: Worksheet.getUsedRange).
 */
export function usedBox(sheet: SheetModel, valuesOnly = true, within?: Box): Box | null {
  // Plain numbers, no object per cell: this runs over every cell of 100,000-measure sheets in the tests.
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === '' && !cell.error && (valuesOnly || !isFormatted(cell.format))) continue;
    const [r, c] = splitKey(key);
    if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) continue;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

export function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Box, r: number, c: number): boolean {
  return r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;
}

export function cellCount(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

// ---- A1 addresses ---------------------------------------------------------------------------------

// The fake writes addresses as Excel does, with the product's own column arithmetic.
export const colLetters = columnLetter;

export interface ParsedAddress extends Box {
  /** Whole columns (`A:E`) or whole rows (`3:5`): cell-level properties read as null. */
  unbounded: boolean;
}

/** `A1`, `A1:E5`, `B:B`, `3:3`, `$A$1`, with or without a `Sheet!` prefix -> box (0-based, inclusive). */
export function parseAddress(address: string): ParsedAddress {
  const bang = address.lastIndexOf('!');
  const plain = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').trim();
  const [a, b = a] = plain.split(':');
  const part = (p: string): { row: number | null; col: number | null } => {
    const m = /^([A-Za-z]{0,3})(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new Error(`fake Excel: bad address ${address}`);
    const col = m[1] ? columnIndex(m[1]) : null;
    const row = m[2] ? Number(m[2]) - 1 : null;
    if ((col !== null && col > MAX_COL) || (row !== null && (row < 0 || row > MAX_ROW)))
      throw new Error(`fake Excel: address out of the grid ${address}`);
    return { col, row };
  };
  const p = part(a);
  const q = part(b);
  const box = {
    top: p.row ?? 0,
    left: p.col ?? 0,
    bottom: q.row ?? (p.row === null ? MAX_ROW : p.row),
    right: q.col ?? (p.col === null ? MAX_COL : p.col),
  };
  return {
    top: Math.min(box.top, box.bottom),
    left: Math.min(box.left, box.right),
    bottom: Math.max(box.top, box.bottom),
    right: Math.max(box.left, box.right),
    unbounded: p.row === null || p.col === null,
  };
}

export function formatAddress(sheetName: string, box: Box): string {
  const one = `${colLetters(box.left)}${box.top + 1}`;
  const two = `${colLetters(box.right)}${box.bottom + 1}`;
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName)
    ? sheetName
    : `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${one === two ? one : `${one}:${two}`}`;
}

/** The whole sheet as a test sees it: values and formats of every cell, merges, conditional formats, validations. */
export function snapshotSheet(sheet: SheetModel): string {
  const cells = [...sheet.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({
    name: sheet.name,
    cells,
    merges: sheet.merges,
    conditionalFormats: sheet.conditionalFormats,
    validations: sheet.validations,
    freezeRows: sheet.freezeRows,
    columnWidths: [...sheet.columnWidths.entries()],
    rowHeights: [...sheet.rowHeights.entries()],
    customProperties: [...sheet.customProperties.entries()],
  });
}
