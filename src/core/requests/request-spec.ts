// What a request workbook is, as a description (no I/O): the visible sheet for the person to fill, and a
// very hidden data sheet that marks the file as our request for one plan and carries the fingerprints the
// merge checks. Every host renders the same description (the CLI with ExcelJS; the task pane, next, with the
// same renderer loaded on demand, since Office.js can only open a new workbook from a file's bytes).
import type { SheetSpec, SpecRange, SpecValue } from '../report/sheet-spec';

/** Days a department gets to answer when no reply-by date is given (both hosts). */
export const DEFAULT_REPLY_DAYS = 14;

/** The cells a person fills, in the plan's terms. */
export const ANSWER_FIELDS = ['execution', 'status', 'actualDate'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** The locked cells copied from the plan. */
export const LOCKED_FIELDS = ['number', 'measure', 'deadline'] as const;
export type LockedField = (typeof LOCKED_FIELDS)[number];

export type RequestValidation =
  | {
      kind: 'list';
      range: SpecRange;
      /** The allowed words, shown as a dropdown. */
      values: string[];
      prompt: string;
      error: string;
    }
  | {
      kind: 'date';
      range: SpecRange;
      /** Allowed dates, YYYY-MM-DD, inclusive. */
      from: string;
      to: string;
      prompt: string;
      error: string;
    };

/** The visible sheet: a SheetSpec (cells, styles, merges, widths, print) plus what makes it a form. */
export interface RequestSheetSpec extends Omit<SheetSpec, 'role' | 'charts'> {
  role: 'request';
  /** Cells left unlocked for the answers; every other cell is locked by the sheet's protection. */
  unlocked: SpecRange[];
  validations: RequestValidation[];
  /** 0-based columns hidden (the key column). */
  hiddenColumns: number[];
  /**
   * Sheet protection without a password: it stops accidental edits of the locked cells, not a person who
   * means to (Review › Unprotect Sheet). Sorting, filtering and resizing stay allowed.
   */
  protection: { password: ''; allow: ('sort' | 'autoFilter' | 'formatColumns' | 'formatRows')[] };
  /** 0-based columns of the table, for the hosts and the reader of answers. */
  columns: Record<LockedField | AnswerField | 'key', number>;
  /** 0-based row of the table's header. */
  headerRow: number;
}

/** The very hidden sheet (only VBA can show it): a marker row, the request's facts, the fingerprints. */
export interface RequestDataSheet {
  name: string;
  state: 'veryHidden';
  values: SpecValue[][];
}

export interface RequestMeasure {
  /** 1-based row of the measure in the plan, and its number as written. */
  planRow: number;
  number: string;
  key: string;
}

export interface RequestWorkbookSpec {
  /** A file name safe on Windows, macOS and Linux (see file-names.ts). */
  fileName: string;
  /** The person as the summary names them, and the key their spellings share. */
  person: string;
  personKey: string;
  measures: RequestMeasure[];
  sheet: RequestSheetSpec;
  data: RequestDataSheet;
}

export interface RequestSet {
  requests: RequestWorkbookSpec[];
  /** Measures that name nobody responsible: no request carries them. */
  unassigned: { planRow: number; number: string; measure: string }[];
  asOf: string;
  due: string;
}
