// Next year's plan drafted from this one: the same sheet, cell for cell, with the years moved in the title
// and the deadlines (only where they name the plan's year), the execution, status and actual-date cells
// emptied, and a list for the officer of what to decide by hand. Returned as the new sheet's cells and as
// the edits that make them, so a host can write a new workbook or change a copy of the plan sheet.
import { daysInMonth, isoDate } from '../calendar';
import type { CellValue, DateCell, Grid } from '../grid';
import { cellAddress, isDateCell } from '../grid';
import { parseDeadline } from '../deadline/parse-deadline';
import { cellText, dateLikeText, serialToIso } from '../plan/cell-text';
import type { ColumnKey, Deadline, Measure, Period, Plan } from '../types';
import { measureRows } from '../plan/measure-rows';
import { officerNotes, type OfficerNotes } from './next-year-notes';
import { shiftDate, shiftYears, yearTokens, type YearShift } from './shift-years';

export type { MeasureNote, OfficerNotes, YearInText } from './next-year-notes';

export type EditField = 'title' | 'header' | 'deadline' | 'execution' | 'status' | 'actualDate';

export interface CellEdit {
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  /** `E25` */
  cell: string;
  field: EditField;
  before: CellValue;
  /** null empties the cell. */
  after: CellValue;
}

export interface MovedText {
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** The measure's number as written ('' for title and header cells). */
  number: string;
  field: 'title' | 'header' | 'deadline';
  before: string;
  after: string;
}

export type UnmovedReason = 'other-year' | 'no-such-day' | 'unrecognised' | 'changes-meaning' | 'stamp';

export interface UnmovedText {
  cell: string;
  row: number;
  number: string;
  field: 'title' | 'deadline';
  /** Quoted exactly as written. */
  text: string;
  reason: UnmovedReason;
  /** For `no-such-day`: the day the new year lacks, `29.02.2025`. */
  date?: string;
}

export interface NextYearDraft extends OfficerNotes {
  from: Period;
  to: Period;
  /** Years everything moved by: the plan's length in years. */
  by: number;
  /** The new plan sheet's cells (the old sheet's, edited), same origin and merges. */
  grid: Grid;
  edits: CellEdit[];
  moved: MovedText[];
  unmoved: UnmovedText[];
}

/** Approval stamps and document references above a plan: dates of the old plan's order, not its period. */
const STAMP =
  /^\s*(?:затверджено|затверджую|погоджено|схвалено|додаток|рішенням|розпорядженням|наказом|постановою|від\s+\d|№)/iu;
// Matched on the trimmed text: `\s*…?\s*$` at the end backtracks over every blank of a long run (quadratic).
const HEADER_YEAR = /^((?:19|20)\d{2})(?:\s*(?:рік|р\.?))?$/u;

interface Access {
  get(r: number, c: number): CellValue;
  set(r: number, c: number, v: CellValue): void;
  /** The cell holding what (r, c) shows: itself, or the top of a one-column merge it lies in. */
  holder(r: number, c: number): [number, number];
}

function access(grid: Grid, rows: CellValue[][]): Access {
  const oRow = grid.origin?.row ?? 0;
  const oCol = grid.origin?.col ?? 0;
  const merges = grid.merges ?? [];
  const byCell = new Map<string, (typeof merges)[number]>();
  for (const m of merges) {
    if (m.left !== m.right || m.bottom - m.top > 10000) continue;
    for (let r = m.top + 1; r <= m.bottom; r++) byCell.set(`${r}:${m.left}`, m);
  }
  const get = (r: number, c: number): CellValue => rows[r - oRow]?.[c - oCol] ?? null;
  return {
    get,
    set(r, c, v) {
      const row = rows[r - oRow];
      if (row && c - oCol >= 0) {
        while (row.length < c - oCol) row.push(null);
        row[c - oCol] = v;
      }
    },
    holder(r, c) {
      const v = get(r, c);
      if (v !== null && v !== '') return [r, c];
      const m = byCell.get(`${r}:${c}`);
      return m ? [m.top, c] : [r, c];
    },
  };
}

function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** Same kind, and the same days moved by `by` years: then the moved phrase still says what it said. */
function sameMeaning(before: Deadline, after: Deadline, by: number): boolean {
  if (before.kind !== after.kind) return false;
  if (before.from === null || before.to === null) return after.from === null && after.to === null;
  return sameDay(before.from, after.from, by) && sameDay(before.to, after.to, by);
}

/** `after` is `before` moved by `by` years; the last day of a month stays the last (28.02.2023 -> 29.02.2024). */
function sameDay(before: string, after: string | null, by: number): boolean {
  if (after === shiftDate(before, by)) return true;
  const [y, m, d] = before.split('-').map(Number);
  return d === daysInMonth(y, m) && after === isoDate(y + by, m, daysInMonth(y + by, m));
}

function yearsOf(period: Period): number[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  return Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i);
}

/** Drafts next year's plan from `plan`, read from `grid` (the plan sheet's cells). */
export function draftNextYear(plan: Plan, grid: Grid): NextYearDraft {
  const years = yearsOf(plan.period);
  const shift: YearShift = { years, by: years.length };
  const to: Period = { from: shiftDate(plan.period.from, shift.by), to: shiftDate(plan.period.to, shift.by) };
  const rows = grid.rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? { ...v } : v)));
  const cells = access(grid, rows);
  const edits: CellEdit[] = [];
  const edited = new Set<string>();
  const moved: MovedText[] = [];
  const unmoved: UnmovedText[] = [];
  const edit = (r: number, c: number, field: EditField, after: CellValue) => {
    const key = `${r}:${c}`;
    if (edited.has(key)) return;
    edited.add(key);
    const before = cells.get(r, c);
    cells.set(r, c, after);
    edits.push({ row: r, col: c, cell: cellAddress(r, c), field, before, after });
  };

  // Title lines: years moved where a line names the plan's year, outside dates (dates there are documents').
  const headerStart = (plan.headerRows[0] ?? 1) - 1;
  const oRow = grid.origin?.row ?? 0;
  const oCol = grid.origin?.col ?? 0;
  for (let r = oRow; r < headerStart; r++) {
    const row = rows[r - oRow] ?? [];
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (typeof v !== 'string' || isEmpty(v)) continue;
      const c = i + oCol;
      const tokens = yearTokens(v);
      if (tokens.length === 0) continue;
      const base = { cell: cellAddress(r, c), row: r + 1, number: '', field: 'title' as const };
      if (STAMP.test(v)) {
        unmoved.push({ ...base, text: v, reason: 'stamp' });
        continue;
      }
      const plain = tokens.filter((t) => t.day === undefined);
      const result = shiftYears(v, shift, plain);
      if (result.moved) {
        edit(r, c, 'title', result.text);
        moved.push({ ...base, before: v, after: result.text });
      } else if (result.reason !== 'no-year') unmoved.push({ ...base, text: v, reason: result.reason });
    }
  }
  // Year sub-columns of a programme's header (`2024 | 2025`) move with it.
  for (const hr of plan.headerRows) {
    const row = rows[hr - 1 - oRow] ?? [];
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';
      const m = HEADER_YEAR.exec(text.trim());
      if (!m || !years.includes(Number(m[1]))) continue;
      const result = shiftYears(text, shift);
      if (!result.moved) continue;
      const c = i + oCol;
      edit(hr - 1, c, 'header', typeof v === 'number' ? Number(result.text) : result.text);
      moved.push({
        cell: cellAddress(hr - 1, c),
        row: hr,
        number: '',
        field: 'header',
        before: text,
        after: result.text,
      });
    }
  }

  const col = plan.columns;
  const newDeadline = new Map<number, string>();
  for (const m of plan.measures) {
    if (col.deadline !== undefined) moveDeadline(m, col.deadline);
    for (const key of ['execution', 'status', 'actualDate'] as const satisfies readonly ColumnKey[]) {
      const c = col[key];
      if (c === undefined) continue;
      for (const row of measureRows(m)) {
        const [hr, hc] = cells.holder(row - 1, c);
        if (!isEmpty(cells.get(hr, hc))) edit(hr, hc, key, null);
      }
    }
  }

  function moveDeadline(m: Measure, c: number): void {
    const [r, cc] = cells.holder(m.row - 1, c);
    const key = `${r}:${cc}`;
    if (edited.has(key)) {
      const done = moved.find((x) => x.cell === cellAddress(r, cc));
      if (done) newDeadline.set(m.row, done.after);
      return;
    }
    const value = cells.get(r, cc);
    const text = m.deadline.text;
    const base = { cell: cellAddress(r, cc), row: m.row, number: m.number, field: 'deadline' as const };
    const tokens = yearTokens(text);
    if (tokens.length === 0) return;
    if (m.deadline.kind === 'unrecognised') {
      if (tokens.some((t) => years.includes(t.year))) unmoved.push({ ...base, text, reason: 'unrecognised' });
      return;
    }
    const result = shiftYears(text, shift, tokens);
    if (!result.moved) {
      if (result.reason === 'no-such-day')
        unmoved.push({ ...base, text, reason: result.reason, date: result.date });
      else if (result.reason === 'other-year') unmoved.push({ ...base, text, reason: result.reason });
      return;
    }
    const again = parseDeadline(result.text, { period: to });
    if (!sameMeaning(m.deadline, again, shift.by)) {
      unmoved.push({ ...base, text, reason: 'changes-meaning' });
      return;
    }
    edit(r, cc, 'deadline', movedValue(value, result.text, shift.by, grid.date1904 === true));
    moved.push({ ...base, before: text, after: result.text });
    newDeadline.set(m.row, result.text);
  }

  const notes = officerNotes(plan, years, newDeadline);

  return {
    from: { from: plan.period.from, to: plan.period.to },
    to,
    by: shift.by,
    grid: { ...grid, rows, merges: grid.merges?.map((m) => ({ ...m })) },
    edits,
    moved,
    unmoved,
    ...notes,
  };
}

/**
 * The moved deadline as a cell value of the kind the old one was: a date cell stays a date (moved by whole
 * years), a serial number stays a serial number, text becomes the moved text.
 */
function movedValue(before: CellValue, text: string, by: number, date1904: boolean): CellValue {
  if (isDateCell(before)) return { date: shiftDate(before.date, by) } satisfies DateCell;
  if (typeof before === 'number') {
    const iso = serialToIso(before, date1904);
    if (iso && dateLikeText(before, date1904) !== cellText(before)) return { date: shiftDate(iso, by) };
  }
  return text;
}
