// The first half of a merge: every accepted answer file, row by row, into what each measure was told per
// field (proposals), the cells a person emptied, and the answer-side facts of the report (who returned what,
// rows deleted or added, locked cells edited, values that are no status or date, measures the plan lost).
import { cellText } from '../plan/cell-text';
import { dottedDate } from '../calendar';
import { isBlank } from '../text';
import type { Measure, Plan } from '../types';
import { answerStatus, cellDate } from './answer-values';
import type { AnswerSource, MergeReport, Respondent } from './merge-types';
import { answerCell, answerChanged, type AnswerEntry, type AnswerFile } from './read-answers';
import { ANSWER_FIELDS, type AnswerField, type LockedField } from './request-spec';

export interface Proposal {
  text: string;
  /** For dates, YYYY-MM-DD. */
  date?: string;
  from: AnswerSource;
  /** Fingerprint of what the request sent for this cell. */
  sent: string;
}

type ByField<T> = Map<number, Partial<Record<AnswerField, T[]>>>;

export interface Collected {
  /** Answers per measure (index into plan.measures) and field, in file order. */
  proposals: ByField<Proposal>;
  /** Cells a person emptied, per measure and field. */
  cleared: ByField<AnswerSource>;
  /** Measures with at least one new answer. */
  answered: Set<number>;
  report: Pick<
    MergeReport,
    'respondents' | 'orphans' | 'extraRows' | 'extraRowsOmitted' | 'lockedChanged' | 'invalid'
  >;
}

function lockedPlanText(m: Measure, field: LockedField): string {
  return field === 'deadline' ? m.deadline.text : m[field];
}

function invalidAnswer(field: AnswerField, e: AnswerEntry): 'not-a-status' | 'not-a-date' | null {
  if (field === 'status') return answerStatus(e.status) ? null : 'not-a-status';
  if (field === 'actualDate') return cellDate(e.actualDate) ? null : 'not-a-date';
  return null;
}

export function collectAnswers(
  plan: Plan,
  answers: readonly AnswerFile[],
  index: ReadonlyMap<string, number>,
  personKeys: ReadonlySet<string>,
): Collected {
  const report: Collected['report'] = {
    respondents: [],
    orphans: [],
    extraRows: [],
    extraRowsOmitted: 0,
    lockedChanged: [],
    invalid: [],
  };
  // Answers per measure (index) and field, in file order; cells the person emptied.
  const proposals = new Map<number, Partial<Record<AnswerField, Proposal[]>>>();
  const cleared = new Map<number, Partial<Record<AnswerField, AnswerSource[]>>>();
  const answered = new Set<number>();
  const add = <T>(map: Map<number, Partial<Record<AnswerField, T[]>>>, i: number, f: AnswerField, v: T) => {
    const byField = map.get(i) ?? {};
    (byField[f] ??= []).push(v);
    map.set(i, byField);
  };

  for (const file of answers) {
    const { meta } = file;
    const respondent: Respondent = {
      person: meta.person,
      personKey: meta.personKey,
      file: file.file,
      inPlan: personKeys.has(meta.personKey),
      measures: meta.sent.size,
      answered: 0,
      unchanged: 0,
      deleted: file.missingKeys.flatMap((k) => {
        const i = index.get(k);
        return i === undefined ? [] : [plan.measures[i].number || `#${plan.measures[i].row}`];
      }),
      realigned: 0,
    };
    const answeredKeys = new Set<string>();
    const returnedKeys = new Set<string>();
    for (const e of file.entries) {
      const sent = meta.sent.get(e.key)!;
      const i = index.get(e.key);
      const m = i === undefined ? undefined : plan.measures[i];
      const source = (f: AnswerField | LockedField): AnswerSource => ({
        file: file.file,
        person: meta.person,
        row: e.row,
        cell: answerCell(e.row, file.columns[f]),
      });
      if (e.realigned) respondent.realigned++;
      for (const field of e.lockedChanged) {
        report.lockedChanged.push({
          file: file.file,
          person: meta.person,
          cell: source(field).cell,
          row: e.row,
          measureNumber: m?.number ?? e.locked.number,
          field,
          text: e.locked[field],
          planText: m ? lockedPlanText(m, field) : null,
        });
      }
      const texts: Record<AnswerField, string> = {
        execution: e.execution,
        status: e.status,
        actualDate: cellDate(e.actualDate) ? dottedDate(cellDate(e.actualDate)!) : cellText(e.actualDate),
      };
      const changed = ANSWER_FIELDS.filter((f) => file.columns[f] !== undefined && answerChanged(e, f, sent));
      const filled = changed.filter((f) => !isBlank(texts[f]));
      returnedKeys.add(e.key);
      if (filled.length > 0) answeredKeys.add(e.key);
      if (i === undefined || !m) {
        if (filled.length > 0)
          report.orphans.push({
            file: file.file,
            person: meta.person,
            row: e.row,
            key: e.key,
            number: e.locked.number,
            measure: e.locked.measure,
            answers: Object.fromEntries(filled.map((f) => [f, texts[f]])),
          });
        continue;
      }
      if (filled.length > 0) answered.add(i);
      for (const f of filled) {
        const invalid = invalidAnswer(f, e);
        if (invalid) {
          report.invalid.push({
            file: file.file,
            person: meta.person,
            cell: source(f).cell,
            row: e.row,
            measureNumber: m.number,
            field: f as 'status' | 'actualDate',
            text: texts[f],
            reason: invalid,
          });
          continue;
        }
        const date = f === 'actualDate' ? cellDate(e.actualDate)! : undefined;
        add(proposals, i, f, { text: texts[f], date, from: source(f), sent: sent[f] });
      }
      for (const f of changed) if (isBlank(texts[f])) add(cleared, i, f, source(f));
    }
    respondent.answered = answeredKeys.size;
    respondent.unchanged = [...returnedKeys].filter((k) => !answeredKeys.has(k)).length;
    report.respondents.push(respondent);
    report.extraRows.push(...file.extraRows.map((x) => ({ ...x, file: file.file, person: meta.person })));
    report.extraRowsOmitted += file.extraRowsOmitted;
  }
  return { proposals, cleared, answered, report };
}
