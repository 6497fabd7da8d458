// Why a workbook could not be read, as one line in Ukrainian and English: the CLI prints it as is.

export type WorkbookReadErrorCode =
  | 'not-found'
  | 'not-xlsx'
  | 'encrypted'
  | 'old-xls'
  | 'corrupt'
  | 'no-sheets'
  /** Over one of READ_LIMITS (src/node/read-limits.ts): the file, a part, the cells or the merges. */
  | 'too-large';

export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';

  constructor(
    readonly code: WorkbookReadErrorCode,
    readonly messageUk: string,
    readonly messageEn: string,
  ) {
    super(`${messageUk} / ${messageEn}`.replace(/[\r\n]+/g, ' '));
  }
}

export function isWorkbookReadError(err: unknown): err is WorkbookReadError {
  return err instanceof WorkbookReadError;
}
