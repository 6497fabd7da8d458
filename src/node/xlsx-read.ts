// Reads an .xlsx file into the core's Grid, once, where the data enters: every cell becomes a plain value
// and the grids are checked with zod. A file that cannot be read gives a WorkbookReadError that says why,
// in Ukrainian and English, never a stack trace.
import ExcelJS from 'exceljs';
import './exceljs-xstring';
import { columnIndex, type CellValue, type Grid, type MergeArea } from '../core/grid';
import { gridSchema } from '../core/grid-schema';
import { WorkbookReadError } from './workbook-errors';
import { checkPackage } from './package-check';
import { readFileBounded } from './read-limits';
import {
  containerProblem,
  notWorkbookArchive,
  ODF_MIMETYPE_ENTRY,
  type ContainerProblem,
} from '../xlsx-lite/container';
import { workbookSheets, type SheetEntry } from './xlsx-container';

export interface WorkbookSheet {
  name: string;
  grid: Grid;
  /** Hidden or very hidden by the user. */
  hidden: boolean;
}

export interface WorkbookData {
  sheets: WorkbookSheet[];
}

/** `: plan.xlsx` when reading a file, nothing when reading bytes handed over by the caller. */
function named(file: string | undefined): string {
  return file === undefined ? '' : `: ${file}`;
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const line = text.split(/\r?\n/)[0].trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

const BOOK = 'xl/workbook.xml';
const BOOK_RELS = 'xl/_rels/workbook.xml.rels';

/**
 * Checks the container within READ_LIMITS and lists the sheets, so each failure gets its own code before
 * ExcelJS runs. Returns the bytes ExcelJS is to load (merges clipped, see package-check.ts).
 */
function inspect(bytes: Buffer, file: string | undefined): { sheets: SheetEntry[]; bytes: Buffer } {
  const at = named(file);
  const fail = (p: ContainerProblem): WorkbookReadError => new WorkbookReadError(p.code, p.uk, p.en);
  const problem = containerProblem(bytes, at);
  if (problem) throw fail(problem);
  const checked = checkPackage(bytes, at, [BOOK, BOOK_RELS, ODF_MIMETYPE_ENTRY]);
  const { names, parts } = checked;
  const book = parts.get(BOOK);
  if (!book) throw fail(notWorkbookArchive(names, at, parts.get(ODF_MIMETYPE_ENTRY)?.toString('latin1')));
  const sheets = workbookSheets(book.toString('utf8'), parts.get(BOOK_RELS)?.toString('utf8'));
  if (sheets.length === 0) {
    throw new WorkbookReadError(
      'no-sheets',
      `У книзі немає жодного аркуша${at}`,
      `The workbook has no sheets${at}`,
    );
  }
  return { sheets, bytes: checked.bytes };
}

function isoDate(d: Date): CellValue {
  if (Number.isNaN(d.getTime())) return { error: '#VALUE!' };
  // ExcelJS builds dates from the serial number in UTC: the UTC parts are the calendar date the sheet shows.
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return { date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` };
}

/** One ExcelJS cell value as a plain core value. */
export function toCellValue(value: ExcelJS.CellValue | ExcelJS.CellValue[]): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return null; // array formulas' spill targets: no value of their own
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return toCellValue((value as ExcelJS.CellFormulaValue).result ?? null);
  }
  if ('hyperlink' in value) return toCellValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return { error: String(value.error) };
  return null;
}

function mergeArea(range: string): MergeArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!m) return null;
  return {
    top: Number(m[2]) - 1,
    left: columnIndex(m[1]),
    bottom: Number(m[4]) - 1,
    right: columnIndex(m[3]),
  };
}

/**
 * The merged ranges, `A1:E1`. `ws.model` lists them too, but builds the model of every row and cell on the
 * way; ExcelJS's own index of merges is read when it is there.
 */
function mergeRanges(ws: ExcelJS.Worksheet): string[] {
  const index = (ws as unknown as { _merges?: unknown })._merges;
  if (index === null || typeof index !== 'object') return ws.model.merges;
  const ranges: string[] = [];
  for (const merge of Object.values(index)) {
    const range = (merge as { range?: unknown } | null)?.range;
    if (typeof range !== 'string') return ws.model.merges;
    ranges.push(range);
  }
  return ranges;
}

function worksheetGrid(ws: ExcelJS.Worksheet): Grid {
  // Plain loops over the rows and cells ExcelJS holds, without creating any: a large plan has ~100k cells.
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  for (let r = 1, last = ws.rowCount; r <= last; r++) {
    const row = ws.findRow(r);
    const cells: CellValue[] = [];
    if (row) {
      if (row.hidden) hiddenRows.push(r - 1);
      let width = 0;
      for (let c = 1, n = row.cellCount; c <= n; c++) {
        const cell = row.findCell(c);
        // A merged area's value lives in its top-left cell; the others read empty, as Excel shows them.
        const value = !cell || cell.type === ExcelJS.ValueType.Merge ? null : toCellValue(cell.value);
        cells.push(value);
        if (value !== null) width = c;
      }
      cells.length = width;
    }
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();

  const merges = mergeRanges(ws)
    .map(mergeArea)
    .filter((m): m is MergeArea => m !== null);
  return { sheetName: ws.name, rows, merges, hiddenRows };
}

/** Reads every sheet of an .xlsx workbook (a path or its bytes) into grids, in tab order. */
export async function readWorkbook(source: string | Buffer): Promise<WorkbookData> {
  const file = typeof source === 'string' ? source : undefined;
  const at = named(file);
  const read = typeof source === 'string' ? await readFileBounded(source) : source;
  const { sheets: listed, bytes } = inspect(read, file);

  const wb = new ExcelJS.Workbook();
  try {
    // As the file is: re-storing the parts first (inflated natively or by fflate) saved ExcelJS no time.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new WorkbookReadError(
      'corrupt',
      `Книгу пошкоджено, її не вдалося прочитати${at} (${firstLine(err)})`,
      `The workbook is damaged and could not be read${at} (${firstLine(err)})`,
    );
  }
  const loaded = new Map(wb.worksheets.map((ws) => [ws.name, ws]));
  const date1904 = wb.properties.date1904 === true;

  const sheets = listed.map((entry): WorkbookSheet => {
    const ws = loaded.get(entry.name);
    if (!ws && entry.isWorksheet) {
      throw new WorkbookReadError(
        'corrupt',
        `Аркуш «${entry.name}» не вдалося прочитати${at}`,
        `Sheet "${entry.name}" could not be read${at}`,
      );
    }
    const grid: Grid = ws
      ? worksheetGrid(ws)
      : { sheetName: entry.name, rows: [], merges: [], hiddenRows: [] };
    // Date cells ExcelJS already reads on the workbook's calendar; plain numbers the core may take for
    // dates need to know it too.
    if (date1904) grid.date1904 = true;
    const checked = gridSchema.safeParse(grid);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const where = `${issue.path.join('.')}: ${issue.message}`;
      throw new WorkbookReadError(
        'corrupt',
        `Аркуш «${entry.name}» містить значення, яке не вдалося прочитати${at} (${where})`,
        `Sheet "${entry.name}" holds a value that could not be read${at} (${where})`,
      );
    }
    return { name: entry.name, grid: checked.data, hidden: entry.state !== 'visible' };
  });
  return { sheets };
}
