// Reads and edits a worksheet part's XML as text, touching nothing but the cells asked for: every other
// byte of the part stays as it was. A round trip through a library that models the sheet would rewrite the
// whole part (and drop what it does not model), so the merge edits here instead.
// The shapes handled are those SpreadsheetML allows: any namespace prefix, rows and cells without `r`
// (their place follows the previous one), self-closing rows and cells, rows or cells absent altogether.
import { cellAddress, columnIndex } from '../core/grid';
import {
  attr,
  cellOpen,
  nextElement,
  parseRef,
  rowNumber,
  rowOpen,
  sheetData,
} from '../xlsx-lite/sheet-scan';
import { escapeCellText, needsPreserve } from './xlsx-text';

export type CellEditValue =
  /** A text written in the cell itself (for a workbook without a shared strings table). */
  | { kind: 'text'; text: string }
  /** A text of the shared strings table, by index. */
  | { kind: 'shared'; index: number }
  /** A number, for a date written as its serial day into a date-formatted cell. */
  | { kind: 'number'; value: number }
  | { kind: 'clear' };

export interface CellEdit {
  /** 1-based row, 0-based column. */
  row: number;
  column: number;
  value: CellEditValue;
}

export { sheetFacts, type SheetFacts } from '../xlsx-lite/sheet-scan';

/** Style index of each column that has one (`<col min max style>`), 1-based column -> style. */
function columnStyles(xml: string, prefix: string): (col: number) => string | undefined {
  const spans: [number, number, string][] = [];
  for (const m of xml.matchAll(new RegExp(`<${prefix}col\\b([^>]*?)\\/?>`, 'g'))) {
    const style = attr(m[1], 'style');
    const min = Number(attr(m[1], 'min'));
    const max = Number(attr(m[1], 'max'));
    if (style !== undefined && Number.isInteger(min) && Number.isInteger(max)) spans.push([min, max, style]);
  }
  return (col) => spans.find(([min, max]) => min <= col && col <= max)?.[2];
}

/**
 * The style a cell the part lacks takes, as Excel gives a cell a person types into: the row's when the row
 * has its own format, else the column's.
 */
function inheritedStyle(rowAttrs: string, column: (col: number) => string | undefined, col: number): string {
  const rowStyle = attr(rowAttrs, 'customFormat') === '1' ? attr(rowAttrs, 's') : undefined;
  const style = rowStyle ?? column(col + 1);
  return style !== undefined && style !== '0' ? ` s="${style}"` : '';
}

/** A cell element with the new value, keeping the old one's attributes except its type and value metadata. */
function cellXml(prefix: string, attrs: string, address: string, value: CellEditValue): string {
  let kept = attrs.replace(/\s(?:t|vm|cm)\s*=\s*("[^"]*"|'[^']*')/g, '').trim();
  if (attr(attrs, 'r') === undefined) kept = `r="${address}"${kept ? ` ${kept}` : ''}`;
  const p = prefix;
  if (value.kind === 'clear') return `<${p}c ${kept}/>`;
  if (value.kind === 'number') return `<${p}c ${kept}><${p}v>${value.value}</${p}v></${p}c>`;
  if (value.kind === 'shared') return `<${p}c ${kept} t="s"><${p}v>${value.index}</${p}v></${p}c>`;
  const space = needsPreserve(value.text) ? ' xml:space="preserve"' : '';
  return `<${p}c ${kept} t="inlineStr"><${p}is><${p}t${space}>${escapeCellText(value.text)}</${p}t></${p}is></${p}c>`;
}

/** A row's start tag with `spans` (a hint of its first and last cell) grown to cover new cells, if needed. */
function rowStartTag(tag: string, attrs: string, edits: readonly CellEdit[]): string {
  const spans = attr(attrs, 'spans');
  const cols = edits.filter((e) => e.value.kind !== 'clear').map((e) => e.column + 1);
  if (spans === undefined || cols.length === 0) return tag;
  const bounds = spans.split(/\s+/).flatMap((s) => s.split(':').map(Number));
  if (bounds.some((n) => !Number.isInteger(n))) return tag;
  const min = Math.min(bounds[0], ...cols);
  const max = Math.max(bounds[bounds.length - 1], ...cols);
  if (min === bounds[0] && max === bounds[bounds.length - 1]) return tag;
  return tag.replace(/(\sspans\s*=\s*")[^"]*(")/, `$1${min}:${max}$2`);
}

/**
 * The sheet with the edits made. A cell that holds a formula is never written: it is returned in `refused`.
 * Edits must not repeat a cell. Rows and cells missing from the part are created in their place.
 */
export function editSheetXml(
  xml: string,
  edits: readonly CellEdit[],
): { xml: string; refused: CellEdit[]; replacedShared: number } {
  const byRow = new Map<number, CellEdit[]>();
  for (const e of edits) {
    const list = byRow.get(e.row) ?? [];
    list.push(e);
    byRow.set(e.row, list);
  }
  for (const list of byRow.values()) list.sort((a, b) => a.column - b.column);
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  const refused: CellEdit[] = [];
  let replacedShared = 0;
  const data = sheetData(xml);
  const p = data.prefix;
  const out: string[] = [];
  let copied = 0;
  const copyTo = (offset: number) => {
    out.push(xml.slice(copied, offset));
    copied = offset;
  };
  /** A whole new row for edits of a row the part does not have (clears of absent cells do nothing). */
  const column = columnStyles(xml, p);
  const newCell = (rowAttrs: string, row: number, e: CellEdit) =>
    cellXml(p, inheritedStyle(rowAttrs, column, e.column), cellAddress(row - 1, e.column), e.value);
  const newRow = (row: number): string => {
    const cells = byRow.get(row)!.filter((e) => e.value.kind !== 'clear');
    if (cells.length === 0) return '';
    return `<${p}row r="${row}">${cells.map((e) => newCell('', row, e)).join('')}</${p}row>`;
  };

  if (data.selfClosing) {
    const rows = pending.map(newRow).join('');
    if (rows === '') return { xml, refused, replacedShared };
    return {
      xml: `${xml.slice(0, data.from)}<${p}sheetData>${rows}</${p}sheetData>${xml.slice(data.to)}`,
      refused,
      replacedShared,
    };
  }

  const rowsRe = rowOpen(p);
  const cellsRe = cellOpen(p);
  const formula = new RegExp(`<${p}f[\\s>/]`);
  let lastRow = 0;
  let next = 0; // index into pending
  // Every row is looked at, edits done or not: a part whose rows are out of order is refused whole.
  for (let at = data.from; ;) {
    const row = nextElement(xml, rowsRe, `</${p}row>`, at, data.to);
    const number = row ? rowNumber(row.attrs, lastRow) : Infinity;
    // Rows the part lacks go before the first row after them.
    while (next < pending.length && pending[next] < number) {
      copyTo(row ? row.start : data.to);
      out.push(newRow(pending[next++]));
    }
    if (!row) break;
    at = row.end;
    lastRow = number;
    if (next >= pending.length || pending[next] !== number) continue;
    next++;
    const rowEdits = byRow.get(number)!;
    // A self-closing row becomes an open one holding the new cells.
    if (row.selfClosing) {
      const cells = rowEdits.filter((e) => e.value.kind !== 'clear');
      if (cells.length === 0) continue;
      copyTo(row.start);
      const open = rowStartTag(xml.slice(row.start, row.end), row.attrs, cells).replace(/\s*\/>$/, '>');
      out.push(open, ...cells.map((e) => newCell(row.attrs, number, e)));
      out.push(`</${p}row>`);
      copied = row.end;
      continue;
    }
    copyTo(row.start);
    out.push(rowStartTag(xml.slice(row.start, row.openEnd), row.attrs, rowEdits));
    copied = row.openEnd;
    let col = -1;
    let e = 0;
    const contentEnd = row.end - `</${p}row>`.length;
    for (let cat = row.openEnd; e < rowEdits.length;) {
      const cell = nextElement(xml, cellsRe, `</${p}c>`, cat, contentEnd);
      const ref = cell ? attr(cell.attrs, 'r') : undefined;
      const letters = ref ? /^\$?([A-Za-z]{1,3})/.exec(ref)?.[1] : undefined;
      const c = cell ? (letters ? columnIndex(letters) : col + 1) : Infinity;
      // Cells the row lacks go before the first cell after them (or before the row's extLst / its end).
      while (e < rowEdits.length && rowEdits[e].column < c) {
        const edit = rowEdits[e++];
        if (edit.value.kind === 'clear') continue;
        const ext = xml.indexOf(`<${p}extLst`, cat);
        copyTo(cell ? cell.start : ext >= 0 && ext < contentEnd ? ext : contentEnd);
        out.push(newCell(row.attrs, number, edit));
      }
      if (!cell) break;
      cat = cell.end;
      col = c;
      if (e < rowEdits.length && rowEdits[e].column === c) {
        const edit = rowEdits[e++];
        if (!cell.selfClosing && formula.test(xml.slice(cell.openEnd, cell.end))) {
          refused.push(edit);
          continue;
        }
        if (attr(cell.attrs, 't') === 's') replacedShared++;
        copyTo(cell.start);
        out.push(cellXml(p, cell.attrs, cellAddress(number - 1, c), edit.value));
        copied = cell.end;
      }
    }
  }
  copyTo(xml.length);
  return { xml: widenDimension(out.join(''), edits), refused, replacedShared };
}

/** The `<dimension ref>` grown to cover written cells outside it (a hint readers size the sheet by). */
function widenDimension(xml: string, edits: readonly CellEdit[]): string {
  const m = /(<(?:[\w.-]+:)?dimension\b[^>]*?\sref\s*=\s*")([^"]*)(")/.exec(xml);
  if (!m) return xml;
  const area = parseRef(m[2]);
  const written = edits.filter((e) => e.value.kind !== 'clear');
  if (!area || written.length === 0) return xml;
  let { top, bottom, left, right } = area;
  for (const e of written) {
    top = Math.min(top, e.row - 1);
    bottom = Math.max(bottom, e.row - 1);
    left = Math.min(left, e.column);
    right = Math.max(right, e.column);
  }
  if (top === area.top && bottom === area.bottom && left === area.left && right === area.right) return xml;
  const ref = `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
  return `${xml.slice(0, m.index)}${m[1]}${ref}${m[3]}${xml.slice(m.index + m[0].length)}`;
}
