// What a merge of answers into the plan produces: the cell changes a host applies, and the report it shows.
// Rows are the plan's 1-based sheet rows (answer rows: the answer sheet's), columns 0-based, `cell` an address
// on the plan sheet (`E7`) or on the answer sheet for answer-side facts.
import type { ExtraRow } from './read-answers';
import type { AnswerField, LockedField } from './request-spec';

export type MergePreference = 'plan' | 'answers';

/** Where an answer came from. */
export interface AnswerSource {
  file: string;
  person: string;
  /** 1-based row and address on the answer sheet. */
  row: number;
  cell: string;
}

export type ChangeValue =
  | { kind: 'text'; text: string }
  /** A date: hosts write a date where the plan's cell is formatted as one, else the dotted text. */
  | { kind: 'date'; date: string; text: string }
  /** Empties a continuation row's cell of a measure spanning rows, when its answer replaced the text. */
  | { kind: 'clear' };

export interface CellChange {
  row: number;
  column: number;
  cell: string;
  field: AnswerField;
  measureNumber: string;
  value: ChangeValue;
  /** The plan cell's text before. */
  old: string;
  from: AnswerSource[];
  /** Written over a different text because the answers were preferred. */
  overwrites: boolean;
}

export type ConflictKind =
  /** The plan's cell already holds a different text. */
  | 'plan-differs'
  /** Two answers give different statuses or dates for one measure. */
  | 'answers-differ'
  /** The person emptied a cell that was sent filled: a merge never empties a plan cell. */
  | 'answer-cleared'
  /** The plan's cell holds a formula: never written. */
  | 'formula'
  /** The plan's cell is merged with another measure's, or lies inside a merged area: never written. */
  | 'shared-cell';

export interface Conflict {
  kind: ConflictKind;
  row: number;
  column: number;
  cell: string;
  field: AnswerField;
  measureNumber: string;
  /** The plan cell's text. */
  plan: string;
  answers: { text: string; from: AnswerSource[] }[];
  /** For `plan-differs` from one answer: whether the plan's text changed since the request was made. */
  planChangedSinceRequest: boolean | null;
  resolution: 'kept-plan' | 'took-answer';
}

/** Answers for a measure the plan no longer has (its text was changed or it was removed). */
export interface Orphan {
  file: string;
  person: string;
  row: number;
  key: string;
  number: string;
  measure: string;
  answers: Partial<Record<AnswerField, string>>;
}

export interface LockedChange {
  file: string;
  person: string;
  /** The answer sheet's cell. */
  cell: string;
  row: number;
  measureNumber: string;
  field: LockedField;
  /** What the answer shows, and what the plan says now. */
  text: string;
  planText: string | null;
}

export interface InvalidAnswer {
  file: string;
  person: string;
  cell: string;
  row: number;
  measureNumber: string;
  field: 'status' | 'actualDate';
  text: string;
  reason: 'not-a-status' | 'not-a-date';
}

/** Answers the plan has no column for: listed, never dropped silently. */
export interface UnplacedAnswer {
  field: AnswerField;
  planRow: number;
  measureNumber: string;
  text: string;
  from: AnswerSource[];
}

export type RejectReason =
  'unreadable' | 'not-request' | 'newer-version' | 'damaged' | 'other-period' | 'other-plan';

export interface FileOutcome {
  file: string;
  status: 'merged' | 'rejected' | 'superseded';
  person?: string;
  reason?: RejectReason;
  /** Technical detail of the reason (the reader's message, the other plan's title …). */
  details?: string;
  /** For `superseded`: the later file of the same person that was merged instead. */
  supersededBy?: string;
  /** Merged although the plan's title changed since the request (its measures were found). */
  planTitleChanged?: boolean;
}

export interface Respondent {
  person: string;
  personKey: string;
  file: string;
  /** Whether the plan still names this person. */
  inPlan: boolean;
  /** Measures sent, answered (something new written), returned unchanged. */
  measures: number;
  answered: number;
  unchanged: number;
  /** Numbers (as the plan writes them) of the measures whose row the person deleted. */
  deleted: string[];
  /** Rows re-attached to their measure by their texts (the key column was out of step). */
  realigned: number;
}

export interface MergeReport {
  prefer: MergePreference;
  files: FileOutcome[];
  respondents: Respondent[];
  /** Persons the plan names who sent no answer, with the numbers of their measures. */
  notAnswered: { person: string; measures: string[] }[];
  measures: {
    total: number;
    /** Measures with at least one new answer. */
    answered: number;
    /** Measures whose execution cell is still empty after the merge. */
    stillEmpty: { row: number; number: string; cell: string; responsible: string[] }[];
  };
  changes: CellChange[];
  conflicts: Conflict[];
  orphans: Orphan[];
  extraRows: (ExtraRow & { file: string; person: string })[];
  extraRowsOmitted: number;
  lockedChanged: LockedChange[];
  invalid: InvalidAnswer[];
  unplaced: UnplacedAnswer[];
}

export interface MergeResult {
  /** In plan order; apply all or none. */
  changes: CellChange[];
  report: MergeReport;
}
