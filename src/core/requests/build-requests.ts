// Plan -> one request workbook description per responsible person: only their measures, in plan order under
// their section titles, the plan's locked texts beside the cells to fill, pre-filled with what the plan
// already says. Persons are grouped as the summary groups them; a measure naming two persons goes to both.
import { MAX_YEAR, MIN_YEAR } from '../calendar';
import { titleLines } from '../report/execution-table';
import { dottedDate } from '../calendar';
import { periodPhrase } from '../i18n/period-phrase';
import { REPORT_LABELS } from '../report/labels';
import { PRINT_MARGINS, REPORT_STYLES, range, rowHeight, wrappedLines } from '../report/report-styles';
import type { CellStyle, SpecRange, SpecValue, StyleBand } from '../report/sheet-spec';
import { measurePersons, personLabel } from '../summary/persons';
import type { Measure, Plan } from '../types';
import { cellDate, datePrint, isoToSerial } from './answer-values';
import { DATA_SHEET_NAME, dataSheetValues, type Prints, type RequestFacts } from './data-sheet';
import { requestFileNames } from './file-names';
import { measureKeys, planId, textPrint } from './keys';
import { REQUEST_LABELS as L, STATUS_WORDS, fill } from './labels';
import type { RequestSet, RequestSheetSpec, RequestValidation, RequestWorkbookSpec } from './request-spec';

export interface RequestOptions {
  /** The date the requests are made as of (YYYY-MM-DD). */
  asOf: string;
  /** The reply-by date (YYYY-MM-DD). */
  due: string;
  /** File names already taken in the target folder (e.g. the plan itself): never reused. */
  takenNames?: string[];
}

/** Background of the cells to fill. */
export const ANSWER_FILL = 'FFF2CC';

/** The request sheet's columns (0-based): the locked texts, the cells to fill, the hidden key. */
export const REQUEST_COLUMNS = {
  number: 0,
  measure: 1,
  deadline: 2,
  execution: 3,
  status: 4,
  actualDate: 5,
  key: 6,
} as const;
const COLUMNS = REQUEST_COLUMNS;
const WIDTHS = [6, 45, 16, 60, 18, 14, 18];
const LAST_VISIBLE = COLUMNS.actualDate;
const ANSWER_LINES = 3;
const FULL_WIDTH = WIDTHS.slice(0, LAST_VISIBLE + 1).reduce((a, b) => a + b, 0);

const answer: CellStyle = { ...REPORT_STYLES.cell, fill: ANSWER_FILL };
const STYLES: Record<string, CellStyle> = {
  ...REPORT_STYLES,
  planTitle: {
    ...REPORT_STYLES.subtitle,
    font: { ...REPORT_STYLES.subtitle.font, italic: false, bold: true },
  },
  respondent: { ...REPORT_STYLES.heading, wrap: true },
  terms: { font: REPORT_STYLES.cell.font, horizontal: 'left', vertical: 'top', wrap: true },
  instruction: { ...REPORT_STYLES.note, wrap: true },
  answer,
  answerCenter: { ...answer, horizontal: 'center' },
  answerDate: { ...answer, horizontal: 'center', numberFormat: 'dd.mm.yyyy' },
  key: { ...REPORT_STYLES.cell, font: { ...REPORT_STYLES.cell.font, size: 8, color: '808080' } },
};

interface Person {
  key: string;
  label: string;
  measures: number[];
}

/** The persons of the plan in the order they first appear, each with the indexes of their measures. */
export function requestPersons(plan: Plan): Person[] {
  const byKey = new Map<string, Person>();
  plan.measures.forEach((m, i) => {
    for (const { key, person } of measurePersons(m)) {
      if (key === '') continue;
      let p = byKey.get(key);
      if (!p) byKey.set(key, (p = { key, label: personLabel(person), measures: [] }));
      p.measures.push(i);
    }
  });
  return [...byKey.values()];
}

export function buildRequests(plan: Plan, opts: RequestOptions): RequestSet {
  const keys = measureKeys(plan);
  const persons = requestPersons(plan);
  const names = requestFileNames(
    persons.map((p) => p.label),
    opts.takenNames,
  );
  const requests = persons.map((p, i) => buildRequest(plan, p, keys, names[i], opts));
  const assigned = new Set(persons.flatMap((p) => p.measures));
  const unassigned = plan.measures
    .filter((_, i) => !assigned.has(i))
    .map((m) => ({ planRow: m.row, number: m.number, measure: m.measure }));
  return { requests, unassigned, asOf: opts.asOf, due: opts.due };
}

/** What the request pre-fills for a measure: the plan's own texts, a date as a date. */
function prefill(m: Measure): { execution: SpecValue; status: SpecValue; actualDate: SpecValue } {
  const date = m.actualDate ? cellDate(m.actualDate) : null;
  return {
    execution: m.execution === '' ? null : m.execution,
    status: m.statusText ? m.statusText : null,
    actualDate: date ? isoToSerial(date) : m.actualDate ? m.actualDate : null,
  };
}

function prints(m: Measure): Prints {
  return {
    number: textPrint(m.number),
    measure: textPrint(m.measure),
    deadline: textPrint(m.deadline.text),
    execution: textPrint(m.execution),
    status: textPrint(m.statusText ?? ''),
    actualDate: datePrint(m.actualDate ?? null),
  };
}

/** A plain whole number is written as a number, as the plan has it; `1.`, `1.1` stay text. */
function numberValue(text: string): SpecValue {
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : text === '' ? null : text;
}

function buildRequest(
  plan: Plan,
  person: Person,
  keys: string[],
  fileName: string,
  opts: RequestOptions,
): RequestWorkbookSpec {
  const values: SpecValue[][] = [];
  const bands: StyleBand[] = [];
  const merges: SpecRange[] = [];
  const rowHeights: Record<number, number> = {};
  const due = dottedDate(opts.due);

  const spanned = (text: string, style: string, size = 12): void => {
    const r = values.length;
    values.push([text]);
    merges.push(range(r, 0, r, LAST_VISIBLE));
    bands.push({ range: range(r, 0, r, LAST_VISIBLE), style });
    rowHeights[r] = rowHeight(wrappedLines(text, FULL_WIDTH, size), size, 4);
  };
  spanned(L.heading, 'title', 14);
  for (const line of titleLines(plan, REPORT_LABELS.uk, 'uk')) spanned(line.text, 'planTitle');
  spanned(fill(L.respondent, { person: person.label }), 'respondent');
  spanned(
    fill(L.terms, { period: periodPhrase(plan.period, 'uk'), asOf: dottedDate(opts.asOf), due }),
    'terms',
  );
  spanned(fill(L.instruction, { due }), 'instruction');
  values.push([]);

  const headerRow = values.length;
  const header = [
    L.headers.number,
    L.headers.measure,
    L.headers.deadline,
    L.headers.execution,
    L.headers.status,
    L.headers.actualDate,
    L.headers.key,
  ];
  values.push(header);
  bands.push({ range: range(headerRow, 0, headerRow, COLUMNS.key), style: 'header' });
  rowHeights[headerRow] = rowHeight(Math.max(...header.map((h, c) => wrappedLines(h, WIDTHS[c]))), 12, 4);

  const sent: [string, Prints][] = [];
  const measureRows: number[] = [];
  let section: number | null | undefined;
  for (const i of person.measures) {
    const m = plan.measures[i];
    if (m.section !== section) {
      section = m.section;
      const s = m.section === null ? undefined : plan.sections[m.section];
      if (s) {
        const r = values.length;
        values.push([s.text]);
        merges.push(range(r, 0, r, LAST_VISIBLE));
        bands.push({ range: range(r, 0, r, LAST_VISIBLE), style: 'section' });
        rowHeights[r] = rowHeight(wrappedLines(s.text, FULL_WIDTH), 12, 2);
      }
    }
    const r = values.length;
    const filled = prefill(m);
    values.push([
      numberValue(m.number),
      m.measure === '' ? null : m.measure,
      m.deadline.text === '' ? null : m.deadline.text,
      filled.execution,
      filled.status,
      filled.actualDate,
      keys[i],
    ]);
    measureRows.push(r);
    sent.push([keys[i], prints(m)]);
    // Room to write: Excel does not grow a row whose height is set, so an empty answer gets three lines.
    const lines = Math.max(
      ANSWER_LINES,
      wrappedLines(m.measure, WIDTHS[COLUMNS.measure]),
      wrappedLines(m.deadline.text, WIDTHS[COLUMNS.deadline]),
      wrappedLines(m.execution, WIDTHS[COLUMNS.execution]),
    );
    rowHeights[r] = rowHeight(lines, 12, 2);
  }

  const runs = consecutiveRuns(measureRows);
  const validations: RequestValidation[] = [];
  const unlocked: SpecRange[] = [];
  const minDate = `${MIN_YEAR}-01-01`;
  const maxDate = `${MAX_YEAR}-12-31`;
  for (const [top, bottom] of runs) {
    bands.push({ range: range(top, 0, bottom, COLUMNS.deadline), style: 'cell' });
    bands.push({ range: range(top, COLUMNS.number, bottom, COLUMNS.number), style: 'cellCenter' });
    bands.push({ range: range(top, COLUMNS.deadline, bottom, COLUMNS.deadline), style: 'cellCenter' });
    bands.push({ range: range(top, COLUMNS.execution, bottom, COLUMNS.execution), style: 'answer' });
    bands.push({ range: range(top, COLUMNS.status, bottom, COLUMNS.status), style: 'answerCenter' });
    bands.push({ range: range(top, COLUMNS.actualDate, bottom, COLUMNS.actualDate), style: 'answerDate' });
    bands.push({ range: range(top, COLUMNS.key, bottom, COLUMNS.key), style: 'key' });
    unlocked.push(range(top, COLUMNS.execution, bottom, COLUMNS.actualDate));
    validations.push({
      kind: 'list',
      range: range(top, COLUMNS.status, bottom, COLUMNS.status),
      values: [...STATUS_WORDS],
      prompt: L.statusPrompt,
      error: fill(L.statusError, { words: STATUS_WORDS.join(', ') }),
    });
    validations.push({
      kind: 'date',
      range: range(top, COLUMNS.actualDate, bottom, COLUMNS.actualDate),
      from: minDate,
      to: maxDate,
      prompt: L.datePrompt,
      error: L.dateError,
    });
  }

  const sheet: RequestSheetSpec = {
    name: L.sheetName,
    role: 'request',
    values,
    styles: STYLES,
    bands,
    merges,
    columnWidths: WIDTHS,
    rowHeights,
    freezeRows: headerRow + 1,
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { from: headerRow + 1, to: headerRow + 1 },
      footer: REPORT_LABELS.uk.footer,
      margins: PRINT_MARGINS,
    },
    unlocked,
    validations,
    hiddenColumns: [COLUMNS.key],
    protection: { password: '', allow: ['sort', 'autoFilter', 'formatColumns', 'formatRows'] },
    columns: { ...COLUMNS },
    headerRow,
  };

  const facts: RequestFacts = {
    planId: planId(plan),
    planTitle: plan.title.join('\n'),
    planSheet: plan.sheetName,
    periodFrom: plan.period.from,
    periodTo: plan.period.to,
    person: person.label,
    personKey: person.key,
    asOf: opts.asOf,
    due: opts.due,
    requestSheet: L.sheetName,
  };
  return {
    fileName,
    person: person.label,
    personKey: person.key,
    measures: person.measures.map((i) => ({
      planRow: plan.measures[i].row,
      number: plan.measures[i].number,
      key: keys[i],
    })),
    sheet,
    data: { name: DATA_SHEET_NAME, state: 'veryHidden', values: dataSheetValues(facts, sent) },
  };
}

/** [first, last] of each run of consecutive numbers. */
function consecutiveRuns(rows: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}
