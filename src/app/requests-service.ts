// What the pane's «Запити підрозділам» section needs from a host: request workbooks made from the plan, and
// the departments' answer files merged into the plan sheet — shown first, written only on confirmation.
import type { CellChange, MergePreference, MergeReport } from '../core/requests/merge-types';

/** An answer file the user picked, as its bytes. */
export interface AnswerUpload {
  name: string;
  bytes: Uint8Array;
}

export interface RequestFile {
  fileName: string;
  person: string;
  /** Numbers of the measures it carries, in plan order. */
  measures: string[];
  bytes: Uint8Array;
  /** Opened by Excel as a new workbook (ExcelApi 1.8); otherwise the pane offers it as a download. */
  opened: boolean;
}

export interface RequestsMade {
  sheetName: string;
  asOf: string;
  due: string;
  files: RequestFile[];
  /** Measures that name nobody responsible: in no request. */
  unassigned: { row: number; number: string }[];
  /** Why the files were not opened as new workbooks, when they were not (the pane says so). */
  notOpened?: 'no-create-workbook' | 'too-large';
}

export interface AnswersPreview {
  sheetName: string;
  prefer: MergePreference;
  /** In plan order; applied together, but for those the user leaves out (by cell). */
  changes: CellChange[];
  report: MergeReport;
  /** The plan's cells the changes depend on, as read for the preview: applying refuses when they changed. */
  token: string;
}

export interface AnswersApplied {
  sheetName: string;
  /** Plan cells written (`E27`). */
  cells: string[];
}
