// Renders SheetSpecs into an .xlsx workbook with ExcelJS: the CLI's counterpart of the Excel host, so a
// report looks the same whichever wrote it. ExcelJS cannot write charts: xlsx-chart.ts adds them to the
// package ExcelJS wrote, with the workbook's standard font (see finishPackage).
import ExcelJS from 'exceljs';
import './exceljs-xstring';
import { unzipSync, zipSync } from 'fflate';
import { FOOTER_MARGIN, columnWidthPoints } from '../core/report/page-geometry';
import { GENERATED_MARK, type SheetSpec } from '../core/report/sheet-spec';
import { markNameFor } from '../core/report/sheet-marks';
import { addCharts } from './xlsx-chart';
import { BandStyles, shareStylesInMerges } from './xlsx-band-styles';
import { checkCellText } from './cell-limit';
import { writeViaTemp } from './temp-write';
import { deflateEntries } from './xlsx-container';

const A4 = 9;

/**
 * The workbook's standard font (its Normal style): Times New Roman 12, the report's font. Column widths in
 * an .xlsx are counted in digits of this font (6 pt: 8 px at 96 dpi), so Excel and LibreOffice size them
 * alike whatever fonts are installed (with Calibri, a LibreOffice without it measured columns a third wider).
 */
const STANDARD_FONT =
  '<font><sz val="12"/><name val="Times New Roman"/><family val="1"/><charset val="204"/></font>';
const STANDARD_DIGIT_PT = 6;
const STANDARD_ROW_PT = 15.75;

/** A SheetSpec width (characters of Excel's Calibri 11 unit) in the workbook's own unit. */
export function fileColumnWidth(chars: number): number {
  return Math.round((columnWidthPoints(chars) / STANDARD_DIGIT_PT) * 256) / 256;
}

/**
 * The workbook-level defined name marking a generated sheet of the given role, pointing at its A1 (names may
 * not contain `-`, hence the underscores). The creator and keywords also carry GENERATED_MARK.
 */
export function generatedMarkName(role: SheetSpec['role']): string {
  return markNameFor(role);
}

interface MergeIndex {
  _merges?: Record<string, unknown>;
}

/**
 * Merges the areas after checking they do not overlap. ExcelJS checks each new merge against every earlier
 * one (quadratic: thousands of merges took seconds), so it is handed one merge at a time with an empty
 * index, and the index is put back whole afterwards.
 */
function mergeAll(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const taken = new Set<number>();
  for (const m of spec.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * 16384 + c;
        if (taken.has(key)) throw new Error(`SheetSpec "${spec.name}": merged areas overlap at row ${r + 1}`);
        taken.add(key);
      }
    }
  }
  const internal = ws as unknown as MergeIndex;
  const index = internal._merges;
  if (!index || typeof index !== 'object') {
    for (const m of spec.merges) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    return;
  }
  try {
    for (const m of spec.merges) {
      internal._merges = {};
      ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      Object.assign(index, internal._merges);
    }
  } finally {
    internal._merges = index;
  }
}

function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec, markName: string): void {
  let rows = spec.values.length;
  let cols = 0;
  for (const row of spec.values) cols = Math.max(cols, row.length);
  for (const range of [...spec.bands.map((b) => b.range), ...spec.merges]) {
    rows = Math.max(rows, range.bottom + 1);
    cols = Math.max(cols, range.right + 1);
  }
  const bands = new BandStyles(spec, rows, cols);
  const styles = bands.excelStyles();
  const { ids } = bands;
  shareStylesInMerges(spec.merges, ids, cols, styles);

  const ws = wb.addWorksheet(spec.name);
  for (let r = 0; r < rows; r++) {
    const values = spec.values[r] ?? [];
    let row: ExcelJS.Row | undefined;
    for (let c = 0; c < cols; c++) {
      const value = values[c] ?? null;
      const style = styles[ids[r * cols + c]];
      if (value === null && !style) continue;
      checkCellText(value, spec.name, r, c);
      row ??= ws.getRow(r + 1);
      const cell = row.getCell(c + 1);
      if (value !== null) cell.value = value;
      if (style) cell.style = style;
    }
  }
  // Merged without style, so each cell keeps its own (a band's borders reach every cell of a merged area).
  mergeAll(ws, spec);

  spec.columnWidths.forEach((width, c) => {
    ws.getColumn(c + 1).width = fileColumnWidth(width);
  });
  ws.properties.defaultRowHeight = STANDARD_ROW_PT;
  for (const [row, height] of Object.entries(spec.rowHeights ?? {}))
    ws.getRow(Number(row) + 1).height = height;
  if (spec.freezeRows) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.freezeRows }];

  const { print } = spec;
  ws.pageSetup.paperSize = A4;
  ws.pageSetup.orientation = print.orientation;
  if (print.scale !== undefined) {
    ws.pageSetup.fitToPage = false;
    ws.pageSetup.scale = print.scale;
  } else if (print.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
  // A break before a 0-based row is a break under the 1-based row of the same number; across all columns.
  for (const row of print.breaks ?? []) if (row > 0) ws.getRow(row).addPageBreak(1, 16384);
  if (print.repeatRows) ws.pageSetup.printTitlesRow = `${print.repeatRows.from}:${print.repeatRows.to}`;
  if (print.margins) ws.pageSetup.margins = { ...print.margins, header: 0.3, footer: FOOTER_MARGIN };
  if (print.footer) ws.headerFooter.oddFooter = print.footer;

  // Rows have no style of their own, but each holds a fresh empty one that the writer would resolve row by
  // row; one shared object is resolved once (to the same default).
  const rowStyle: Partial<ExcelJS.Style> = {};
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (row) (row as unknown as { style: Partial<ExcelJS.Style> }).style = rowStyle;
  }

  const quoted = `'${spec.name.replace(/'/g, "''")}'`;
  wb.definedNames.add(`${quoted}!$A$1`, markName);
}

/**
 * A workbook holding one rendered sheet per spec, marked as the product's own. Cells of one style share one
 * style object: to restyle a cell, assign it a new object rather than changing the one it has.
 */
export function specsToWorkbook(specs: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = GENERATED_MARK;
  wb.lastModifiedBy = GENERATED_MARK;
  wb.keywords = GENERATED_MARK;
  const now = new Date();
  wb.created = now;
  wb.modified = now;
  // One name per sheet: a second sheet of the same role gets `_2`, as a name spanning sheets is invalid.
  const used = new Map<string, number>();
  for (const spec of specs) {
    const base = generatedMarkName(spec.role);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    renderSheet(wb, spec, count === 1 ? base : `${base}_${count}`);
  }
  return wb;
}

/** The .xlsx package of the specs: ExcelJS's parts with the standard font and charts, deflated. */
export async function specsToXlsx(specs: SheetSpec[]): Promise<Buffer> {
  // Stored by ExcelJS, deflated natively: the same parts, written several times faster.
  const stored = await specsToWorkbook(specs).xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return deflateEntries(finishPackage(new Uint8Array(stored as ArrayBuffer), specs));
}

/** What ExcelJS cannot write: the standard font of the workbook and the charts. Stored entries in and out. */
export function finishPackage(stored: Uint8Array, specs: SheetSpec[]): Uint8Array {
  const files = unzipSync(stored);
  const styles = new TextDecoder().decode(files['xl/styles.xml']);
  // ExcelJS's first font (Calibri 11, the theme's minor font) is the Normal style's.
  files['xl/styles.xml'] = new TextEncoder().encode(styles.replace(/<font>[\s\S]*?<\/font>/, STANDARD_FONT));
  addCharts(files, specs);
  return zipSync(files, { level: 0 });
}

/** Writes the specs to `file` through a temp file in the same folder, so a failed write leaves nothing half-written. */
export async function writeSpecsToFile(
  specs: SheetSpec[],
  file: string,
  opts: { overwrite: boolean } = { overwrite: false },
): Promise<void> {
  await writeViaTemp(file, () => specsToXlsx(specs), opts);
}
