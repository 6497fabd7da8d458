// The plan reader: a grid of cell values -> a Plan (header, columns, sections, measures, period).
//   sheet-view.ts     the grid as a dense sheet with its merges
//   header.ts         the header rows and the column of each field (heading-fields.ts: what a heading names)
//   row-kinds.ts      what each row under the header is; body.ts: sections and measures over rows,
//                     and where the table ends (table-end.ts)
//   measure-texts.ts  a measure's texts over its rows; deadline-span.ts: its deadline
//   period.ts         the plan's period from the title (stamps aside) or the deadlines
import { Grid } from '../grid';
import { ColumnMap, Measure, Period, Plan, ReadOptions, ReadResult, Section } from '../types';
import { inferStatus } from '../status/infer-status';
import { isOnlyStatusWords } from '../status/status-words';
import { isBlank } from '../text';
import { readBody, type Body } from './body';
import { isErrorText } from './cell-text';
import { readDeadline } from './deadline-span';
import { findHeader, type HeaderMatch } from './header';
import { fieldText, measureDraft, type Draft } from './measure-texts';
import { periodFromDates, periodFromTitle, titleForPeriod, yearsPeriod } from './period';
import { buildView, rowTexts, type SheetView } from './sheet-view';

export { parseSectionHeading } from './row-text';

const NO_HEADER =
  'a header row naming the measure column (Заплановані заходи / Найменування заходу / Зміст заходу / Заходи мінімізації корупційного ризику) and at least two of № з/п, Термін виконання, Відповідальні, Проведений захід / Стан виконання';

/** Read a plan from a sheet's cells. Never throws; a sheet that holds no plan gives an error saying why. */
export function readPlan(grid: Grid, opts: ReadOptions = {}): ReadResult {
  const view = buildView(grid);
  const sheetName = grid.sheetName;
  if (view.height === 0 || view.filled.every((row) => row.every((t) => isBlank(t)))) {
    return { ok: false, error: { code: 'empty-sheet', sheetName, details: 'no cells with text' } };
  }
  const header = findHeader(view);
  if (!header && !opts.columns) {
    return { ok: false, error: { code: 'no-header', sheetName, details: NO_HEADER } };
  }
  const headerRows = header ? header.rows : [];
  const columns: ColumnMap = { ...(header?.columns ?? {}), ...(opts.columns ?? {}) };
  const headerEnd = headerRows.length ? headerRows[headerRows.length - 1] : -1;
  const headerStart = headerRows.length ? headerRows[0] : 0;
  const [left, right] = tableExtent(view, header, columns);

  // Title lines: every text above the header, as written.
  const titleCells = [];
  for (let r = 0; r < headerStart; r++) for (const t of rowTexts(view, r)) titleCells.push({ row: r, ...t });
  const title = titleCells.map((t) => t.text);

  const body = readBody({ view, columns, header, left, right }, headerEnd + 1);
  if (header?.ambiguous !== undefined && opts.columns === undefined)
    settleStatusColumn(view, body, columns, header.ambiguous);

  const sections: Section[] = [];
  const drafts: Draft[] = [];
  const deadlineTexts: string[] = [];
  for (const item of body.items) {
    if (item.kind === 'section') {
      sections.push({ row: item.row + 1, numeral: item.numeral, title: item.title, text: item.text });
      continue;
    }
    const { draft, deadlineText } = measureDraft(
      view,
      item,
      columns,
      sections.length ? sections.length - 1 : null,
    );
    drafts.push(draft);
    deadlineTexts.push(deadlineText);
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

  const period = choosePeriod(titleForPeriod(titleCells), deadlineTexts, opts);
  // The drafts become the measures (deadline and status added last): no copy of every row's object.
  const measures: Measure[] = drafts.map((draft, i) => {
    const deadline = readDeadline(deadlineTexts[i], { period });
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
      numberRow: body.numberRow >= 0 ? body.numberRow + 1 : null,
      sections,
      measures,
      lastRow: Math.max(body.lastRow + 1, view.height),
      lastColumn: Math.max(0, view.width - 1),
    },
  };
}

/** The table's columns: those under the header's headings, and any the caller named. */
function tableExtent(view: SheetView, header: HeaderMatch | null, columns: ColumnMap): [number, number] {
  if (!header) return [0, Math.max(0, view.width - 1)];
  let left = header.left;
  let right = header.right;
  for (const c of Object.values(columns)) {
    if (c === undefined) continue;
    left = Math.min(left, c);
    right = Math.max(right, c);
  }
  return [left, right];
}

/**
 * A lone `Стан виконання` column: the status column when its cells hold status words only (`Виконано`,
 * `Не виконано`), otherwise the execution report (free text; the status is inferred from it).
 */
function settleStatusColumn(view: SheetView, body: Body, columns: ColumnMap, col: number): void {
  if (columns.execution !== col || columns.status !== undefined) return;
  let any = false;
  for (const item of body.items) {
    if (item.kind !== 'measure') continue;
    for (const line of fieldText(view, item, col).lines) {
      if (isBlank(line)) continue;
      if (!isOnlyStatusWords(line)) return;
      any = true;
    }
  }
  if (!any) return;
  delete columns.execution;
  columns.status = col;
}

function choosePeriod(title: string[], deadlines: string[], opts: ReadOptions): Plan['period'] {
  if (opts.period) return { ...opts.period, source: 'caller' };
  const fromTitle = periodFromTitle(title);
  if (fromTitle) return { ...fromTitle, source: 'title' };
  const dates = deadlines.flatMap((t) => {
    const d = readDeadline(t, { period: null });
    return d.yearAssumed ? [] : [d.from, d.to];
  });
  const fromDeadlines = periodFromDates(dates);
  if (fromDeadlines) return { ...fromDeadlines, source: 'deadlines' };
  const year = Number((opts.today ?? new Date().toISOString()).slice(0, 4));
  const p: Period = yearsPeriod(year, year);
  return { ...p, source: 'default' };
}
