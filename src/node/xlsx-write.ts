// Renders SheetSpecs into an .xlsx workbook with ExcelJS: the CLI's counterpart of the Excel host, so a
// report looks the same whichever wrote it. Every property of SheetSpec is rendered except `charts`:
// ExcelJS cannot write charts, so they are skipped here (the Excel host draws them).
import { promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import ExcelJS from 'exceljs';
import { GENERATED_MARK, type CellStyle, type SheetSpec, type SpecRange } from '../core/report/sheet-spec';

const A4 = 9;
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/**
 * The workbook-level defined name marking a generated sheet of the given role, pointing at its A1 (names may
 * not contain `-`, hence the underscores). The creator and keywords also carry GENERATED_MARK.
 */
export function generatedMarkName(role: SheetSpec['role']): string {
  return `${GENERATED_MARK}.${role}`.replace(/-/g, '_');
}

/** Merges band styles property by property: a later band overrides only what its style sets. */
function mergeStyle(base: CellStyle | undefined, next: CellStyle): CellStyle {
  if (!base) return { ...next, font: { ...next.font } };
  const merged: CellStyle = { ...base, font: { ...base.font, ...next.font } };
  for (const key of ['horizontal', 'vertical', 'wrap', 'border', 'fill', 'numberFormat'] as const) {
    if (next[key] !== undefined) Object.assign(merged, { [key]: next[key] });
  }
  return merged;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const { name, size, bold, italic, color } = style.font;
  cell.font = {
    name,
    size,
    bold: bold ?? false,
    italic: italic ?? false,
    ...(color ? { color: { argb: `FF${color}` } } : {}),
  };
  cell.alignment = {
    ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    ...(style.vertical ? { vertical: style.vertical } : {}),
    wrapText: style.wrap ?? false,
  };
  cell.border = style.border ? { top: THIN, left: THIN, bottom: THIN, right: THIN } : {};
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

function eachCell(range: SpecRange, fn: (row: number, col: number) => void): void {
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) fn(r, c);
}

function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec, markName: string): void {
  const ws = wb.addWorksheet(spec.name);

  spec.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) ws.getCell(r + 1, c + 1).value = value;
    }),
  );
  // Merge before styling: ExcelJS copies the top-left style into the merged cells, which would undo
  // per-cell borders set earlier.
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  const styles = new Map<string, CellStyle>();
  for (const band of spec.bands) {
    const style = spec.styles[band.style];
    if (!style) throw new Error(`SheetSpec "${spec.name}": band uses unknown style "${band.style}"`);
    eachCell(band.range, (r, c) => styles.set(`${r}:${c}`, mergeStyle(styles.get(`${r}:${c}`), style)));
  }
  for (const [key, style] of styles) {
    const [r, c] = key.split(':').map(Number);
    applyStyle(ws.getCell(r + 1, c + 1), style);
  }

  spec.columnWidths.forEach((width, c) => {
    ws.getColumn(c + 1).width = width;
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {}))
    ws.getRow(Number(row) + 1).height = height;
  if (spec.freezeRows) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: spec.freezeRows }];

  const { print } = spec;
  ws.pageSetup.paperSize = A4;
  ws.pageSetup.orientation = print.orientation;
  if (print.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
  if (print.repeatRows) ws.pageSetup.printTitlesRow = `${print.repeatRows.from}:${print.repeatRows.to}`;
  if (print.margins) ws.pageSetup.margins = { ...print.margins, header: 0.3, footer: 0.3 };
  if (print.footer) ws.headerFooter.oddFooter = print.footer;

  const quoted = `'${spec.name.replace(/'/g, "''")}'`;
  wb.definedNames.add(`${quoted}!$A$1`, markName);
}

/** A workbook holding one rendered sheet per spec, marked as the product's own. */
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

/** Writes the specs to `file` through a temp file in the same folder, so a failed write leaves nothing half-written. */
export async function writeSpecsToFile(specs: SheetSpec[], file: string): Promise<void> {
  const target = path.resolve(file);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const buffer = await specsToWorkbook(specs).xlsx.writeBuffer();
    await fs.writeFile(temp, Buffer.from(buffer as ArrayBuffer));
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}
