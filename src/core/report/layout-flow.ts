// The rows a ReportDocument is laid out from: each block and table row as cells on the sheet's columns,
// measured once (lines each cell wraps into, the height it needs in one row, whether one sheet row can
// hold it), with what keeps it on a page: the row after it, the table it belongs to.
import { linePitch, MAX_CELL_CHARS, MAX_ROW_HEIGHT, ROW_PADDING_PT, textBoxWidth } from './page-geometry';
import type { ReportCell, ReportChart, ReportDocument } from './report-model';
import { REPORT_STYLES, type ReportStyleName } from './report-styles';
import type { SpecValue } from './sheet-spec';
import { lineCount, type TextFont } from './text-metrics';

export interface FlowCell {
  col: number;
  span: number;
  cell: ReportCell;
  /** The text as measured (numbers as they print); split only when the value is a string. */
  text: string;
  font: TextFont;
  /** Text box width, points. */
  box: number;
}

export interface FlowRow {
  cells: FlowCell[];
  keepWithNext: boolean;
  /** Height of a row with no text (gaps, charts). */
  fixed?: number;
  /** Index of the table block the row belongs to, and of the row in it (-1: the header). */
  table?: number;
  record?: number;
  group?: number;
  chart?: ReportChart;
  /** Height needed in one row, uncapped; whether one sheet row can hold it. */
  natural: number;
  oneRow: boolean;
}

export function fontOf(style: ReportStyleName): TextFont {
  const f = REPORT_STYLES[style].font;
  return { size: f.size, bold: 'bold' in f && f.bold === true, italic: 'italic' in f && f.italic === true };
}

/** The text a value prints as. */
function shownText(value: SpecValue, style: ReportStyleName): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  const format = (REPORT_STYLES[style] as { numberFormat?: string }).numberFormat;
  return format === '0%' ? `${Math.round(value * 100)}%` : String(value);
}

/** A row with no cells, or one cell across the whole sheet. */
export function isAcross(row: FlowRow): boolean {
  return (
    row.cells.length === 0 || (row.cells.length === 1 && row.cells[0].col === 0 && row.cells[0].span > 1)
  );
}

export function height(cells: { lines: number; font: TextFont }[]): number {
  let h = 0;
  for (const c of cells) h = Math.max(h, c.lines * linePitch(c.font.size));
  return (h || linePitch(12)) + ROW_PADDING_PT;
}

export function flowCells(doc: ReportDocument, cells: ReportCell[]): FlowCell[] {
  const out: FlowCell[] = [];
  let col = 0;
  for (const cell of cells) {
    const span = Math.max(1, Math.min(cell.span ?? 1, doc.columns.length - col));
    const width = doc.columns.slice(col, col + span).reduce((a, b) => a + b, 0);
    out.push({
      col,
      span,
      cell,
      text: shownText(cell.value, cell.style),
      font: fontOf(cell.style),
      box: textBoxWidth(width),
    });
    col += span;
    if (col >= doc.columns.length) break;
  }
  return out;
}

function measured(row: Omit<FlowRow, 'natural' | 'oneRow'>): FlowRow {
  const out = row as FlowRow;
  if (row.fixed !== undefined) {
    out.natural = row.fixed;
    out.oneRow = row.fixed <= MAX_ROW_HEIGHT;
    return out;
  }
  let h = 0;
  let fits = true;
  for (const c of row.cells) {
    h = Math.max(h, lineCount(c.text, c.box, c.font) * linePitch(c.font.size));
    if (c.text.length > MAX_CELL_CHARS) fits = false;
  }
  out.natural = (h || linePitch(12)) + ROW_PADDING_PT;
  out.oneRow = fits && out.natural <= MAX_ROW_HEIGHT;
  return out;
}

/** The document as a flat list of rows to place. */
export function flow(doc: ReportDocument): FlowRow[] {
  const rows: FlowRow[] = [];
  const across = (value: string, style: ReportStyleName): ReportCell[] => [
    { value, style, span: doc.columns.length },
  ];
  doc.blocks.forEach((block, b) => {
    if (block.kind === 'line') {
      rows.push(
        measured({
          cells: flowCells(doc, across(block.text, block.style)),
          keepWithNext: !!block.keepWithNext,
        }),
      );
    } else if (block.kind === 'gap') {
      rows.push(measured({ cells: [], keepWithNext: false, fixed: block.height }));
    } else if (block.kind === 'chart') {
      const group = rows.find((r) => r.table === block.table)?.group;
      rows.push(measured({ cells: [], keepWithNext: false, fixed: block.height, chart: block, group }));
    } else {
      const group = block.keepTogether ? b : undefined;
      // The heading (and note) just before a table keep with it.
      for (let k = rows.length - 1; group !== undefined && k >= 0; k--) {
        if (!rows[k].keepWithNext || rows[k].table !== undefined) break;
        rows[k].group = group;
      }
      rows.push(
        measured({ cells: flowCells(doc, block.header), keepWithNext: true, table: b, record: -1, group }),
      );
      block.rows.forEach((row, i) => {
        const cells = row.kind === 'band' ? across(row.text, row.style) : row.cells;
        rows.push(
          measured({
            cells: flowCells(doc, cells),
            keepWithNext: row.kind === 'band',
            table: b,
            record: i,
            group,
          }),
        );
      });
    }
  });
  return rows;
}
