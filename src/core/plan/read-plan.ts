// The plan reader: a grid of cell values -> a Plan (header, columns, sections, measures, period).
import { CellValue, Grid, MergeArea } from '../grid';
import { ColumnKey, ColumnMap, Measure, Period, Plan, ReadOptions, ReadResult, Section } from '../types';
import { parseDeadline } from '../deadline/parse-deadline';
import { inferStatus } from '../status/infer-status';
import { cellText, dateLikeText, isErrorText } from './cell-text';
import { isBlank } from '../text';
import { findHeader, isColumnNumberRow, matchHeader } from './header';
import { periodFromDates, periodFromTitle, yearsPeriod } from './period';
import { splitResponsible } from './responsible';
import { romanToNumber, toLatinRoman } from '../deadline/roman';

/** A dense view of the sheet in sheet coordinates (0-based). */
interface SheetView {
  /**
   * Raw values; only the top-left cell of a merge holds its value. Rows are as long as their last cell, not
   * the sheet's width: one stray value at XFD1048576 must not make a dense sheet of 17 billion cells.
   */
  values: CellValue[][];
  /** Texts with each merge's text copied into every cell of the merge (for headings and vertical merges). */
  filled: string[][];
  /** For each cell inside a merge (other than its top-left), the merge; keyed by cellKey. */
  mergeAt: Map<number, MergeArea>;
  /** Each merge by its top-left cell (cellKey). */
  topLeft: Map<number, MergeArea>;
  /** 1 for a row with a cell in mergeAt or topLeft: other rows need no lookups. */
  mergedRow: Uint8Array;
  height: number;
  width: number;
}

/** A number for a cell of the view, for the merge maps (no string building per lookup). */
function cellKey(view: { width: number }, r: number, c: number): number {
  return r * view.width + c;
}

function buildView(grid: Grid): SheetView {
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  let width = 0;
  for (const row of grid.rows) width = Math.max(width, (row?.length ?? 0) + originCol);
  const height = grid.rows.length + originRow;
  const values: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const src = r >= originRow ? grid.rows[r - originRow] : undefined;
    const row: CellValue[] = src?.length ? new Array<CellValue>(src.length + originCol).fill(null) : [];
    if (src) for (let c = 0; c < src.length; c++) row[c + originCol] = src[c] ?? null;
    values.push(row);
  }
  const filled = values.map((row) => row.map((v) => cellText(v)));
  const mergeAt = new Map<number, MergeArea>();
  const topLeft = new Map<number, MergeArea>();
  const mergedRow = new Uint8Array(Math.max(0, height));
  const at = { width };
  const isIndex = (n: number) => Number.isInteger(n) && n >= 0;
  for (const m of grid.merges ?? []) {
    // A merge starting outside the sheet (only a damaged file has one) is no merge of its cells.
    if (!isIndex(m.top) || !isIndex(m.left) || m.top >= height || m.left >= width) continue;
    topLeft.set(cellKey(at, m.top, m.left), m);
    mergedRow[m.top] = 1;
    const text = filled[m.top][m.left] ?? '';
    // A merge reaching past the sheet covers only the sheet's cells.
    for (let r = m.top; r <= Math.min(m.bottom, height - 1); r++) {
      for (let c = m.left; c <= Math.min(m.right, width - 1); c++) {
        if (r === m.top && c === m.left) continue;
        mergeAt.set(cellKey(at, r, c), m);
        mergedRow[r] = 1;
        if (!filled[r][c]) filled[r][c] = text;
      }
    }
  }
  return { values, filled, mergeAt, topLeft, mergedRow, height, width };
}

const SECTION_NUMERAL = /^\s*([IVXІХivxіх]{1,6})\s*[.)]\s*(.*)$/su;

/** `ІІІ. Title` -> { numeral: 'III', title: 'Title' } when the letters form a Roman numeral. */
export function parseSectionHeading(text: string): { numeral: string; title: string } | null {
  const m = SECTION_NUMERAL.exec(text);
  if (!m) return null;
  const numeral = toLatinRoman(m[1]);
  if (numeral === null || romanToNumber(numeral) === null) return null;
  return { numeral, title: m[2].replace(/[\s\u00a0]+/g, ' ').trim() };
}

/** Distinct texts of a row, as written, skipping cells that merely continue a merge. */
function rowTexts(view: SheetView, r: number): { col: number; text: string; merge?: MergeArea }[] {
  const out: { col: number; text: string; merge?: MergeArea }[] = [];
  for (let c = 0; c < view.values[r].length; c++) {
    const key = cellKey(view, r, c);
    if (view.mergeAt.has(key)) continue;
    const text = cellText(view.values[r][c]);
    if (isBlank(text)) continue;
    out.push({ col: c, text, merge: view.topLeft.get(key) });
  }
  return out;
}

function isMeasureNumber(text: string): boolean {
  return /^\s*\d{1,4}(\.\d{1,3})*[.)]?\s*$/.test(text);
}

/** Optional columns: the measure property each fills, and whether it holds a date. */
const OPTIONAL_FIELDS: readonly (readonly [ColumnKey, keyof Measure, boolean])[] = [
  ['status', 'statusText', false],
  ['actualDate', 'actualDate', true],
  ['indicators', 'indicators', false],
  ['risk', 'risk', false],
  ['notes', 'notes', false],
];

type RowKind = 'blank' | 'section' | 'measure' | 'header-repeat' | 'column-numbers';

/** Read a plan from a sheet's cells. Never throws; a sheet that holds no plan gives an error saying why. */
export function readPlan(grid: Grid, opts: ReadOptions = {}): ReadResult {
  const view = buildView(grid);
  const sheetName = grid.sheetName;
  if (view.height === 0 || view.filled.every((row) => row.every((t) => isBlank(t)))) {
    return { ok: false, error: { code: 'empty-sheet', sheetName, details: 'no cells with text' } };
  }
  const header = findHeader(view.filled, view.width);
  if (!header && !opts.columns) {
    return {
      ok: false,
      error: {
        code: 'no-header',
        sheetName,
        details:
          'a header row naming the measure column (Заплановані заходи / Найменування заходу / Зміст заходу) and at least two of № з/п, Термін виконання, Відповідальні, Проведений захід / Стан виконання',
      },
    };
  }
  const headerRows = header ? header.rows : [];
  const columns: ColumnMap = { ...(header?.columns ?? {}), ...(opts.columns ?? {}) };
  const headerEnd = headerRows.length ? headerRows[headerRows.length - 1] : -1;
  const headerStart = headerRows.length ? headerRows[0] : 0;

  // Title lines: every text above the header, as written.
  const title: string[] = [];
  for (let r = 0; r < headerStart; r++) for (const t of rowTexts(view, r)) title.push(t.text);

  const sections: Section[] = [];
  type Draft = Omit<Measure, 'deadline' | 'status'>;
  const drafts: Draft[] = [];
  const deadlineTexts: string[] = [];
  let numberRow: number | null = null;
  const field = (r: number, key: ColumnKey, dateLike = false): string | undefined => {
    const c = columns[key];
    if (c === undefined) return undefined;
    const raw = view.values[r][c] ?? null;
    // A value merged down over several measure rows belongs to each of them.
    const merge = raw === null || raw === '' ? view.mergeAt.get(cellKey(view, r, c)) : undefined;
    if (merge) {
      const m = merge;
      if (m.left === c && m.right === c)
        return dateLike ? dateLikeText(view.values[m.top][m.left]) : (view.filled[r][c] ?? '');
      return '';
    }
    return dateLike ? dateLikeText(raw) : cellText(raw);
  };

  /** The row under a repeated header (a second table pasted below): its column-number row is no measure. */
  let afterRepeat = -1;
  const classify = (r: number): RowKind => {
    // What rowTexts would give, counted without building the list: how many, the first, all alike?
    const merged = view.mergedRow[r] === 1;
    const cells = view.values[r];
    let count = 0;
    let firstCol = -1;
    let firstText = '';
    let allSame = true;
    for (let c = 0; c < cells.length; c++) {
      if (merged && view.mergeAt.has(cellKey(view, r, c))) continue;
      const text = cellText(cells[c]);
      if (isBlank(text)) continue;
      if (count === 0) {
        firstCol = c;
        firstText = text;
      } else if (text !== firstText) allSame = false;
      count++;
    }
    if (count === 0) return 'blank';
    if (
      (r === headerEnd + 1 || r === afterRepeat) &&
      isColumnNumberRow(view.values[r].map((v) => cellText(v)))
    )
      return 'column-numbers';
    const numberText = columns.number !== undefined ? cellText(view.values[r][columns.number]) : '';
    if (allSame) {
      const only = {
        col: firstCol,
        text: firstText,
        merge: merged ? view.topLeft.get(cellKey(view, r, firstCol)) : undefined,
      };
      if (parseSectionHeading(only.text) && !isMeasureNumber(only.text)) return 'section';
      const spansTable = !!only.merge && only.merge.right - only.merge.left >= 2;
      const inLeadColumns = only.col === columns.number || only.col === columns.measure || only.col === 0;
      if (
        !isMeasureNumber(numberText) &&
        (spansTable || (inLeadColumns && count === 1 && only.col !== columns.measure))
      )
        return 'section';
    }
    if (header && !isMeasureNumber(numberText)) {
      const again = matchHeader(view.filled, [r], view.filled[r].length);
      if (again.score >= header.score && columns.measure === again.columns.measure) return 'header-repeat';
    }
    return 'measure';
  };

  let currentSection: number | null = null;
  let lastRow = 0;
  for (let r = headerEnd + 1; r < view.height; r++) {
    const kind = classify(r);
    if (kind === 'blank') continue;
    lastRow = r;
    if (kind === 'column-numbers') {
      if (r === headerEnd + 1) numberRow = r + 1;
      continue;
    }
    if (kind === 'header-repeat') {
      afterRepeat = r + 1;
      continue;
    }
    if (kind === 'section') {
      const text = rowTexts(view, r)[0].text;
      const parsed = parseSectionHeading(text);
      sections.push({
        row: r + 1,
        numeral: parsed?.numeral ?? null,
        title: parsed?.title ?? text.replace(/[\s\u00a0]+/g, ' ').trim(),
        text,
      });
      currentSection = sections.length - 1;
      continue;
    }
    const responsibleText = field(r, 'responsible') ?? '';
    const draft: Draft = {
      row: r + 1,
      number: (field(r, 'number') ?? '').trim(),
      section: currentSection,
      measure: field(r, 'measure') ?? '',
      responsibleText,
      // A formula error (`#REF!`) shows where a person should be: it names nobody.
      responsible: isErrorText(responsibleText) ? [] : splitResponsible(responsibleText),
      execution: field(r, 'execution') ?? '',
    };
    for (const [key, prop, dateLike] of OPTIONAL_FIELDS) {
      const v = field(r, key, dateLike);
      if (v !== undefined) (draft as Record<string, unknown>)[prop] = v;
    }
    drafts.push(draft);
    deadlineTexts.push(field(r, 'deadline', true) ?? '');
  }

  if (drafts.length === 0) {
    return {
      ok: false,
      error: {
        code: 'no-measures',
        sheetName,
        details: `a header was found on row ${headerStart + 1} but no measure rows under it`,
      },
    };
  }

  const period = choosePeriod(title, deadlineTexts, opts);
  // The drafts become the measures (deadline and status added last): no copy of every row's object.
  const measures: Measure[] = drafts.map((draft, i) => {
    const deadline = parseDeadline(deadlineTexts[i], { period });
    // A formula error in the report or status cell is kept as shown, but reports nothing.
    const status = inferStatus({
      statusText:
        draft.statusText !== undefined && isErrorText(draft.statusText) ? undefined : draft.statusText,
      execution: isErrorText(draft.execution) ? '' : draft.execution,
      deadline,
    });
    return Object.assign(draft, { deadline, status });
  });

  return {
    ok: true,
    plan: {
      sheetName,
      title,
      period,
      columns,
      headerRows: headerRows.map((r) => r + 1),
      numberRow,
      sections,
      measures,
      lastRow: Math.max(lastRow + 1, view.height),
      lastColumn: Math.max(0, view.width - 1),
    },
  };
}

function choosePeriod(title: string[], deadlines: string[], opts: ReadOptions): Plan['period'] {
  if (opts.period) return { ...opts.period, source: 'caller' };
  const fromTitle = periodFromTitle(title);
  if (fromTitle) return { ...fromTitle, source: 'title' };
  const dates = deadlines.flatMap((t) => {
    const d = parseDeadline(t, { period: null });
    return d.yearAssumed ? [] : [d.from, d.to];
  });
  const fromDeadlines = periodFromDates(dates);
  if (fromDeadlines) return { ...fromDeadlines, source: 'deadlines' };
  const year = Number((opts.today ?? new Date().toISOString()).slice(0, 4));
  const p: Period = yearsPeriod(year, year);
  return { ...p, source: 'default' };
}
