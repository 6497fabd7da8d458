// Values of the answer cells: dates as a sheet may hold them (a date cell, a serial number, a typed text),
// and status words. Pure conversions shared by the request builder (what it pre-fills) and the merge.
import { expandYear, isoDate, isValidDay } from '../calendar';
import { isDateCell, isErrorCell, type CellValue } from '../grid';
import { cellText, serialToIso } from '../plan/cell-text';
import { statusFromColumn } from '../status/status-words';
import type { Status } from '../types';
import { textPrint } from './keys';
import { REQUEST_STATUSES } from './labels';

// Matched on the trimmed text: `\s*…?\s*$` at the end backtracks over every blank of a long run (quadratic).
const DOTTED = /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?:\s*(?:р\.?|року))?$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `05.01.2023`, `5.1.23`, `05.01.2023 р.`, `2023-01-05` -> `2023-01-05`; anything else null. */
export function parseDateText(raw: string): string | null {
  const text = raw.trim();
  const dotted = DOTTED.exec(text);
  const iso = dotted ? null : ISO.exec(text);
  const [y, m, d] = dotted
    ? [expandYear(dotted[3]), Number(dotted[2]), Number(dotted[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  return isValidDay(y, m, d) ? isoDate(y, m, d) : null;
}

/** The calendar date a cell holds, or null when it holds none. */
export function cellDate(v: CellValue): string | null {
  if (v === null) return null;
  if (isDateCell(v)) return v.date;
  if (isErrorCell(v)) return null;
  if (typeof v === 'number') return v > 20000 && v < 80000 ? serialToIso(v) : null;
  return typeof v === 'string' ? parseDateText(v) : null;
}

/** Excel's serial day of a date (1900 system: serial 1 is 1900-01-01, with its fictitious 29 February). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 31)) / 86400000;
  return days >= 60 ? days + 1 : days;
}

/** Fingerprint of a date cell: the date when it holds one, its text otherwise. */
export function datePrint(v: CellValue): string {
  const date = cellDate(v);
  return textPrint(date ?? cellText(v));
}

/** The status a status answer names, when it is one of the five words (any case); null otherwise. */
export function answerStatus(text: string): Status | null {
  const found = statusFromColumn(text);
  if (!found || !REQUEST_STATUSES.includes(found.status)) return null;
  // The whole cell must be the words: `Виконано, але …` is a remark for the execution text, not a status.
  return found.words.trim().length === text.trim().length ? found.status : null;
}

/** `2024-01-15` + 14 days -> `2024-01-29` (UTC arithmetic: no time zone can shift the day). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * 86400000).toISOString().slice(0, 10);
}
