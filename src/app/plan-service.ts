// What the task pane and the ribbon command need from a host, whatever the host is. The Excel host
// implements it over Office.js; tests and the browser stand-in implement it over fakes. UI code depends
// on this interface only, never on Office.js directly.
import type { Finding, Period, Summary } from '../core/types';
import type { Lang } from '../core/i18n/lang';

export interface CheckResult {
  sheetName: string;
  period: Period;
  asOf: string;
  sectionCount: number;
  measureCount: number;
  findings: Finding[];
  summary: Summary;
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
}

export const DEFAULT_SETTINGS: PaneSettings = {
  planSheet: null,
  asOf: null,
  positions: [],
  language: null,
  highlights: false,
};

/** A feature the running Excel cannot do, and which Excel brings it. */
export interface MissingFeature {
  feature: 'live-validation' | 'highlights' | 'input-helpers' | 'chart' | 'generate' | 'settings';
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
  | 'unexpected';

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
  addInputHelpers(): Promise<void>;
}
