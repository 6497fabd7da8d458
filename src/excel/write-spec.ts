// Writing a SheetSpec through Office.js: everything is queued, nothing is synced here, so the caller decides
// the round trips (a constant number whatever the row count). Values go in row chunks sized by their JSON,
// formats one range per style band (never per cell).
import { columnLetter } from '../core/grid';
import { columnWidthPoints } from '../core/report/page-geometry';
import type { CellStyle, ChartSpec, SheetSpec, SpecRange, SpecValue } from '../core/report/sheet-spec';
import { queuePageSetup } from './page-setup';

/** One range write of values. */
export interface ValueChunk {
  address: string;
  values: (string | number)[][];
  /** Size of the values as JSON in UTF-8, in bytes (Cyrillic takes 2 bytes a letter). */
  bytes: number;
}

/** Chunks stay small so one request can hold several and still stay far below Excel on the web's 5 MB limit. */
export const CHUNK_BYTES = 512 * 1024;
/** Values queued before one sync; the rest of the request (formats, layout) fits in what is left of 5 MB. */
export const REQUEST_VALUE_BYTES = 3 * 1024 * 1024;

/**
 * A SheetSpec width (characters of Calibri 11: 7 px, as an .xlsx counts them) in the points Office.js wants;
 * the core's conversion, so the printed table is as wide as the layout computed.
 */
export function charsToPoints(chars: number): number {
  return Math.round(columnWidthPoints(chars) * 100) / 100;
}

export function rangeAddress(r: SpecRange): string {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  const b = `${columnLetter(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/**
 * Excel turns typed text into numbers, dates, booleans or formulas (`1.1`, `01.03.2024`, `- виконано`,
 * `=…`); a leading apostrophe keeps a text exactly as written, and Excel does not show it.
 */
export function asExcelText(s: string): string {
  if (/^['=+\-@]/.test(s)) return `'${s}`;
  if (/\d/.test(s) && /^[\s\d.,:/%()$€₴-]+$/.test(s)) return `'${s}`;
  if (/^(true|false)$/i.test(s.trim())) return `'${s}`;
  return s;
}

function cell(v: SpecValue): string | number {
  if (v === null) return '';
  return typeof v === 'number' ? v : asExcelText(v);
}

/** Bytes of a string in UTF-8, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function sizeOf(row: (string | number)[]): number {
  return utf8Length(JSON.stringify(row)) + 1;
}

/** The spec's values as rectangular row chunks, each at most `maxBytes` (a single huge row stays whole). */
export function valueChunks(spec: SheetSpec, maxBytes = CHUNK_BYTES): ValueChunk[] {
  // A loop, not Math.max(...rows): a spread of a few hundred thousand rows overflows the call stack.
  const width = spec.values.reduce((w, r) => Math.max(w, r.length), 1);
  const chunks: ValueChunk[] = [];
  let rows: (string | number)[][] = [];
  let start = 0;
  let bytes = 0;
  const flush = (): void => {
    if (!rows.length) return;
    chunks.push({
      address: rangeAddress({ top: start, left: 0, bottom: start + rows.length - 1, right: width - 1 }),
      values: rows,
      bytes,
    });
    start += rows.length;
    rows = [];
    bytes = 0;
  };
  for (const r of spec.values) {
    const row = Array.from({ length: width }, (_, c) => cell(r[c] ?? null));
    const size = sizeOf(row);
    if (rows.length && bytes + size > maxBytes) flush();
    rows.push(row);
    bytes += size;
  }
  flush();
  return chunks;
}

/** Groups chunks into requests of at most `budget` bytes each (the first request is never empty). */
export function packRequests<T extends { bytes: number }>(chunks: T[], budget = REQUEST_VALUE_BYTES): T[][] {
  const requests: T[][] = [[]];
  let size = 0;
  for (const c of chunks) {
    const current = requests[requests.length - 1];
    if (current.length && size + c.bytes > budget) {
      requests.push([c]);
      size = c.bytes;
    } else {
      current.push(c);
      size += c.bytes;
    }
  }
  return requests;
}

const BORDER_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
] as const;

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  f.font.name = style.font.name;
  f.font.size = style.font.size;
  f.font.bold = style.font.bold === true;
  f.font.italic = style.font.italic === true;
  if (style.font.color) f.font.color = `#${style.font.color}`;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.horizontal)
    f.horizontalAlignment =
      style.horizontal === 'center' ? 'Center' : style.horizontal === 'right' ? 'Right' : 'Left';
  if (style.vertical)
    f.verticalAlignment =
      style.vertical === 'middle' ? 'Center' : style.vertical === 'top' ? 'Top' : 'Bottom';
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
  if (style.numberFormat) {
    const fmt = style.numberFormat;
    range.numberFormat = Array.from({ length: rows }, () => Array.from({ length: cols }, () => fmt));
  }
}

export interface LayoutSupport {
  freezePanes: boolean;
  printSetup: boolean;
}

/** Formats, merges, sizes, freeze panes, print setup and charts of one sheet (values are written apart). */
export function queueLayout(ws: Excel.Worksheet, spec: SheetSpec, support: LayoutSupport): void {
  for (const band of spec.bands) {
    const style = spec.styles[band.style];
    if (!style) continue;
    const r = band.range;
    applyStyle(ws.getRange(rangeAddress(r)), style, r.bottom - r.top + 1, r.right - r.left + 1);
  }
  for (const m of spec.merges) ws.getRange(rangeAddress(m)).merge(false);
  spec.columnWidths.forEach((w, c) => {
    if (w > 0) ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = charsToPoints(w);
  });
  // Consecutive rows of the same height share one range write.
  const heights = Object.entries(spec.rowHeights ?? {})
    .map(([r, h]) => [Number(r), h] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length;) {
    let j = i;
    while (
      j + 1 < heights.length &&
      heights[j + 1][0] === heights[j][0] + 1 &&
      heights[j + 1][1] === heights[i][1]
    )
      j++;
    ws.getRange(`${heights[i][0] + 1}:${heights[j][0] + 1}`).format.rowHeight = heights[i][1];
    i = j + 1;
  }
  if (spec.freezeRows && support.freezePanes) ws.freezePanes.freezeRows(spec.freezeRows);
  if (support.printSetup) queuePageSetup(ws, spec.print);
  for (const chart of spec.charts ?? []) queueChart(ws, chart);
}

function queueChart(ws: Excel.Worksheet, chart: ChartSpec): void {
  const { categories: cat, values: val } = chart;
  // Labels in the column just left of the numbers: one rectangular source gives Excel both.
  const adjacent = cat.top === val.top && cat.bottom === val.bottom && cat.right + 1 === val.left;
  const source = adjacent ? { ...val, left: cat.left } : val;
  const added = ws.charts.add(
    chart.type === 'pie' ? 'Pie' : 'BarClustered',
    ws.getRange(rangeAddress(source)),
    'Columns',
  );
  added.title.text = chart.title;
  const cell = (at: { row: number; col: number }): string =>
    rangeAddress({ top: at.row, left: at.col, bottom: at.row, right: at.col });
  // Over the cells the layout kept for it (`to`), as the xlsx writer anchors it.
  if (chart.to) added.setPosition(cell(chart.anchor), cell(chart.to));
  else added.setPosition(cell(chart.anchor));
}
