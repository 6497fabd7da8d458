// Calendar arithmetic on plain numbers, results as YYYY-MM-DD strings (no Date objects: no time zones;
// the one exception, localToday, takes the host's clock reading and never reads a clock itself).
import type { Period } from './types';

/** Years a deadline may name; anything outside is a typo to report, not a date to trust. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    isPlausibleYear(year) &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `23` -> 2023: two-digit years in dates like `05.01.23` are this century's. */
export function expandYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? 2000 + n : n;
}

export function daySpan(year: number, month: number, day: number): Period | null {
  if (!isValidDay(year, month, day)) return null;
  const d = isoDate(year, month, day);
  return { from: d, to: d };
}

/** Months `first..last` (1-based, inclusive) of one year. */
export function monthsSpan(year: number, first: number, last: number): Period | null {
  if (!isPlausibleYear(year) || first < 1 || last > 12 || first > last) return null;
  return { from: isoDate(year, first, 1), to: isoDate(year, last, daysInMonth(year, last)) };
}

export function yearsSpan(first: number, last: number): Period | null {
  if (!isPlausibleYear(first) || !isPlausibleYear(last) || first > last) return null;
  return { from: isoDate(first, 1, 1), to: isoDate(last, 12, 31) };
}

/** The day `days` after a YYYY-MM-DD date (before it when negative), counted in UTC so no clock shift moves it. */
export function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The year of a YYYY-MM-DD string, or null when it does not start with one. */
export function yearOf(date: string): number | null {
  const m = /^(\d{4})-/.exec(date);
  return m ? Number(m[1]) : null;
}

/** `2024-01-15` -> `15.01.2024`, the way Ukrainian papers write dates; anything else as it is. */
export function dottedDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * The calendar day of `now` on the clerk's own clock, YYYY-MM-DD (not UTC's: at 01:00 in Kyiv UTC is still
 * yesterday). Hosts pass `new Date()`; the core never reads a clock.
 */
export function localToday(now: Date): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * A spreadsheet serial -> the calendar day. 1900 system: serial 1 = 1900-01-01, 60 is the phantom
 * 1900-02-29. 1904 system (File › Options › Advanced; Mac workbooks of old): serial 0 = 1904-01-01.
 */
export function serialToDate(serial: number, date1904 = false): string {
  const days = Math.floor(serial);
  const base = date1904 ? Date.UTC(1904, 0, 1) : days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(base + days * 86_400_000).toISOString().slice(0, 10);
}
