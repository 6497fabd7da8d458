// Scans a worksheet part's XML as text: its rows and cells (in the shapes SpreadsheetML allows: any namespace
// prefix, rows and cells without `r`, self-closing rows and cells, rows or cells absent altogether), the
// formula cells, merged areas and cell styles. Pure (no Node, no DOM): the CLI's merge edits parts with it
// (src/node/sheet-xml.ts) and the task pane reads answer workbooks with it (read-xlsx.ts).
import { cellAddress, columnIndex, type MergeArea } from '../core/grid';

export interface SheetFacts {
  /** Addresses of cells holding a formula. */
  formulas: Set<string>;
  merges: MergeArea[];
  /** Style index (`s`) of each cell asked about that exists. */
  styles: Map<string, number>;
}

export interface Element {
  /** Offsets in the text: the start tag's `<`, the end of the start tag, the end of the element. */
  start: number;
  openEnd: number;
  end: number;
  attrs: string;
  selfClosing: boolean;
}

/** Attribute patterns by name, made once: a sheet has a million cells. */
const ATTRS = new Map<string, RegExp>();
export function attr(attrs: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** A row's number: its `r`, or the one after the previous row's. Rows must ascend (as Excel writes them). */
export function rowNumber(attrs: string, previous: number): number {
  const r = attr(attrs, 'r');
  const n = r === undefined ? previous + 1 : Number(r);
  if (!Number.isInteger(n) || n <= previous || n > 1048576)
    throw new Error(`row numbers out of order or invalid (r="${r}" after row ${previous})`);
  return n;
}

/** The next `<prefix:name …>` element from `from`, with its end; null when there is none before `limit`. */
export function nextElement(
  xml: string,
  open: RegExp,
  close: string,
  from: number,
  limit: number,
): Element | null {
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m || m.index >= limit) return null;
  const openEnd = m.index + m[0].length;
  const selfClosing = m[0].endsWith('/>');
  const end = selfClosing ? openEnd : xml.indexOf(close, openEnd);
  if (end < 0 || end > limit) throw new Error(`unclosed element at offset ${m.index}`);
  return {
    start: m.index,
    openEnd,
    end: selfClosing ? openEnd : end + close.length,
    attrs: m[1] ?? '',
    selfClosing,
  };
}

/** Where sheetData's rows lie, and the namespace prefix the part uses (`x:` or none). */
export function sheetData(xml: string): { prefix: string; from: number; to: number; selfClosing: boolean } {
  const m = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!m) throw new Error('no sheetData element');
  const prefix = m[1];
  const from = m.index + m[0].length;
  if (m[2] === '/') return { prefix, from: m.index, to: from, selfClosing: true };
  const to = xml.indexOf(`</${prefix}sheetData>`, from);
  if (to < 0) throw new Error('unclosed sheetData');
  return { prefix, from, to, selfClosing: false };
}

export const rowOpen = (p: string) => new RegExp(`<${p}row(?=[\\s>/])([^>]*?)\\/?>`, 'g');
export const cellOpen = (p: string) => new RegExp(`<${p}c(?=[\\s>/])([^>]*?)\\/?>`, 'g');

/** Calls `visit` for every cell of every row, with its 1-based row and 0-based column. */
export function eachCell(xml: string, visit: (row: number, col: number, cell: Element) => void): void {
  const data = sheetData(xml);
  if (data.selfClosing) return;
  const p = data.prefix;
  const rows = rowOpen(p);
  const cells = cellOpen(p);
  let current = 0;
  for (let at = data.from; ;) {
    const row = nextElement(xml, rows, `</${p}row>`, at, data.to);
    if (!row) break;
    at = row.end;
    current = rowNumber(row.attrs, current);
    if (row.selfClosing) continue;
    let col = -1;
    for (let cat = row.openEnd; ;) {
      const cell = nextElement(xml, cells, `</${p}c>`, cat, row.end);
      if (!cell) break;
      cat = cell.end;
      const ref = attr(cell.attrs, 'r');
      const letters = ref ? /^\$?([A-Za-z]{1,3})/.exec(ref)?.[1] : undefined;
      col = letters ? columnIndex(letters) : col + 1;
      visit(current, col, cell);
    }
  }
}

export function parseRef(ref: string): MergeArea | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnIndex(m[3]) : left };
}

/** Formula cells and merged areas of the sheet, and the styles of the cells in `wanted` (addresses). */
export function sheetFacts(xml: string, wanted: ReadonlySet<string> = new Set()): SheetFacts {
  const formulas = new Set<string>();
  const styles = new Map<string, number>();
  const { prefix } = sheetData(xml);
  const formula = new RegExp(`<${prefix}f[\\s>/]`);
  eachCell(xml, (row, col, cell) => {
    const address = cellAddress(row - 1, col);
    if (!cell.selfClosing && formula.test(xml.slice(cell.openEnd, cell.end))) formulas.add(address);
    if (wanted.has(address)) styles.set(address, Number(attr(cell.attrs, 's') ?? 0));
  });
  const merges: MergeArea[] = [];
  for (const m of xml.matchAll(new RegExp(`<${prefix}mergeCell\\b([^>]*?)\\/?>`, 'g'))) {
    const area = parseRef(attr(m[1], 'ref') ?? '');
    if (area) merges.push(area);
  }
  return { formulas, merges, styles };
}
