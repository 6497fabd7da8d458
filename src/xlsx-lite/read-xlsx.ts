// An .xlsx file's sheets as the core's grids, with no Node and no DOM: the reader of the departments' answer
// files for both hosts (the task pane, where Office.js cannot open a file that is not the current workbook,
// and `plan-report merge`). Unzipped by fflate with limits on every entry's declared size, the total and
// the compression ratio — only the parts needed are inflated, each into a buffer of its declared size, so a
// crafted file cannot blow memory — and parsed as text with the scanner the merge's package edit uses
// (sheet-scan.ts); why a file is no workbook, in the words of container.ts. Cell values as ExcelJS gives
// them (a test compares the two): shared and inline strings exactly as written, numbers, booleans, errors,
// dates where the cell's format shows one.
import { unzipSync } from 'fflate';
import { serialToDate } from '../core/calendar';
import { cellAddress, type CellValue, type Grid } from '../core/grid';
import { gridSchema } from '../core/grid-schema';
import { dateStyles, relationships, usesDate1904, workbookSheets, workbookTarget } from './package-parts';
import { attr, eachCell, sheetFacts } from './sheet-scan';
import { unescapeCellText } from './xml-text';
import {
  containerProblem,
  corruptArchive,
  notWorkbookArchive,
  ODF_MIMETYPE_ENTRY,
  type ContainerProblem,
  type ContainerProblemCode,
} from './container';

export interface ReadLimits {
  /** The file itself. */
  fileBytes: number;
  /** One part, inflated (as its entry declares). */
  partBytes: number;
  /** All parts read, inflated. */
  totalBytes: number;
  /** Inflated size over stored size, for parts above 1 MB. */
  ratio: number;
  /** Entries in the zip. */
  entries: number;
  /** Cells held by the grids (row lengths summed). */
  cells: number;
}

/** Far above any answer file (a few hundred KB), far below what a pane's memory would miss. */
export const READ_LIMITS: ReadLimits = {
  fileBytes: 20 * 1024 * 1024,
  partBytes: 64 * 1024 * 1024,
  totalBytes: 128 * 1024 * 1024,
  ratio: 500,
  entries: 10_000,
  cells: 2_000_000,
};

/** The container's reasons (as the CLI gives them), and `too-large` for a file past the limits. */
export type XlsxReadErrorCode = ContainerProblemCode | 'too-large';

export class XlsxReadError extends Error {
  override readonly name = 'XlsxReadError';
  constructor(
    readonly code: XlsxReadErrorCode,
    readonly messageUk: string,
    readonly messageEn: string,
  ) {
    super(`${messageUk} / ${messageEn}`);
  }
}

export interface XlsxSheetRead {
  name: string;
  grid: Grid;
  hidden: boolean;
}

const fail = (code: XlsxReadErrorCode, uk: string, en: string): never => {
  throw new XlsxReadError(code, uk, en);
};
const refuse = (p: ContainerProblem): never => fail(p.code, p.uk, p.en);
const corrupt = (why: string): never =>
  fail('corrupt', `Файл пошкоджено або обрізано (${why})`, `The file is damaged or truncated (${why})`);
const tooLarge = (what: string): never =>
  fail(
    'too-large',
    `Файл завеликий для запиту чи відповіді (${what})`,
    `The file is too large for a request or an answer (${what})`,
  );

type Parts = Map<string, string>;

/** Inflates the entries `want` picks, each checked against the limits before a byte is inflated. */
function inflate(
  bytes: Uint8Array,
  want: (name: string) => boolean,
  limits: ReadLimits,
  total: { n: number },
  names: string[] = [],
): Parts {
  let entries = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (++entries > limits.entries) tooLarge(`${entries}+ entries`);
        names.push(f.name);
        if (!want(f.name)) return false;
        if (f.originalSize > limits.partBytes) tooLarge(`${f.name}: ${f.originalSize} bytes`);
        if (f.originalSize > 1024 * 1024 && f.originalSize > f.size * limits.ratio)
          tooLarge(`${f.name}: ${f.size} -> ${f.originalSize} bytes`);
        total.n += f.originalSize;
        if (total.n > limits.totalBytes) tooLarge(`${total.n} bytes inflated`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof XlsxReadError) throw err;
    // As the CLI says it: a zip fflate cannot read through (no end record, a damaged entry).
    return refuse(corruptArchive());
  }
  const decoder = new TextDecoder('utf-8');
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

/** The text of an `<si>` or `<is>` element: its runs' `<t>` joined, phonetic guides (`<rPh>`) left out. */
function richText(xml: string): string {
  const bare = xml.replace(/<((?:[\w.-]+:)?)rPh\b[\s\S]*?<\/\1rPh>/g, '');
  let out = '';
  for (const m of bare.matchAll(/<((?:[\w.-]+:)?)t\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1t>)/g)) out += m[2] ?? '';
  return unescapeCellText(out);
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<((?:[\w.-]+:)?)si\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1si>)/g)].map((m) =>
    richText(m[2] ?? ''),
  );
}

interface SheetContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
  cells: { n: number };
  limits: ReadLimits;
}

function cellValue(attrs: string, inner: string, ctx: SheetContext): CellValue {
  const type = attr(attrs, 't') ?? 'n';
  if (type === 'inlineStr') {
    const is = /<((?:[\w.-]+:)?)is\b[^>]*>([\s\S]*?)<\/\1is>/.exec(inner);
    const text = is ? richText(is[2]) : '';
    return text === '' ? null : text;
  }
  const v = /<((?:[\w.-]+:)?)v\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1v>)/.exec(inner)?.[2];
  if (v === undefined) return null;
  const raw = unescapeCellText(v);
  switch (type) {
    case 's': {
      const text = ctx.strings[Number(raw)];
      if (text === undefined) return corrupt(`shared string ${raw} missing`);
      return text === '' ? null : text;
    }
    case 'str':
      return raw === '' ? null : raw;
    case 'b':
      return raw.trim() === '1' || raw.trim().toLowerCase() === 'true';
    case 'e':
      return { error: raw.trim() || '#VALUE!' };
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(raw) ? { date: raw.slice(0, 10) } : raw;
    default: {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) return { error: '#NUM!' };
      const style = Number(attr(attrs, 's') ?? 0);
      return ctx.dates[style] && n >= 0 && n < 2_958_466 ? { date: serialToDate(n, ctx.date1904) } : n;
    }
  }
}

function sheetGrid(name: string, xml: string, ctx: SheetContext): Grid {
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  // Hidden rows, from the row elements' own attributes.
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?row\b([^>]*?)\/?>/g)) {
    const r = Number(attr(m[1], 'r'));
    if (Number.isInteger(r) && r > 0 && /^(1|true)$/.test(attr(m[1], 'hidden') ?? '')) hiddenRows.push(r - 1);
  }
  eachCell(xml, (row, col, cell) => {
    const inner = cell.selfClosing ? '' : xml.slice(cell.openEnd, cell.end);
    const value = cellValue(cell.attrs, inner, ctx);
    if (value === null) return;
    const line = (rows[row - 1] ??= []);
    const grown = Math.max(0, col + 1 - line.length);
    ctx.cells.n += grown;
    if (ctx.cells.n > ctx.limits.cells) tooLarge(`${ctx.cells.n}+ cells`);
    while (line.length < col) line.push(null);
    line[col] = value;
  });
  const facts = sheetFacts(xml);
  // A merged area's value lives in its top-left cell; the others read empty, as Excel shows them.
  for (const m of facts.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if ((r !== m.top || c !== m.left) && rows[r] && c < rows[r].length) rows[r][c] = null;
  const dense: CellValue[][] = Array.from({ length: rows.length }, (_, r) => {
    const line = rows[r] ?? [];
    let width = line.length;
    while (width > 0 && line[width - 1] === null) width--;
    line.length = width;
    return line;
  });
  while (dense.length > 0 && dense[dense.length - 1].length === 0) dense.pop();
  const grid: Grid = { sheetName: name, rows: dense, merges: facts.merges, hiddenRows };
  const checked = gridSchema.safeParse(grid);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const at = issue.path.length >= 3 ? cellAddress(Number(issue.path[1]), Number(issue.path[2])) : '';
    return corrupt(`«${name}» ${at} ${issue.message}`.replace(/\s+/g, ' '));
  }
  return checked.data;
}

/** Every sheet of the workbook in tab order; throws XlsxReadError saying why a file is not one. */
export function readXlsx(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): XlsxSheetRead[] {
  const problem = containerProblem(bytes);
  if (problem) refuse(problem);
  if (bytes.length > limits.fileBytes) tooLarge(`${bytes.length} bytes`);

  const total = { n: 0 };
  const names: string[] = [];
  const head = inflate(
    bytes,
    (n) =>
      n === 'xl/workbook.xml' ||
      n === 'xl/_rels/workbook.xml.rels' ||
      n === 'xl/styles.xml' ||
      n === ODF_MIMETYPE_ENTRY,
    limits,
    total,
    names,
  );
  const book = head.get('xl/workbook.xml');
  if (book === undefined) return refuse(notWorkbookArchive(names, '', head.get(ODF_MIMETYPE_ENTRY)));
  const rels = relationships(head.get('xl/_rels/workbook.xml.rels'));
  const target = new Map(rels.map((r) => [r.id, workbookTarget(r.target)]));
  const entries = workbookSheets(book, head.get('xl/_rels/workbook.xml.rels'));
  const sstRel = rels.find((r) => /\/sharedStrings$/.test(r.type));
  const sstPart = sstRel ? workbookTarget(sstRel.target) : 'xl/sharedStrings.xml';
  const sheetParts = new Set(
    entries.filter((e) => e.isWorksheet && e.relId).map((e) => target.get(e.relId!) ?? ''),
  );
  const body = inflate(bytes, (n) => n === sstPart || sheetParts.has(n), limits, total);
  const ctx: SheetContext = {
    strings: sharedStrings(body.get(sstPart)),
    dates: dateStyles(head.get('xl/styles.xml')),
    date1904: usesDate1904(book),
    cells: { n: 0 },
    limits,
  };
  return entries.map((e) => {
    const part = e.relId ? target.get(e.relId) : undefined;
    const xml = part ? body.get(part) : undefined;
    if (e.isWorksheet && xml === undefined) corrupt(`«${e.name}»: ${part ?? 'no part'}`);
    let grid: Grid;
    try {
      grid =
        xml === undefined
          ? { sheetName: e.name, rows: [], merges: [], hiddenRows: [] }
          : sheetGrid(e.name, xml, ctx);
    } catch (err) {
      if (err instanceof XlsxReadError) throw err;
      return corrupt(`«${e.name}»: ${err instanceof Error ? err.message : String(err)}`);
    }
    return { name: e.name, grid, hidden: e.state !== 'visible' };
  });
}
