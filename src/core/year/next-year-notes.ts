// The officer's list for next year's plan: what the draft cannot decide by itself. Measures not done this
// year (carried over), one-off measures already done (candidates to drop), the measure that says to draft
// this very plan, and measure texts naming a year (only deadlines and titles are moved: these are listed).
import { cellAddress } from '../grid';
import type { Measure, Plan, Status } from '../types';
import { yearTokens } from './shift-years';
import { measureRows } from '../plan/measure-rows';

export interface MeasureNote {
  row: number;
  number: string;
  measure: string;
  deadline: string;
  status: Status;
}

export interface YearInText {
  row: number;
  number: string;
  cell: string;
  field: 'measure' | 'responsible' | 'indicators' | 'risk' | 'notes';
  text: string;
  years: number[];
}

export interface OfficerNotes {
  /** Not done this year: kept, and marked in the new sheet. */
  carriedOver: MeasureNote[];
  /** One-off measures already done this year: the officer may drop them. */
  dropCandidates: MeasureNote[];
  /** The measure that says to draft and approve the next plan (the seed's measure 27). */
  draftsThisPlan: (MeasureNote & { newDeadline: string })[];
  /** Measure texts naming a year: not changed (only deadlines and titles move), listed to check. */
  yearInText: YearInText[];
  /** 1-based sheet rows of the carried-over measures (every row of each), to mark. */
  carriedRows: number[];
}

const NOT_DONE: ReadonlySet<Status> = new Set([
  'none',
  'not-done',
  'not-started',
  'in-progress',
  'partly-done',
]);
const DRAFT_VERB = /(?:розроб|підготов|склад|затвердж|прийнят)\p{L}*/iu;
const THE_PLAN =
  /план\p{L}*\s+(?:заходів|роботи\s+щодо\s+запобігання)|антикорупційн\p{L}*\s+програм|програм\p{L}*\s+(?:заходів\s+)?(?:щодо\s+)?запобігання/iu;
const NEXT_YEAR_WORD = /наступн\p{L}*\s+(?:рік|року|роки|період)/iu;
const TEXT_FIELDS = [
  ['measure', 'measure'],
  ['responsible', 'responsibleText'],
  ['indicators', 'indicators'],
  ['risk', 'risk'],
  ['notes', 'notes'],
] as const;

/** The list for a plan of `years`; `newDeadline` has the moved deadline of each measure (by row). */
export function officerNotes(
  plan: Plan,
  years: readonly number[],
  newDeadline: ReadonlyMap<number, string>,
): OfficerNotes {
  const note = (m: Measure): MeasureNote => ({
    row: m.row,
    number: m.number,
    measure: m.measure,
    deadline: m.deadline.text,
    status: m.status.status,
  });
  const nextYear = years[years.length - 1] + 1;
  const drafts = plan.measures.filter(
    (m) =>
      DRAFT_VERB.test(m.measure) &&
      THE_PLAN.test(m.measure) &&
      (yearTokens(m.measure).some((t) => t.year === nextYear) || NEXT_YEAR_WORD.test(m.measure)),
  );
  const drafting = new Set(drafts.map((m) => m.row));
  const carried = plan.measures.filter(
    (m) => m.deadline.kind !== 'conditional' && NOT_DONE.has(m.status.status),
  );
  const drop = plan.measures.filter(
    (m) => m.deadline.kind === 'period' && m.status.status === 'done' && !drafting.has(m.row),
  );
  const yearInText: YearInText[] = [];
  for (const m of plan.measures) {
    for (const [field, prop] of TEXT_FIELDS) {
      const text = m[prop];
      const c = plan.columns[field];
      if (!text || c === undefined) continue;
      const found = [...new Set(yearTokens(text).map((t) => t.year))];
      if (found.length > 0)
        yearInText.push({
          row: m.row,
          number: m.number,
          cell: cellAddress(m.row - 1, c),
          field,
          text,
          years: found,
        });
    }
  }
  return {
    carriedOver: carried.map(note),
    dropCandidates: drop.map(note),
    draftsThisPlan: drafts.map((m) => ({
      ...note(m),
      newDeadline: newDeadline.get(m.row) ?? m.deadline.text,
    })),
    yearInText,
    carriedRows: carried.flatMap(measureRows),
  };
}
