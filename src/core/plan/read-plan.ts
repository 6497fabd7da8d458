// The plan reader: a grid of cell values -> a Plan (header, columns, sections, measures, period).
import { CellValue, Grid, MergeArea } from '../grid';
import { ColumnKey, ColumnMap, Measure, Period, Plan, ReadOptions, ReadResult, Section } from '../types';
import { parseDeadline } from '../deadline/parse-deadline';
import { inferStatus } from '../status/infer-status';
import { cellText, dateLikeText, isBlank } from './cell-text';
import { findHeader, isColumnNumberRow, matchHeader } from './header';
import { periodFromDates, periodFromTitle, yearsPeriod } from './period';
import { splitResponsible } from './responsible';
import { latinRoman, romanValue } from '../text';

/** A dense view of the sheet in sheet coordinates (0-based). */
interface SheetView {
  /** Raw values; only the top-left cell of a merge holds its value. */
  values: CellValue[][];
  /** Texts with each merge's text copied into every cell of the merge (for headings and vertical merges). */
  filled: string[][];
  /** For each cell inside a merge (other than its top-left), the merge. */
  mergeAt: Map<string, MergeArea>;
  /** Each merge by its top-left cell. */
  topLeft: Map<string, MergeArea>;
  height: number;
  width: number;
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
    const row: CellValue[] = new Array(width).fill(null);
    if (src) for (let c = 0; c < src.length; c++) row[c + originCol] = src[c] ?? null;
    values.push(row);
  }
  const filled = values.map((row) => row.map((v) => cellText(v)));
  const mergeAt = new Map<string, MergeArea>();
  const topLeft = new Map<string, MergeArea>();
  for (const m of grid.merges ?? []) {
    if (m.top >= height || m.left >= width) continue;
    topLeft.set(`${m.top},${m.left}`, m);
    const text = filled[m.top]?.[m.left] ?? '';
    for (let r = m.top; r <= Math.min(m.bottom, height - 1); r++) {
      for (let c = m.left; c <= Math.min(m.right, width - 1); c++) {
        if (r === m.top && c === m.left) continue;
        mergeAt.set(`${r},${c}`, m);
        if (filled[r][c] === '') filled[r][c] = text;
      }
    }
  }
  return { values, filled, mergeAt, topLeft, height, width };
}

const SECTION_NUMERAL = /^\s*([IVXІХivxіх]{1,6})\s*[.)]\s*(.*)$/su;

/** `ІІІ. Title` -> { numeral: 'III', title: 'Title' } when the letters form a Roman numeral. */
export function parseSectionHeading(text: string): { numeral: string; title: string } | null {
  const m = SECTION_NUMERAL.exec(text);
  if (!m) return null;
  const numeral = latinRoman(m[1]);
  if (romanValue(numeral) === null) return null;
  return { numeral, title: m[2].replace(/[\s\u00a0]+/g, ' ').trim() };
}

/** Distinct texts of a row, as written, skipping cells that merely continue a merge. */
function rowTexts(view: SheetView, r: number): { col: number; text: string; merge?: MergeArea }[] {
  const out: { col: number; text: string; merge?: MergeArea }[] = [];
  for (let c = 0; c < view.width; c++) {
    if (view.mergeAt.has(`${r},${c}`)) continue;
    const text = cellText(view.values[r][c]);
    if (isBlank(text)) continue;
    out.push({ col: c, text, merge: view.topLeft.get(`${r},${c}`) });
  }
  return out;
}

function isMeasureNumber(text: string): boolean {
  return /^\s*\d{1,4}(\.\d{1,3})*[.)]?\s*$/.test(text);
}

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
  type Draft = Omit<Measure, 'deadline' | 'status'> & { deadlineText: string };
  const drafts: Draft[] = [];
  let numberRow: number | null = null;
  const field = (r: number, key: ColumnKey, dateLike = false): string | undefined => {
    const c = columns[key];
    if (c === undefined) return undefined;
    const raw = view.values[r][c];
    // A value merged down over several measure rows belongs to each of them.
    if ((raw === null || raw === '') && view.mergeAt.has(`${r},${c}`)) {
      const m = view.mergeAt.get(`${r},${c}`)!;
      if (m.left === c && m.right === c)
        return dateLike ? dateLikeText(view.values[m.top][m.left]) : view.filled[r][c];
      return '';
    }
    return dateLike ? dateLikeText(raw) : cellText(raw);
  };

  const classify = (r: number): RowKind => {
    const texts = rowTexts(view, r);
    if (texts.length === 0) return 'blank';
    if (r === headerEnd + 1 && isColumnNumberRow(view.values[r].map((v) => cellText(v))))
      return 'column-numbers';
    const numberText = columns.number !== undefined ? cellText(view.values[r][columns.number]) : '';
    if (texts.length === 1 || new Set(texts.map((t) => t.text)).size === 1) {
      const only = texts[0];
      if (parseSectionHeading(only.text) && !isMeasureNumber(only.text)) return 'section';
      const spansTable = !!only.merge && only.merge.right - only.merge.left >= 2;
      const inLeadColumns = only.col === columns.number || only.col === columns.measure || only.col === 0;
      if (
        !isMeasureNumber(numberText) &&
        (spansTable || (inLeadColumns && texts.length === 1 && only.col !== columns.measure))
      )
        return 'section';
    }
    if (header && !isMeasureNumber(numberText)) {
      const again = matchHeader(view.filled, [r], view.width);
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
      numberRow = r + 1;
      continue;
    }
    if (kind === 'header-repeat') continue;
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
      responsible: splitResponsible(responsibleText),
      execution: field(r, 'execution') ?? '',
      deadlineText: field(r, 'deadline', true) ?? '',
    };
    const optional: [ColumnKey, keyof Measure, boolean][] = [
      ['status', 'statusText', false],
      ['actualDate', 'actualDate', true],
      ['indicators', 'indicators', false],
      ['risk', 'risk', false],
      ['notes', 'notes', false],
    ];
    for (const [key, prop, dateLike] of optional) {
      const v = field(r, key, dateLike);
      if (v !== undefined) (draft as Record<string, unknown>)[prop] = v;
    }
    drafts.push(draft);
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

  const period = choosePeriod(
    title,
    drafts.map((d) => d.deadlineText),
    opts,
  );
  const measures: Measure[] = drafts.map(({ deadlineText, ...rest }) => {
    const deadline = parseDeadline(deadlineText, { period });
    const status = inferStatus({ statusText: rest.statusText, execution: rest.execution, deadline });
    return { ...rest, deadline, status };
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
