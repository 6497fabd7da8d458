// Writing a SheetSpec through Office.js as a list of queued writes, each with its estimated request bytes,
// so the caller packs them into requests under Excel on the web's 5 MB limit (which counts every queued
// call, not only values: learn.microsoft.com/office/dev/add-ins/excel/performance). Values go in row
// chunks sized by their JSON; formats go one call per style and rectangles (many rectangles per call with
// RangeAreas, ExcelApi 1.9); charts come after the values they plot.
import { columnLetter } from '../core/grid';
import type { CellStyle, ChartSpec, SheetSpec, SpecRange, SpecValue } from '../core/report/sheet-spec';
import { addressChunks, bandGroups, heightGroups, mergeRuns, styleRects } from './format-plan';
import { fittedWidths, queuePageSetup } from './page-setup';

export { charsToPoints } from './page-setup';

/**
 * Office.js sends each queued call as a JSON action (~100 bytes) and each object reached on the way as an
 * object path (~100 bytes); the estimate counts 200 and 160, plus the arguments: on the safe side.
 */
export const ACTION_BYTES = 200;
export const PATH_BYTES = 160;
/** One request at most: 1 MB below Excel on the web's 5 MB for what the estimate may miss. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/** Value chunks stay small so a request can hold several beside its formats. */
export const CHUNK_BYTES = 512 * 1024;
const BORDER_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
] as const;

/** One queued write and what it adds to the request. `after` writes need the values in place (charts). */
export interface Write {
  sheet: number;
  bytes: number;
  after?: boolean;
  queue: (ws: Excel.Worksheet) => void;
}

export function rangeAddress(r: SpecRange): string {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  const b = `${columnLetter(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/**
 * Excel turns typed text into formulas, errors, booleans, numbers and dates (`=…`, `#N/A`, `TRUE`, `1e5`,
 * `1.1`, `50%`, `01.03.2024`, `Jan 5`, `1 січня 2024` …) in its own locale's way; a leading apostrophe keeps
 * a text exactly as written, and Excel neither stores nor shows it. Any short text with a digit is escaped:
 * the apostrophe costs nothing and no locale's date reading can catch us out.
 */
export function asExcelText(s: string): string {
  if (s === '') return s;
  if (/^['=+\-@#]/.test(s)) return `'${s}`;
  const t = s.trim();
  if (/^(true|false)$/i.test(t)) return `'${s}`;
  if (/\d/.test(s) && (/^[\s\d.,:/%()$€£₴+\-eE]+$/.test(s) || t.split(/\s+/).length <= 4)) return `'${s}`;
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

/** One range write of values. */
export interface ValueChunk {
  address: string;
  values: (string | number)[][];
  /** Size of the values as JSON in UTF-8, in bytes (Cyrillic takes 2 bytes a letter). */
  bytes: number;
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
    const size = utf8Length(JSON.stringify(row)) + 1;
    if (rows.length && bytes + size > maxBytes) flush();
    rows.push(row);
    bytes += size;
  }
  flush();
  return chunks;
}

/** Groups items into requests of at most `budget` bytes each, keeping their order (the first is never empty). */
export function packRequests<T extends { bytes: number }>(items: T[], budget = REQUEST_BUDGET): T[][] {
  const requests: T[][] = [[]];
  let size = 0;
  for (const item of items) {
    const current = requests[requests.length - 1];
    if (current.length && size + item.bytes > budget) {
      requests.push([item]);
      size = item.bytes;
    } else {
      current.push(item);
      size += item.bytes;
    }
  }
  return requests;
}

const cost = (actions: number, paths: number, args = ''): number =>
  actions * ACTION_BYTES + paths * PATH_BYTES + utf8Length(args);

/**
 * The calls of one style on one target (a Range or RangeAreas): 9 paths, up to 22 actions. `partial` sets
 * only what the style sets (a band painted over earlier ones); otherwise bold and italic are set either way.
 */
function queueStyle(target: Excel.Range | Excel.RangeAreas, style: CellStyle, partial: boolean): void {
  const f = target.format;
  f.font.name = style.font.name;
  f.font.size = style.font.size;
  if (!partial || style.font.bold !== undefined) f.font.bold = style.font.bold === true;
  if (!partial || style.font.italic !== undefined) f.font.italic = style.font.italic === true;
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
    }
  }
}
const STYLE_COST = cost(22, 10, 'Times New Roman');

export interface LayoutSupport {
  freezePanes: boolean;
  printSetup: boolean;
  /** Worksheet.getRanges (ExcelApi 1.9): one call for many rectangles. */
  rangeAreas: boolean;
}

/** Formats, merges, sizes, freeze panes and print setup of one sheet, as writes (values are apart). */
export function layoutWrites(
  sheet: number,
  spec: SheetSpec,
  support: LayoutSupport,
  /** Tests compare the two ways; the host takes the cheaper. */
  strategy?: 'bands' | 'rects',
): Write[] {
  const out: Write[] = [];
  const add = (bytes: number, queue: (ws: Excel.Worksheet) => void, after = false): void => {
    out.push({ sheet, bytes, queue, after });
  };
  // Painted band by band, or as the final style's rectangles: whichever costs fewer bytes.
  const styleWrites = (groups: { style: CellStyle; rects: SpecRange[]; partial?: boolean }[]): Write[] => {
    const writes: Write[] = [];
    for (const { style, rects, partial = false } of groups) {
      const addresses = rects.map(rangeAddress);
      const targets = support.rangeAreas ? addressChunks(addresses) : addresses;
      for (const target of targets) {
        writes.push({
          sheet,
          bytes: STYLE_COST + utf8Length(target),
          queue: (ws) =>
            queueStyle(support.rangeAreas ? ws.getRanges(target) : ws.getRange(target), style, partial),
        });
      }
      if (style.numberFormat) {
        // RangeAreas has no numberFormat: one write per rectangle, its array the rectangle's size (the
        // reference's form; a 1×1 array also fills a range in Excel, office-js-docs-reference#578, but only
        // in practice). Number formats are on the summary's few count columns: small arrays.
        const fmt = style.numberFormat;
        for (const r of rects) {
          const a = rangeAddress(r);
          const formats = Array.from({ length: r.bottom - r.top + 1 }, () =>
            Array<string>(r.right - r.left + 1).fill(fmt),
          );
          writes.push({
            sheet,
            bytes: cost(1, 1, a) + utf8Length(JSON.stringify(formats)),
            queue: (ws) => (ws.getRange(a).numberFormat = formats),
          });
        }
      }
    }
    return writes;
  };
  const byRects = styleWrites(styleRects(spec));
  const byBands = styleWrites(bandGroups(spec));
  const total = (ws: Write[]): number => ws.reduce((n, w) => n + w.bytes, 0);
  const bands = strategy ? strategy === 'bands' : total(byBands) < total(byRects);
  out.push(...(bands ? byBands : byRects));
  for (const { range, across } of mergeRuns(spec.merges)) {
    const a = rangeAddress(range);
    add(cost(1, 1, a), (ws) => ws.getRange(a).merge(across));
  }
  const widths = fittedWidths(spec);
  for (let c = 0; c < widths.length;) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    const w = widths[c];
    const cols = `${columnLetter(c)}:${columnLetter(end)}`;
    if (w > 0) add(cost(1, 2, cols), (ws) => (ws.getRange(cols).format.columnWidth = w));
    c = end + 1;
  }
  for (const { height, runs } of heightGroups(spec.rowHeights)) {
    const addresses = runs.map(([a, b]) => `${a + 1}:${b + 1}`);
    for (const target of support.rangeAreas ? addressChunks(addresses) : addresses) {
      add(cost(1, 2, target), (ws) => {
        (support.rangeAreas ? ws.getRanges(target) : ws.getRange(target)).format.rowHeight = height;
      });
    }
  }
  if (spec.freezeRows && support.freezePanes) {
    const n = spec.freezeRows;
    add(cost(1, 1), (ws) => ws.freezePanes.freezeRows(n));
  }
  if (support.printSetup) {
    // Each manual page break is one more call (one per printed page).
    const breaks = spec.print.breaks?.length ?? 0;
    add(cost(13 + breaks, 6, JSON.stringify(spec.print)), (ws) => queuePageSetup(ws, spec.print));
  }
  for (const chart of spec.charts ?? []) add(cost(7, 6, chart.title), (ws) => queueChart(ws, chart), true);
  return out;
}

/** The values of one sheet as writes, chunk by chunk. */
export function valueWrites(sheet: number, spec: SheetSpec): Write[] {
  return valueChunks(spec).map((c) => ({
    sheet,
    bytes: c.bytes + cost(1, 1, c.address),
    queue: (ws: Excel.Worksheet) => (ws.getRange(c.address).values = c.values),
  }));
}

/**
 * Added once its cells hold their values (Excel decides a new chart's series from the cells it is given),
 * from the numbers alone, with the labels set as its categories: one series, whatever Excel would guess.
 */
function queueChart(ws: Excel.Worksheet, chart: ChartSpec): void {
  const values = ws.getRange(rangeAddress(chart.values));
  const added = ws.charts.add(chart.type === 'pie' ? 'Pie' : 'BarClustered', values, 'Columns');
  const series = added.series.getItemAt(0);
  series.setValues(values);
  series.setXAxisValues(ws.getRange(rangeAddress(chart.categories)));
  added.title.text = chart.title;
  const cell = (at: { row: number; col: number }): string =>
    rangeAddress({ top: at.row, left: at.col, bottom: at.row, right: at.col });
  // Over the cells the layout kept for it (`to`), as the xlsx writer anchors it.
  if (chart.to) added.setPosition(cell(chart.anchor), cell(chart.to));
  else added.setPosition(cell(chart.anchor));
}
