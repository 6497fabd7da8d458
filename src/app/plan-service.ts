// What the task pane and the ribbon command need from a host, whatever the host is. The Excel host
// implements it over Office.js; tests and the browser stand-in implement it over fakes. UI code depends
// on this interface only, never on Office.js directly.
import type { Finding, Period, Summary } from '../core/types';
import type { Lang } from '../core/i18n/lang';
import type { ChangeKind, SnapshotChange } from '../core/year/changes';
import type { MeasureNote, UnmovedText } from '../core/year/next-year';
import type { MergePreference } from '../core/requests/merge-types';
import type { AnswersApplied, AnswersPreview, AnswerUpload, RequestsMade } from './requests-service';

export interface CheckResult {
  sheetName: string;
  period: Period;
  asOf: string;
  sectionCount: number;
  measureCount: number;
  findings: Finding[];
  summary: Summary;
  /** The reporting period checked for, when the settings name one (deadlines judged as of its end). */
  reportPeriod?: ReportPeriodInfo;
  /** Whether the responsible persons were checked against a list of positions (`unknown-responsible`). */
  positionsChecked?: boolean;
  /** Which input dropdowns can be added to this plan (the pane disables what cannot apply, saying why). */
  inputHelpers?: HelperReadiness;
}

export interface HelperReadiness {
  status: 'ready' | 'no-column';
  responsible: 'ready' | 'no-column' | 'no-positions';
}

/** One dropdown of «Додати списки для введення»: added, or why not. */
export interface HelperOutcome {
  what: 'status' | 'responsible';
  /** The column's heading as the plan writes it, and its cells (`D7:D37`). */
  heading?: string;
  address?: string;
  /** Why it was not added. */
  reason?: 'no-column' | 'no-positions' | 'own-validation';
  /** The positions went onto this (hidden) sheet of ours because the list is too long for an inline one. */
  listSheet?: string;
}

export interface InputHelpersResult {
  added: HelperOutcome[];
  skipped: HelperOutcome[];
}

/** A cell whose extra spaces «Прибрати зайві пробіли» would remove: its text now and after. */
export interface SpaceFix {
  cell: string;
  before: string;
  after: string;
}

export interface SpacesPreview {
  sheet: string;
  fixes: SpaceFix[];
}

export interface SpacesResult {
  /** Cells written. */
  changed: string[];
  /** Cells left as they are: changed since the preview, or holding a formula. */
  skipped: string[];
}

export interface ReportPeriodInfo {
  /** `2024-H1`, `2024-Q3`, `2024-9M`, `2024`, `2024-02-01..2024-04-30`. */
  code: string;
  from: string;
  to: string;
  /** Measures whose deadline begins after the period: not findings, their reports come later. */
  notYetDue: number;
}

export interface GenerateResult {
  /** Names of the sheets written (execution table first, then summary). */
  sheets: string[];
  /** Our earlier sheets the user had changed: kept under another name instead of being replaced. */
  kept?: { sheet: string; keptAs: string }[];
  /** What the user should be told besides the sheets written (in the user's language). */
  notes?: string[];
}

export interface PaneSettings {
  /** Sheet holding the plan; null = the active sheet (or the first that holds a plan). */
  planSheet: string | null;
  /** As-of date YYYY-MM-DD; null = today. */
  asOf: string | null;
  /** The office's list of positions for `unknown-responsible`; empty = not checked (unless a positions sheet exists). */
  positions: string[];
  /** UI language; null = follow Office's display language. */
  language: Lang | null;
  highlights: boolean;
  /** The reporting period of checks, reports and snapshots (`2024-H1` …, the core's codes); null = the plan's whole period. */
  period?: string | null;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  planSheet: null,
  asOf: null,
  positions: [],
  language: null,
  highlights: false,
  period: null,
};

/** A feature the running Excel cannot do, and which Excel brings it. */
export interface MissingFeature {
  feature:
    | 'live-validation'
    | 'highlights'
    | 'input-helpers'
    | 'chart'
    | 'generate'
    | 'settings'
    | 'snapshot'
    | 'next-year';
  requirement: string; // e.g. 'ExcelApi 1.7'
}

export type ServiceErrorCode =
  | 'no-plan' // no sheet holds a plan
  | 'sheet-not-found'
  | 'protected' // the workbook or a sheet is protected
  | 'too-large' // a request exceeded Excel's payload limit even after chunking
  | 'workbook-closed'
  | 'requirement-missing'
  | 'busy' // a report is being generated in this workbook right now (by the pane or the ribbon)
  | 'bad-period' // the reporting period in the settings lies outside the plan's
  | 'plan-changed' // the plan changed between the preview of answers and their apply
  | 'unexpected';

/** What changed between two snapshots (the core's changes), as the pane lists them. */
export interface ChangesList {
  since: string;
  asOf: string;
  /** The sheet the earlier state was read from. */
  sinceSheet: string;
  changes: SnapshotChange[];
  counts: Record<ChangeKind, number>;
}

export interface SnapshotResult {
  /** The date of the state recorded. */
  asOf: string;
  /** The snapshot sheet, then the changes sheet when an earlier snapshot is kept in the workbook. */
  sheets: string[];
  /** Our snapshot of the same date was replaced, not duplicated. */
  replaced: boolean;
  changes: ChangesList | null;
  /** Our earlier sheets the user had changed: kept under another name instead of being replaced. */
  kept?: { sheet: string; keptAs: string }[];
  notes?: string[];
}

export interface ChangesResult {
  /** The date the plan is seen as of. */
  asOf: string;
  /** Dates of the snapshots kept in the workbook, oldest first. */
  snapshots: string[];
  /** Since the last snapshot up to the as-of date; null when there is none. */
  changes: ChangesList | null;
}

export interface NextYearResult {
  /** This plan's period and the new plan's. */
  from: Period;
  to: Period;
  /** The new workbook's sheets: the plan, the list of positions if kept, the officer's list. */
  sheets: string[];
  /** Deadlines whose years were moved. */
  movedDeadlines: number;
  /** Not done this year: kept in the new plan, marked. */
  carriedOver: MeasureNote[];
  /** One-off measures done this year: candidates to drop. */
  dropCandidates: MeasureNote[];
  /** Deadlines (and title lines) not moved, quoted, with why. */
  unmoved: UnmovedText[];
  /** The measure that says to draft this very plan, with its moved deadline. */
  draftsThisPlan: (MeasureNote & { newDeadline: string })[];
  /** Measure texts naming a year, left as written (listed in the new workbook). */
  yearInText: number;
}

/** An error the UI can explain: a code for what to do next and a plain message. */
export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export interface PlanService {
  /** Office's display language, e.g. `uk-UA`. */
  displayLanguage(): string;
  /** Features this Excel lacks (empty on a current Excel). */
  missingFeatures(): MissingFeature[];
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
  listSheets(): Promise<string[]>;
  /** Read the plan sheet and validate it as of the settings' date. */
  check(): Promise<CheckResult>;
  /** Build and write the execution table and summary sheets; progress is a fraction 0..1. */
  generate(onProgress?: (fraction: number) => void): Promise<GenerateResult>;
  /** Activate the sheet and select the cell (`E25`). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Show or clear highlights of the findings' cells without touching the user's own formats. */
  setHighlights(on: boolean, findings: Finding[]): Promise<void>;
  /** Call `onChange` (debounced) after the user edits the plan sheet; returns a function that stops watching. */
  watchPlan(onChange: () => void): Promise<() => Promise<void>>;
  /** Add dropdowns of status words and positions to the plan sheet's columns, on the user's request. */
  addInputHelpers(): Promise<InputHelpersResult>;
  /** The plan's cells with extra spaces and what they would become; nothing is written. */
  previewSpaces(): Promise<SpacesPreview>;
  /**
   * Write the preview's texts (values only, one batch), after the user confirmed it; a cell changed since the
   * preview, or holding a formula, is left as it is.
   */
  fixSpaces(preview: SpacesPreview): Promise<SpacesResult>;
  /** A new sheet with a small example plan, marked as an example, activated; its name is returned. */
  insertSamplePlan(): Promise<string>;
  /**
   * Record the plan's monitoring state as of the settings' date (or the period's end) in a sheet of ours,
   * `Стан на 30.06.2024`, with the changes since the last snapshot; the plan sheet is only read. Our snapshot
   * of the same date is replaced. One at a time per workbook, like generate.
   */
  takeSnapshot(onProgress?: (fraction: number) => void): Promise<SnapshotResult>;
  /** What changed since the last snapshot kept in the workbook, as of the settings' date; nothing is written. */
  changesSinceSnapshot(): Promise<ChangesResult>;
  /** Next year's plan drafted from this one, opened as a new workbook; this workbook is not changed. */
  createNextYearPlan(): Promise<NextYearResult>;
  /**
   * One request workbook per responsible person (as `plan-report requests`), opened as new workbooks where
   * Excel can (ExcelApi 1.8), else handed back for the pane to offer as downloads; this workbook is only read.
   */
  createRequests(due: string): Promise<RequestsMade>;
  /** The answer files merged against the plan as it is now (as `plan-report merge`); nothing is written. */
  previewAnswers(files: AnswerUpload[], prefer: MergePreference): Promise<AnswersPreview>;
  /**
   * Writes the previewed changes into the plan sheet (values only), on the user's confirmation; refuses
   * with `plan-changed` when the plan's cells are no longer what the preview saw.
   */
  /** Writes the preview's changes but those in `leftOut` (cells, `E27`, the user unticked). */
  applyAnswers(
    files: AnswerUpload[],
    preview: AnswersPreview,
    leftOut?: readonly string[],
  ): Promise<AnswersApplied>;
}
