// Builds samples/plan-2023.xlsx from the council's text export (samples/plan-2023-seed.txt): the workbook
// a clerk keeps, so the CLI, the tests and demos all start from the same real plan.
// Run: npm run sample
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';

export interface SeedMeasure {
  number: number;
  /** number, measure, deadline, responsible, execution: exactly as in the export. */
  cells: [string, string, string, string, string];
}

export type SeedRow = { kind: 'section'; text: string } | { kind: 'measure'; measure: SeedMeasure };

export interface SeedDocument {
  /** Non-blank lines before the table, in order. */
  title: string[];
  header: string[];
  rows: SeedRow[];
}

export const EXPECTED_SECTIONS = 5;
export const EXPECTED_MEASURES = 28;
const COLUMNS = 5;

/** `І.`, `ІІ.`, `III.`, `ІV.`, `V.`: Cyrillic І/Х and Latin I/V/X mix freely in real plans. */
const SECTION_START = /^[IVXІХ]+\./u;

/**
 * Splits the export into the lines before the first cell and the cells. A cell starts at a line beginning
 * with a TAB; the lines after it without a TAB continue it. Only the newlines ending a cell (the separator
 * before the next cell or row) are dropped: blank lines, double spaces and trailing blanks inside stay.
 */
export function splitSeedCells(text: string): { preamble: string[]; cells: string[] } {
  const lines = text.split('\n');
  const preamble: string[] = [];
  const cells: string[][] = [];
  for (const line of lines) {
    if (line.startsWith('\t')) cells.push([line.slice(1)]);
    else if (cells.length === 0) preamble.push(line);
    else cells[cells.length - 1].push(line);
  }
  return { preamble, cells: cells.map((c) => c.join('\n').replace(/\n+$/, '')) };
}

/** Groups the cells into header, section rows and 5-cell measure rows; throws if the plan is not as expected. */
export function parseSeed(text: string): SeedDocument {
  const { preamble, cells } = splitSeedCells(text);
  const title = preamble.filter((line) => line.trim() !== '');
  if (cells.length < COLUMNS)
    throw new Error(`Seed: expected a ${COLUMNS}-cell header, got ${cells.length} cells`);
  const header = cells.slice(0, COLUMNS);
  const rows: SeedRow[] = [];
  let pending: string[] = [];
  for (const cell of cells.slice(COLUMNS)) {
    if (pending.length === 0 && SECTION_START.test(cell)) {
      rows.push({ kind: 'section', text: cell });
      continue;
    }
    pending.push(cell);
    if (pending.length === COLUMNS) {
      const [num, measure, deadline, responsible, execution] = pending;
      if (!/^\d+$/.test(num))
        throw new Error(`Seed: a measure row must start with its number, got ${JSON.stringify(num)}`);
      rows.push({
        kind: 'measure',
        measure: { number: Number(num), cells: [num, measure, deadline, responsible, execution] },
      });
      pending = [];
    }
  }
  if (pending.length > 0) throw new Error(`Seed: ${pending.length} cells left after the last full row`);

  const sections = rows.filter((r) => r.kind === 'section').length;
  const numbers = rows.flatMap((r) => (r.kind === 'measure' ? [r.measure.number] : []));
  if (sections !== EXPECTED_SECTIONS)
    throw new Error(`Seed: expected ${EXPECTED_SECTIONS} sections, got ${sections}`);
  const sequential = numbers.length === EXPECTED_MEASURES && numbers.every((n, i) => n === i + 1);
  if (!sequential)
    throw new Error(`Seed: expected measures 1..${EXPECTED_MEASURES}, got ${numbers.join(',')}`);
  if (title.length !== 3) throw new Error(`Seed: expected 3 title lines, got ${title.length}`);
  return { title, header, rows };
}

const FONT = { name: 'Times New Roman', size: 12 };
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Fixed so that rebuilding gives the same workbook content (zip timestamps still differ). */
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 9, 0, 0));
export const TITLE_ROWS = 3;
/** 1-based row of the table header: the title, then one blank row. */
export const HEADER_ROW = TITLE_ROWS + 2;

/** The workbook as the clerk keeps it: one sheet, title, header, sections merged across A:E, measures. */
export function buildSampleWorkbook(doc: SeedDocument): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // The user's own plan, so deliberately no product mark here.
  wb.creator = 'Покровська міська рада';
  wb.lastModifiedBy = 'Покровська міська рада';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('Лист1', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = [{ width: 6 }, { width: 45 }, { width: 16 }, { width: 28 }, { width: 60 }];

  const mergedRow = (
    rowNo: number,
    text: string,
    alignment: Partial<ExcelJS.Alignment>,
    border: boolean,
  ): void => {
    ws.mergeCells(rowNo, 1, rowNo, COLUMNS);
    const cell = ws.getCell(rowNo, 1);
    cell.value = text;
    for (let c = 1; c <= COLUMNS; c++) {
      const each = ws.getCell(rowNo, c);
      each.font = { ...FONT, bold: true };
      each.alignment = { wrapText: true, vertical: 'top', ...alignment };
      if (border) each.border = BORDER;
    }
  };

  doc.title.forEach((line, i) => mergedRow(i + 1, line, { horizontal: 'center' }, false));

  doc.header.forEach((text, c) => {
    const cell = ws.getCell(HEADER_ROW, c + 1);
    cell.value = text;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: 'center' };
    cell.border = BORDER;
  });

  let rowNo = HEADER_ROW + 1;
  for (const row of doc.rows) {
    if (row.kind === 'section') {
      mergedRow(rowNo, row.text, { horizontal: 'left' }, true);
    } else {
      const [, ...texts] = row.measure.cells;
      // An empty cell in the export is a blank cell in Excel, not a zero-length string.
      const values: (string | number | null)[] = [
        row.measure.number,
        ...texts.map((t) => (t === '' ? null : t)),
      ];
      values.forEach((value, c) => {
        const cell = ws.getCell(rowNo, c + 1);
        cell.value = value;
        cell.font = { ...FONT };
        cell.alignment = { wrapText: true, vertical: 'top', horizontal: c === 0 ? 'center' : 'left' };
        cell.border = BORDER;
      });
    }
    rowNo++;
  }
  return wb;
}

export const SEED_PATH = path.resolve(__dirname, '..', 'samples', 'plan-2023-seed.txt');
export const SAMPLE_PATH = path.resolve(__dirname, '..', 'samples', 'plan-2023.xlsx');

async function main(): Promise<void> {
  const doc = parseSeed(fs.readFileSync(SEED_PATH, 'utf8'));
  await buildSampleWorkbook(doc).xlsx.writeFile(SAMPLE_PATH);
  const measures = doc.rows.filter((r) => r.kind === 'measure').length;
  console.log(
    `${path.relative(process.cwd(), SAMPLE_PATH)}: ${measures} measures, ${EXPECTED_SECTIONS} sections`,
  );
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
