// The fake workbook's state: plain data that the proxies change only when a `sync()` applies their queued
// operations. Tests read and seed it directly (what a user sees in Excel), never through the proxies.
import { columnIndex, columnLetter } from '../../../src/core/grid';

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

export type FakeValue = string | number | boolean;

export interface CellModel {
  value: FakeValue;
  /** A formula error shown in the cell (`#REF!`); `value` then holds the same text. */
  error?: string;
  format: CellFormat;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  box: Box;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface ValidationModel {
  box: Box;
  rule: unknown;
  errorAlert?: unknown;
}

export interface ChartModel {
  type: string;
  source: Box;
  title: string | null;
  anchor: Box | null;
}

export interface PageLayoutModel {
  orientation: string | null;
  paperSize: string | null;
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
  settings: Map<string, unknown>;
  activeSheetId: string | null;
  selection: { sheetId: string; address: string } | null;
  nextId: number;
  /** Workbook structure protection (Review → Protect Workbook). */
  structureProtected?: boolean;
}

export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

export function newSheet(wb: WorkbookModel, name: string): SheetModel {
  const sheet: SheetModel = {
    id: `{sheet-${wb.nextId++}}`,
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
  return sheet;
}

/** The smallest box holding every non-empty cell, or null for an empty sheet. */
export function usedBox(sheet: SheetModel): Box | null {
  // Plain numbers, no object per cell: this runs over every cell of 100,000-measure sheets in the tests.
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === '' && !cell.error) continue;
    const colon = key.indexOf(':');
    const r = +key.slice(0, colon);
    const c = +key.slice(colon + 1);
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

// ---- A1 addresses ---------------------------------------------------------------------------------

const MAX_ROW = 1048575;
const MAX_COL = 16383;

// The fake writes addresses as Excel does, with the product's own column arithmetic.
const colIndex = columnIndex;
export const colLetters = columnLetter;

/** `A1`, `A1:E5`, `B:B`, `3:3`, `$A$1`, with or without a `Sheet!` prefix -> box (0-based, inclusive). */
export function parseAddress(address: string): Box {
  const bang = address.lastIndexOf('!');
  const plain = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
  const [a, b = a] = plain.split(':');
  const part = (p: string): { row: number | null; col: number | null } => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new Error(`fake Excel: bad address ${address}`);
    return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = part(a);
  const q = part(b);
  return {
    top: p.row ?? 0,
    left: p.col ?? 0,
    bottom: q.row ?? (p.row === null ? MAX_ROW : p.row),
    right: q.col ?? (p.col === null ? MAX_COL : p.col),
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
