// Lays a ReportDocument out on printed pages and describes the result as a SheetSpec: every row as tall as
// its text needs (from the font's character widths), a row that needs more than one sheet row can show
// continued on the next rows (its short cells merged down beside them), and page breaks placed so that a
// section or heading never ends a page, a small table starts on a fresh page rather than split, and a long
// row fills the rest of a page before it continues. The breaks are written as manual breaks, so Excel and
// LibreOffice print the pages exactly as laid out here.
import { columnWidthPoints, linePitch, MAX_ROW_HEIGHT, ROW_PADDING_PT } from './page-geometry';
import { pageCapacity, reportPrintSetup, scaleFor } from './print-setup';
import { type FlowCell, type FlowRow, flow, flowCells, height, isAcross } from './layout-flow';
import type { ReportCell, ReportDocument } from './report-model';
import { REPORT_STYLES, type ReportStyleName } from './report-styles';
import { cutLines, measureCell, nextStart, pieceText } from './row-pieces';
import { SheetWriter } from './sheet-writer';
import type { ChartSpec, SheetSpec, SpecValue } from './sheet-spec';
import type { TextFont } from './text-metrics';

/** A row of up to this many lines is never split across pages: it moves to the next page whole. */
const SHORT_LINES = 6;
/** The least of a continued row shown at the foot of a page. */
const MIN_PIECE_LINES = 3;

/** The first column whose right edge lies at least `width` points from the left edge of the sheet. */
function coveringColumn(columns: number[], width: number): number {
  let x = 0;
  for (let c = 0; c < columns.length; c++) {
    x += columnWidthPoints(columns[c]);
    if (x >= width) return c;
  }
  return columns.length - 1;
}

export function layoutSheet(doc: ReportDocument): SheetSpec {
  const rows = flow(doc);
  const columns = doc.columns.length;
  const out = new SheetWriter(columns);
  const scale = scaleFor(doc.columns, doc.orientation);
  const capacity = pageCapacity(doc.orientation, scale);
  const breaks: number[] = [];
  const recordRows = new Map<string, number>();
  const charts: ChartSpec[] = [];
  let printHeader: { row: number; height: number } | null = null;
  let copyHeader: FlowRow | null = null; // header of the 'copy' table being placed
  let remaining = capacity;
  let atTop = true;

  const styleRow = (cells: FlowCell[]): (ReportStyleName | null)[] => {
    const styles: (ReportStyleName | null)[] = new Array<ReportStyleName | null>(columns).fill(null);
    for (const c of cells) for (let k = c.col; k < c.col + c.span; k++) styles[k] = c.cell.style;
    return styles;
  };
  const valuesRow = (cells: FlowCell[], text: (c: FlowCell) => SpecValue): SpecValue[] => {
    const values: SpecValue[] = new Array<SpecValue>(columns).fill(null);
    for (const c of cells) values[c.col] = text(c);
    return values;
  };
  const emitWhole = (row: FlowRow): number => {
    const r = out.addRow(
      valuesRow(row.cells, (c) => c.cell.value),
      Math.min(row.natural, MAX_ROW_HEIGHT),
      styleRow(row.cells),
      isAcross(row),
    );
    for (const c of row.cells) out.merge({ top: r, left: c.col, bottom: r, right: c.col + c.span - 1 });
    remaining -= Math.min(row.natural, MAX_ROW_HEIGHT);
    return r;
  };
  const newPage = (): void => {
    breaks.push(out.rowCount);
    remaining = capacity - (printHeader?.height ?? 0);
    atTop = true;
    if (copyHeader) emitWhole(copyHeader);
  };
  // Least height of row i on a page: a short row whole, a long one a few lines; with what it keeps with.
  const chain = (i: number): number => {
    let need = 0;
    for (let k = i; k < rows.length; k++) {
      const row = rows[k];
      const short =
        row.oneRow &&
        (row.fixed !== undefined || row.natural <= height([{ lines: SHORT_LINES, font: { size: 12 } }]));
      need += short ? row.natural : height([{ lines: MIN_PIECE_LINES, font: { size: 12 } }]);
      if (!row.keepWithNext) break;
    }
    return need;
  };
  const groupHeight = (i: number): number => {
    let h = 0;
    for (let k = i; k < rows.length && rows[k].group === rows[i].group; k++) h += rows[k].natural;
    return h;
  };

  const fresh = (): number => capacity - (printHeader?.height ?? 0);
  rows.forEach((row, i) => {
    const table = row.table !== undefined ? doc.blocks[row.table] : undefined;
    if (row.record === -1) copyHeader = null;
    // A small table (with its heading) starts on a fresh page rather than split; a row that must keep with
    // the next (a section, a heading, a header) does not end a page; a short row moves on whole.
    const startsGroup = row.group !== undefined && rows[i - 1]?.group !== row.group;
    const group = startsGroup ? groupHeight(i) : 0;
    if (!atTop && startsGroup && group > remaining && group <= fresh()) newPage();
    else if (!atTop && chain(i) > remaining) newPage();

    const short = row.fixed !== undefined || (row.oneRow && row.natural <= chain(i));
    if (row.oneRow && (row.natural <= remaining || short)) place(row, emitWhole(row));
    else place(row, emitPieces(row));
    atTop = false;

    if (row.record === -1 && table?.kind === 'table') {
      if (table.repeatHeader === 'print-titles' && !printHeader)
        printHeader = { row: out.rowCount - 1, height: Math.min(row.natural, MAX_ROW_HEIGHT) };
      else if (table.repeatHeader === 'copy') copyHeader = row;
    }
    if (table?.kind === 'table' && row.record === table.rows.length - 1) copyHeader = null;
  });

  function place(row: FlowRow, r: number): void {
    if (row.table !== undefined && row.record !== undefined) recordRows.set(`${row.table}:${row.record}`, r);
    if (row.chart) {
      const c = row.chart;
      const first = recordRows.get(`${c.table}:${c.rows.from}`);
      const last = recordRows.get(`${c.table}:${c.rows.to}`);
      if (first === undefined || last === undefined || last - first !== c.rows.to - c.rows.from) return;
      const table = doc.blocks[c.table];
      if (table.kind !== 'table') return;
      const cells = flowCells(doc, (table.rows[c.rows.from] as { cells: ReportCell[] }).cells);
      const label = cells[c.labelCell].col;
      const value = cells[c.valueCell].col;
      charts.push({
        type: 'pie',
        title: c.title,
        categories: { top: first, left: label, bottom: last, right: label },
        values: { top: first, left: value, bottom: last, right: value },
        anchor: { row: r, col: 0 },
        to: { row: r, col: coveringColumn(doc.columns, c.width) },
      });
    }
  }

  /** Places a row as pieces, each as tall as the room left on the page allows; returns its first row. */
  function emitPieces(row: FlowRow): number {
    const cells = row.cells.map((c) =>
      typeof c.cell.value === 'string' ? measureCell(c.text, c.box, c.font) : null,
    );
    const at = cells.map(() => 0);
    const done = (k: number): boolean => (cells[k] ? at[k] >= cells[k]!.lines.length : at[k] > 0);
    const minPiece = height([{ lines: MIN_PIECE_LINES, font: { size: 12 } }]);
    // Per cell, the row where its current merged segment began.
    const segment: number[] = row.cells.map(() => -1);
    const closeSegment = (k: number, bottom: number): void => {
      const c = row.cells[k];
      if (segment[k] >= 0) out.merge({ top: segment[k], left: c.col, bottom, right: c.col + c.span - 1 });
      segment[k] = -1;
    };
    let first = -1;
    let pageFirst = true; // the next piece is the first on its page
    while (!row.cells.every((_, k) => done(k))) {
      const room = Math.min(remaining, MAX_ROW_HEIGHT);
      if (room < minPiece && !atTop) {
        row.cells.forEach((_, k) => closeSegment(k, out.rowCount - 1));
        newPage();
        pageFirst = true;
        continue;
      }
      const values: SpecValue[] = new Array<SpecValue>(columns).fill(null);
      const sized: { lines: number; font: TextFont }[] = [];
      const took = row.cells.map((_, k) => !done(k));
      const next = at.slice();
      row.cells.forEach((c, k) => {
        const lines = cells[k];
        if (!took[k]) return;
        if (!lines) {
          values[c.col] = c.cell.value;
          sized.push({ lines: 1, font: c.font });
          next[k] = 1;
          return;
        }
        const fit = Math.max(1, Math.floor((room - ROW_PADDING_PT) / linePitch(c.font.size)));
        const to = cutLines(lines, at[k], fit);
        values[c.col] = pieceText(lines, at[k], to);
        sized.push({ lines: to - at[k], font: c.font });
        next[k] = nextStart(lines, to);
      });
      const h = Math.min(MAX_ROW_HEIGHT, height(sized));
      const r = out.addRow(values, h, styleRow(row.cells), isAcross(row));
      if (first < 0) first = r;
      // A cell's text starts a merged segment; a cell already written starts an empty one on a new page.
      row.cells.forEach((_, k) => {
        if (took[k] || pageFirst) {
          closeSegment(k, r - 1);
          segment[k] = r;
        }
      });
      at.splice(0, at.length, ...next);
      remaining -= h;
      atTop = false;
      pageFirst = false;
    }
    row.cells.forEach((_, k) => closeSegment(k, out.rowCount - 1));
    return first;
  }

  const headerRow = printHeader ? (printHeader as { row: number }).row : undefined;
  return {
    name: doc.name,
    role: doc.role,
    values: out.values,
    styles: { ...REPORT_STYLES },
    bands: out.bands(),
    merges: out.merges,
    columnWidths: [...doc.columns],
    rowHeights: out.rowHeights,
    ...(doc.freezeHeader && headerRow !== undefined ? { freezeRows: headerRow + 1 } : {}),
    print: reportPrintSetup({
      widths: doc.columns,
      orientation: doc.orientation,
      lang: doc.lang,
      headerRow,
      breaks,
    }),
    ...(charts.length ? { charts } : {}),
  };
}
