// A request workbook (the core's description, core/requests) as .xlsx bytes in the browser: the task pane
// makes the same file the CLI makes with ExcelJS (src/node/request-workbook.ts) — the visible sheet with its
// locked plan texts, unlocked answer cells, the status dropdown, the date check, the hidden key column and
// sheet protection without a password, then the very hidden data sheet — so that either host's merge takes
// a request either host made.
import type { SheetSpec } from '../core/report/sheet-spec';
import type { RequestWorkbookSpec } from '../core/requests/request-spec';
import { writeXlsx, type XlsxOptions } from './index';

/** The data sheet's values as a plain sheet: no styles, no print setup of note. */
function dataSheet(spec: RequestWorkbookSpec): SheetSpec {
  return {
    name: spec.data.name,
    // Never shown, never marked: its marker row (A1) is what makes the file a request.
    role: 'execution-table',
    values: spec.data.values,
    styles: {},
    bands: [],
    merges: [],
    columnWidths: [],
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: false },
  };
}

export function requestXlsx(spec: RequestWorkbookSpec, opts: XlsxOptions = {}): Uint8Array {
  const { sheet } = spec;
  // A request is not a generated report sheet: written with no mark of ours (as the CLI takes its mark off).
  const visible: SheetSpec = { ...sheet, role: 'execution-table' };
  return writeXlsx(
    [
      {
        spec: visible,
        markName: null,
        hiddenColumns: sheet.hiddenColumns,
        unlocked: sheet.unlocked,
        validations: sheet.validations,
        protection: { allow: sheet.protection.allow },
      },
      { spec: dataSheet(spec), markName: null, state: spec.data.state },
    ],
    opts,
  );
}
