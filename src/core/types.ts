// The domain's plain data: what the plan reader produces and every later step consumes.
// Words in string unions (deadline kinds, statuses, rule ids, severities) are public: the CLI's --json
// prints them, so they stay stable once released.

/** Inclusive calendar range, dates as YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

// ---- Deadlines -------------------------------------------------------------------------------------

export const DEADLINE_KINDS = [
  'continuous',
  'period',
  'periodic',
  'conditional',
  'unrecognised',
  'missing',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type Periodicity = 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';

export interface Deadline {
  kind: DeadlineKind;
  /** The cell's text exactly as written. */
  text: string;
  /** First and last day the measure is due in, YYYY-MM-DD; null for conditional, unrecognised, missing. */
  from: string | null;
  to: string | null;
  /** For `periodic`: how often. */
  periodicity?: Periodicity;
  /** True when the phrase gave no year and the plan's year was taken. */
  yearAssumed?: boolean;
}

/** What the deadline parser needs to know about the plan it reads for. */
export interface DeadlineContext {
  /** The plan's period: continuous and periodic deadlines span it; phrases without a year take its first year. */
  period: Period | null;
}

// ---- Status ----------------------------------------------------------------------------------------

export const STATUSES = [
  'done',
  'partly-done',
  'in-progress',
  'not-done',
  'not-started',
  'no-grounds',
  'none',
] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusInfo {
  status: Status;
  /** Where it came from: the status column, inferred from the execution text, or nothing written. */
  source: 'column' | 'text' | 'empty';
  /** The words that decided it, as found in the text, so a person can see why. */
  evidence: string[];
}

// ---- Plan ------------------------------------------------------------------------------------------

export const COLUMN_KEYS = [
  'number',
  'measure',
  'deadline',
  'responsible',
  'execution',
  'status',
  'actualDate',
  'indicators',
  'risk',
  'notes',
  // The NAZK risk register's own columns (Methodology 830/21).
  'riskLevel',
  'resources',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** Column mapping: field -> 0-based sheet column. */
export type ColumnMap = Partial<Record<ColumnKey, number>>;

export interface Section {
  /** 1-based sheet row. */
  row: number;
  /** Roman numeral normalised to Latin capitals (`I`, `II`, `IV`), or null for a group row without one. */
  numeral: string | null;
  /** Title without the numeral, trimmed. */
  title: string;
  /** The cell's text exactly as written. */
  text: string;
}

export interface Measure {
  /** 1-based sheet row: the first of the measure's rows. */
  row: number;
  /**
   * 1-based first and last sheet rows the measure takes: a plan pasted from Word puts each paragraph of a cell
   * on its own row. Absent on measures built by hand (tests, other hosts): then it is `[row, row]`.
   */
  rows?: [number, number];
  /** For a measure over several rows: per field, the 1-based row its text starts on when not `row`. */
  fieldRows?: Partial<Record<ColumnKey, number>>;
  /** For a measure over several rows: the 1-based row each of `responsible` is written on. */
  responsibleRows?: number[];
  /** As written: `1`, `1.`, `1.1`, `1)`; empty string when the row has no number. */
  number: string;
  /** Index into Plan.sections, or null before the first section. */
  section: number | null;
  /** Texts exactly as written in the cells (empty string for an empty cell). */
  measure: string;
  deadline: Deadline;
  responsibleText: string;
  /** The responsible persons split out of the cell, each trimmed of blanks and stray punctuation. */
  responsible: string[];
  execution: string;
  statusText?: string;
  actualDate?: string;
  indicators?: string;
  risk?: string;
  notes?: string;
  riskLevel?: string;
  resources?: string;
  status: StatusInfo;
}

export interface Plan {
  sheetName: string;
  /** Title lines above the header, as written (line breaks inside a cell kept). */
  title: string[];
  period: Period & { source: 'title' | 'deadlines' | 'caller' | 'default' };
  columns: ColumnMap;
  /** 1-based sheet rows of the header (1–3 rows). */
  headerRows: number[];
  /** 1-based sheet row of the column-number row under the header, if any. */
  numberRow: number | null;
  sections: Section[];
  measures: Measure[];
  /** The sheet's extent as read: 1-based last row and 0-based last column. */
  lastRow: number;
  lastColumn: number;
}

export interface ReadOptions {
  /** Override the detected columns (0-based sheet columns). */
  columns?: ColumnMap;
  /** Set the plan's period instead of detecting it. */
  period?: Period;
  /** Today's date (YYYY-MM-DD), for the default period when nothing gives one. */
  today?: string;
}

/** Why a sheet could not be read as a plan. */
export interface PlanReadError {
  code: 'no-header' | 'no-measures' | 'empty-sheet';
  sheetName: string;
  /** What was looked for, for the message. */
  details: string;
}

export type ReadResult = { ok: true; plan: Plan } | { ok: false; error: PlanReadError };

// ---- Findings --------------------------------------------------------------------------------------

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type MessageParams = Record<string, string | number>;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** `E25` */
  cell: string;
  /** 1-based sheet row and 0-based column of the cell. */
  row: number;
  column: number;
  /** The measure's number as written, when the finding is about a measure. */
  measureNumber?: string;
  /** Parameters of the rule's message (see i18n). */
  params: MessageParams;
}

export interface ValidateOptions {
  /** The date the plan is judged as of, YYYY-MM-DD. */
  asOf: string;
  /** The office's list of positions; absent means `unknown-responsible` is not checked. */
  positions?: string[];
  /** Days ahead for `due-soon` (default 30). */
  dueSoonDays?: number;
}

// ---- Summary ---------------------------------------------------------------------------------------

export type StatusCounts = Record<Status, number>;

export interface SummaryGroup {
  label: string;
  total: number;
  byStatus: StatusCounts;
}

export interface OverdueMeasure {
  row: number;
  number: string;
  /** Address of the execution cell, e.g. `E25`. */
  cell: string;
  deadlineTo: string;
  responsible: string[];
  measure: string;
}

export interface Summary {
  asOf: string;
  total: number;
  byStatus: StatusCounts;
  /** One entry per section in order; measures before the first section under label ''. */
  bySection: (SummaryGroup & { numeral: string | null })[];
  /** Per normalised responsible person, most measures first; a measure with two persons counts for both. */
  byResponsible: SummaryGroup[];
  byDeadlineKind: Record<DeadlineKind, number>;
  findingsBySeverity: Record<Severity, number>;
  overdue: OverdueMeasure[];
}

// Rule ids are read off the one list of rules (rules/registry.ts), so a rule cannot exist without its id
// nor an id without its rule. Re-exported here, last, for the importers of the domain's words; nothing
// that the rules import may read a value of this file while modules load.
import type { RuleId } from './rules/registry';
export type { RuleId };
export { RULE_IDS } from './rules/registry';
