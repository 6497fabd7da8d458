// Plan + answer files -> the cell changes to make and the merge report. Pure: a host reads the files and the
// plan sheet's facts (formula cells, merged areas) and applies the changes — the CLI into a copy of the
// package, the add-in (next) into the plan sheet after the user confirms.
// The one rule: a non-empty plan cell that differs from the answer is never overwritten unless the answers
// are preferred; it is listed as a conflict. A merge never empties a plan cell's text.
import { cellAddress, type MergeArea } from '../grid';
import { dottedDate } from '../calendar';
import { measurePersons } from '../summary/persons';
import { isBlank } from '../text';
import type { Measure, Plan } from '../types';
import { acceptFiles } from './accept-files';
import { answerStatus, datePrint, parseDateText } from './answer-values';
import { requestPersons } from './build-requests';
import { collectAnswers, type Proposal } from './collect-answers';
import { canonicalText, measureKeys, textPrint } from './keys';
import { PlanCells, measureRows } from './measure-rows';
import type {
  AnswerSource,
  CellChange,
  Conflict,
  MergePreference,
  MergeReport,
  MergeResult,
} from './merge-types';
import type { AnswerFileRead } from './read-answers';
import { ANSWER_FIELDS, type AnswerField } from './request-spec';

export interface MergeOptions {
  /** `answers`: an answer replaces a different plan text (listed as a conflict all the same). */
  prefer?: MergePreference;
  /** Addresses (`E7`) of plan-sheet cells holding a formula: never written. */
  formulaCells?: ReadonlySet<string>;
  /** The plan sheet's merged areas (0-based): a cell shared by measures is never written. */
  merges?: readonly MergeArea[];
}

/** The plan's text in an answer field. */
function planText(m: Measure, field: AnswerField): string {
  if (field === 'execution') return m.execution;
  if (field === 'status') return m.statusText ?? '';
  return m.actualDate ?? '';
}

/** The form two answers (or an answer and the plan) are compared in. */
function compareKey(field: AnswerField, text: string): string {
  if (field === 'status') return answerStatus(text) ?? canonicalText(text).toLowerCase();
  if (field === 'actualDate') return parseDateText(text) ?? canonicalText(text);
  return canonicalText(text);
}

export function mergeAnswers(
  plan: Plan,
  reads: readonly AnswerFileRead[],
  opts: MergeOptions = {},
): MergeResult {
  const prefer = opts.prefer ?? 'plan';
  const keys = measureKeys(plan);
  const index = new Map(keys.map((k, i) => [k, i]));
  const { answers, outcomes } = acceptFiles(plan, reads, new Set(keys));
  const persons = requestPersons(plan);
  const cells = new PlanCells(plan.measures, opts.merges, opts.formulaCells);
  const personKeys = new Map(answers.map((a) => [a.file, a.meta.personKey]));
  const report: MergeReport = {
    prefer,
    files: outcomes,
    respondents: [],
    notAnswered: [],
    measures: { total: plan.measures.length, answered: 0, stillEmpty: [] },
    changes: [],
    conflicts: [],
    orphans: [],
    extraRows: [],
    extraRowsOmitted: 0,
    lockedChanged: [],
    invalid: [],
    unplaced: [],
  };

  const collected = collectAnswers(plan, answers, index, new Set(persons.map((p) => p.key)));
  const { proposals, cleared, answered } = collected;
  Object.assign(report, collected.report);
  report.measures.answered = answered.size;

  const written = new Set<number>();
  plan.measures.forEach((m, i) => {
    for (const field of ANSWER_FIELDS) {
      const list = proposals.get(i)?.[field] ?? [];
      const emptied = cleared.get(i)?.[field] ?? [];
      if (list.length > 0) resolve(m, field, list);
      else if (emptied.length > 0) clearedConflict(m, field, emptied);
    }
  });

  function resolve(m: Measure, field: AnswerField, list: Proposal[]): void {
    const col = plan.columns[field];
    const groups = new Map<string, { text: string; date?: string; from: AnswerSource[]; sent: string }>();
    for (const p of list) {
      const k = compareKey(field, p.text);
      const g = groups.get(k);
      if (g) g.from.push(p.from);
      else groups.set(k, { text: p.text, date: p.date, from: [p.from], sent: p.sent });
    }
    // In the order the plan's cell names the persons: the combined text reads as the plan lists them.
    const order = measurePersons(m).map((x) => x.key);
    const rank = (g: { from: AnswerSource[] }) => {
      const i = order.indexOf(personKeys.get(g.from[0].file) ?? '');
      return i < 0 ? order.length : i;
    };
    const distinct = [...groups.values()].sort((a, b) => rank(a) - rank(b));
    const from = distinct.flatMap((d) => d.from);
    const rows = measureRows(m);
    if (col === undefined) {
      for (const d of distinct)
        report.unplaced.push({
          field,
          planRow: rows[0],
          measureNumber: m.number,
          text: d.text,
          from: d.from,
        });
      return;
    }
    const cell = cellAddress(rows[0] - 1, col);
    const current = planText(m, field);
    const base = { row: rows[0], column: col, cell, field, measureNumber: m.number };
    const answersOf = () => distinct.map((d) => ({ text: d.text, from: d.from }));
    // Several departments report one measure: each one's text, in turn. A status or a date has to be one.
    if (distinct.length > 1 && field !== 'execution') {
      report.conflicts.push({
        ...base,
        kind: 'answers-differ',
        plan: current,
        answers: answersOf(),
        planChangedSinceRequest: null,
        resolution: 'kept-plan',
      });
      return;
    }
    const text = distinct.map((d) => d.text).join('\n');
    const date = distinct.length === 1 ? distinct[0].date : undefined;
    if (compareKey(field, current) === compareKey(field, text)) return; // the plan says so already
    const blocked = cells.blocked(rows[0], col);
    if (blocked) {
      report.conflicts.push({
        ...base,
        kind: blocked,
        plan: current,
        answers: answersOf(),
        planChangedSinceRequest: null,
        resolution: 'kept-plan',
      });
      return;
    }
    const value: CellChange['value'] = date
      ? { kind: 'date', date, text: dottedDate(date) }
      : { kind: 'text', text };
    if (isBlank(current)) {
      write({ ...base, value, old: current, from, overwrites: false }, rows);
      return;
    }
    const sentPrint = field === 'actualDate' ? datePrint(current) : textPrint(current);
    const conflict: Conflict = {
      ...base,
      kind: 'plan-differs',
      plan: current,
      answers: answersOf(),
      planChangedSinceRequest: distinct.length === 1 ? sentPrint !== distinct[0].sent : null,
      resolution: prefer === 'answers' ? 'took-answer' : 'kept-plan',
    };
    report.conflicts.push(conflict);
    if (prefer === 'answers') write({ ...base, value, old: current, from, overwrites: true }, rows);
  }

  function write(change: CellChange, rows: number[]): void {
    report.changes.push(change);
    if (change.field === 'execution') written.add(change.row);
    // The rest of a measure spanning rows: its old paragraphs go with the text they belonged to.
    if (!change.overwrites) return;
    for (const r of rows.slice(1)) {
      report.changes.push({
        ...change,
        row: r,
        cell: cellAddress(r - 1, change.column),
        value: { kind: 'clear' },
        old: '',
      });
    }
  }

  function clearedConflict(m: Measure, field: AnswerField, from: AnswerSource[]): void {
    const col = plan.columns[field];
    const current = planText(m, field);
    if (col === undefined || isBlank(current)) return;
    const row = measureRows(m)[0];
    report.conflicts.push({
      kind: 'answer-cleared',
      row,
      column: col,
      cell: cellAddress(row - 1, col),
      field,
      measureNumber: m.number,
      plan: current,
      answers: [{ text: '', from }],
      planChangedSinceRequest: null,
      resolution: 'kept-plan',
    });
  }

  const answeredPersons = new Set(answers.map((a) => a.meta.personKey));
  report.notAnswered = persons
    .filter((p) => !answeredPersons.has(p.key))
    .map((p) => ({ person: p.label, measures: p.measures.map((i) => plan.measures[i].number) }));
  const execCol = plan.columns.execution ?? plan.columns.measure ?? 0;
  for (const m of plan.measures) {
    const row = measureRows(m)[0];
    if (!isBlank(m.execution) || written.has(row)) continue;
    report.measures.stillEmpty.push({
      row,
      number: m.number,
      cell: cellAddress(row - 1, execCol),
      responsible: m.responsible,
    });
  }
  report.changes.sort((a, b) => a.row - b.row || a.column - b.column);
  return { changes: report.changes, report };
}
