// Moving the years a phrase names by a number of years (next year's plan): `Січень 2024 року` -> `Січень
// 2025 року`, `до 01.03.2024` -> `до 01.03.2025`, `01.06.2024 - 31.05.2025` -> `01.06.2025 - 31.05.2026`,
// `2024-25 рр.` -> `2025-26 рр.`. Only the digits of the years change; every other character stays.
// A phrase moves only when it names one of the plan's years (then all its years move, so a range keeps its
// length); a phrase naming other years only, or a day the new year lacks (29.02), is left for a person.
import { daysInMonth, expandYear, isValidDay, isoDate } from '../calendar';

export interface YearShift {
  /** The plan's years: a phrase moves only when it names one of them. */
  years: readonly number[];
  /** Years to move by (a two-year programme moves by two). */
  by: number;
}

export type ShiftResult =
  | { moved: true; text: string }
  | { moved: false; reason: 'no-year' | 'other-year' }
  | { moved: false; reason: 'no-such-day'; date: string };

interface Token {
  start: number;
  end: number;
  /** The year it names (two-digit years expanded). */
  year: number;
  /** How many digits the year was written with. */
  digits: 2 | 4;
  /** For a date: its day and month, to check the day exists in the new year. */
  day?: number;
  month?: number;
}

// One pass, left to right; at each place the first alternative that matches wins:
//  1-3 `01.03.2024`, `1.3.24` (a dotted date)        4-6 `2024-03-01` (ISO date)
//  7-8 `2024-25` (a range ending in two digits)     9   `2024` (a year)
const TOKENS =
  /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d]|\.\d)|(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*(\d{2})(?![\d.])|(?<![\d.,])((?:19|20)\d{2})(?![\d]|[.,]\d)/gu;

/** The years written in a text, with where their digits are. */
export function yearTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKENS)) {
    const at = m.index;
    if (m[1] !== undefined) {
      const digits = m[3].length === 4 ? 4 : 2;
      const start = at + m[0].length - m[3].length;
      out.push({
        start,
        end: at + m[0].length,
        year: expandYear(m[3]),
        digits,
        day: Number(m[1]),
        month: Number(m[2]),
      });
    } else if (m[4] !== undefined) {
      out.push({
        start: at,
        end: at + 4,
        year: Number(m[4]),
        digits: 4,
        day: Number(m[6]),
        month: Number(m[5]),
      });
    } else if (m[7] !== undefined) {
      const first = Number(m[7]);
      const last = Math.floor(first / 100) * 100 + Number(m[8]);
      out.push({ start: at, end: at + 4, year: first, digits: 4 });
      // `2024-25` is a range only when the two digits end it later in the same century; `2024-01` is not.
      if (last > first && last - first < 10) {
        const end = at + m[0].length;
        out.push({ start: end - 2, end, year: last, digits: 2 });
      }
    } else {
      out.push({ start: at, end: at + 4, year: Number(m[9]), digits: 4 });
    }
  }
  return out;
}

/** Moves every year of `text` by `shift.by` when it names one of the plan's years. */
export function shiftYears(text: string, shift: YearShift, tokens: Token[] = yearTokens(text)): ShiftResult {
  if (tokens.length === 0) return { moved: false, reason: 'no-year' };
  if (!tokens.some((t) => shift.years.includes(t.year))) return { moved: false, reason: 'other-year' };
  let out = '';
  let last = 0;
  for (const t of tokens) {
    const year = t.year + shift.by;
    if (t.day !== undefined && t.month !== undefined && !isValidDay(year, t.month, t.day)) {
      const pad = (n: number) => String(n).padStart(2, '0');
      return { moved: false, reason: 'no-such-day', date: `${pad(t.day)}.${pad(t.month)}.${year}` };
    }
    const written = t.digits === 4 ? String(year) : String(year % 100).padStart(2, '0');
    out += text.slice(last, t.start) + written;
    last = t.end;
  }
  return { moved: true, text: out + text.slice(last) };
}

/** A date moved by whole years; 29 February becomes 28 February in a year without it. */
export function shiftDate(iso: string, by: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const year = y + by;
  return isoDate(year, m, Math.min(d, daysInMonth(year, m)));
}
