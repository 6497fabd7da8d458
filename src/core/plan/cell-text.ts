// Cell values -> the text a person sees in the cell. Strings stay exactly as written.
import { dottedDate } from '../calendar';
import { CellValue, isDateCell, isErrorCell } from '../grid';

/** Days from the 1900 system's day 0 to the 1904 system's (1904-01-01 is serial 1462 in the 1900 system). */
const DAYS_1904 = 1462;

/**
 * Excel serial day 1 is 1900-01-01, with the 1900 leap-year bug: serial 60 is the fictitious 1900-02-29.
 * In a 1904-system workbook day 0 is 1904-01-01.
 */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (date1904 && Number.isFinite(serial) && serial >= 0) serial += DAYS_1904;
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  const ms = Date.UTC(1899, 11, 31) + days * 86400000;
  const d = new Date(ms);
  return d.toISOString().slice(0, 10);
}

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateCell(v)) return dottedDate(v.date);
  if (isErrorCell(v)) return v.error;
  return '';
}

/**
 * Text of a cell expected to hold a date (deadline, actual date): numbers that look like serial dates become
 * dates. A serial with a time of day (`45000.5`, a date typed with a time or made by NOW()) is that day.
 */
export function dateLikeText(v: CellValue | undefined, date1904 = false): string {
  if (typeof v === 'number' && v > 20000 && v < 80000) {
    const iso = serialToIso(v, date1904);
    if (iso) return dottedDate(iso);
  }
  return cellText(v);
}

/** Excel's formula errors, as a cell shows them (`#REF!`, `#N/A`, `#DIV/0!` ...). */
const FORMULA_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

/** True for a cell showing a formula error: what it shows is kept, but it is no measure, person or report. */
export function isErrorText(text: string): boolean {
  return FORMULA_ERROR.test(text.trim());
}
