// Phrases that name a stretch of the calendar: a day, a month, a quarter, a half-year, a year, or a range
// of them (`Січень-лютий 2023`, `ІІІ-ІV квартал 2023`, `01.06.2024-31.05.2025`, `з січня по березень 2024`).
// Works on normalised text (see normalise.ts): lower case, one `-` without spaces around it, no `року`.

import type { Period } from '../types';
import { daySpan, expandYear, monthsSpan, yearsSpan } from '../calendar';
import { MONTH_PATTERN, monthNumber } from './months';
import { romanToNumber } from './roman';

type Unit = 'day' | 'month' | 'quarter' | 'half' | 'year';

/** One side of a phrase. `bare` is a lone number (`ІІІ` in `ІІІ-ІV квартал`) that takes its unit from the right. */
type Term =
  | { unit: Unit; year: number | null; month: number; day: number; index: number }
  | { unit: 'bare'; value: number; roman: boolean };

/** Where a phrase lies; null dates when it gives no year and the plan has no period to take one from. */
export interface PeriodMatch {
  from: string | null;
  to: string | null;
  yearAssumed: boolean;
}

const YEAR = '(?: (\\d{4}))?';
// `1`, `1-й`, `ІІ`, `iv`, `перший`, `другого` …
const ORDINAL = '(?:(\\d|[ivxіх]+)(?:-?(?:й|ий|ій|го|е))?|(перш|друг|трет|четверт)\\p{L}*)';
const ORDINAL_WORDS = ['перш', 'друг', 'трет', 'четверт'];

const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
// Without a year only the unambiguous `dd.mm` form (`до 01.03`), never `1.2`.
const DOTTED_DAY_NO_YEAR = /^(\d{2})\.(\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WORD_DAY = new RegExp(`^(\\d{1,2})(?:-?(?:го|е))? (${MONTH_PATTERN})${YEAR}$`, 'u');
const MONTH = new RegExp(`^(${MONTH_PATTERN})${YEAR}$`, 'u');
const QUARTER = new RegExp(`^${ORDINAL} (?:кв\\.?|квартал\\p{L}*)${YEAR}$`, 'u');
const HALF = new RegExp(`^${ORDINAL} (?:півріччя|півріччі|півр\\.?)${YEAR}$`, 'u');
const YEAR_ONLY = /^(\d{4})$/;
const BARE = /^(\d{1,2}|[ivxіх]+)(?:-?(?:й|ий|ій|го|е))?$/u;
// `з січня по березень`, `від 01.06.2024 до 31.05.2025`
const FROM_TO = new RegExp(`^(?:з|із|зі|від) (.+?) (?:по|до) (.+)$`, 'u');

function dated(
  unit: Unit,
  year: string | undefined,
  fields: Partial<Record<'month' | 'day' | 'index', number>>,
): Term {
  return {
    unit,
    year: year === undefined ? null : expandYear(year),
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    index: fields.index ?? 0,
  };
}

function ordinalValue(digitsOrRoman: string | undefined, word: string | undefined): number | null {
  if (word !== undefined) return ORDINAL_WORDS.indexOf(word) + 1;
  if (digitsOrRoman === undefined) return null;
  return /^\d$/.test(digitsOrRoman) ? Number(digitsOrRoman) : romanToNumber(digitsOrRoman);
}

function parseTerm(t: string): Term | null {
  let m = DOTTED_DAY.exec(t);
  if (m) return dated('day', m[3], { day: Number(m[1]), month: Number(m[2]) });
  m = DOTTED_DAY_NO_YEAR.exec(t);
  if (m) return dated('day', undefined, { day: Number(m[1]), month: Number(m[2]) });
  m = ISO_DAY.exec(t);
  if (m) return dated('day', m[1], { day: Number(m[3]), month: Number(m[2]) });
  m = WORD_DAY.exec(t);
  if (m) return dated('day', m[3], { day: Number(m[1]), month: monthNumber(m[2]) ?? 0 });
  m = MONTH.exec(t);
  if (m) return dated('month', m[2], { month: monthNumber(m[1]) ?? 0 });
  m = QUARTER.exec(t);
  if (m) return dated('quarter', m[3], { index: ordinalValue(m[1], m[2]) ?? 0 });
  m = HALF.exec(t);
  if (m) return dated('half', m[3], { index: ordinalValue(m[1], m[2]) ?? 0 });
  m = YEAR_ONLY.exec(t);
  if (m) return dated('year', m[1], {});
  m = BARE.exec(t);
  if (m) {
    const roman = !/^\d/.test(m[1]);
    const value = roman ? romanToNumber(m[1]) : Number(m[1]);
    return value === null ? null : { unit: 'bare', value, roman };
  }
  return null;
}

/** The days a dated term covers in a given year; null when it is no real date (`31.02`, `V квартал`). */
function spanOf(term: Term, year: number): Period | null {
  if (term.unit === 'bare') return null;
  switch (term.unit) {
    case 'day':
      return daySpan(year, term.month, term.day);
    case 'month':
      return monthsSpan(year, term.month, term.month);
    case 'quarter':
      return term.index >= 1 && term.index <= 4 ? monthsSpan(year, term.index * 3 - 2, term.index * 3) : null;
    case 'half':
      return term.index >= 1 && term.index <= 2 ? monthsSpan(year, term.index * 6 - 5, term.index * 6) : null;
    case 'year':
      return yearsSpan(year, year);
  }
}

// A leap year, to check a phrase without a year (`29 лютого`, `ІІ-І квартал`) when no year is known.
const ANY_YEAR = 2000;

function resolve(left: Term, right: Term, fallbackYear: number | null): PeriodMatch | null {
  if (left.unit === 'bare' || right.unit === 'bare') return null;
  // A side without a year takes the other side's; with none anywhere, the plan's first year.
  const explicit = left.year ?? right.year;
  const year = explicit ?? fallbackYear ?? ANY_YEAR;
  const a = spanOf(left, left.year ?? right.year ?? year);
  const b = spanOf(right, right.year ?? left.year ?? year);
  if (!a || !b || a.from > b.from || a.to > b.to) return null;
  if (explicit === null && fallbackYear === null) return { from: null, to: null, yearAssumed: false };
  return { from: a.from, to: b.to, yearAssumed: explicit === null };
}

/** `ІІІ` before `ІV квартал 2023` becomes `ІІІ квартал`; `27` before `28.07.2023` becomes `27.07`. */
function borrowUnit(left: Term, right: Term): Term | null {
  if (left.unit !== 'bare') return left;
  if (right.unit === 'quarter' || right.unit === 'half') {
    return { unit: right.unit, year: null, month: 0, day: 0, index: left.value };
  }
  if (right.unit === 'day' && !left.roman)
    return { unit: 'day', year: null, month: right.month, day: left.value, index: 0 };
  return null;
}

function resolvePair(leftText: string, rightText: string, fallbackYear: number | null): PeriodMatch | null {
  const right = parseTerm(rightText.trim());
  const left0 = parseTerm(leftText.trim());
  if (!right || !left0 || right.unit === 'bare') return null;
  const left = borrowUnit(left0, right);
  return left ? resolve(left, right, fallbackYear) : null;
}

/**
 * A single term or a range, as first and last day. `fallbackYear` is the plan's first year, taken (with
 * yearAssumed) when the phrase names none. Null when the text is not such a phrase or names no real dates.
 */
export function parsePeriod(norm: string, fallbackYear: number | null): PeriodMatch | null {
  const single = parseTerm(norm);
  if (single) return single.unit === 'bare' ? null : resolve(single, single, fallbackYear);
  const fromTo = FROM_TO.exec(norm);
  if (fromTo) {
    const r = resolvePair(fromTo[1], fromTo[2], fallbackYear);
    if (r) return r;
  }
  const body = /^(?:з|із|зі|від) /u.test(norm) ? norm.replace(/^\S+ /u, '') : norm;
  for (let i = body.indexOf('-'); i > 0; i = body.indexOf('-', i + 1)) {
    const r = resolvePair(body.slice(0, i), body.slice(i + 1), fallbackYear);
    if (r) return r;
  }
  return null;
}

/**
 * The day of `до 01.03.2024`, `до 1 квітня 2024`, `до 15 грудня`; with `до кінця …` the last day of any
 * period phrase (`до кінця І кварталу 2024`). Null when the rest is not a day (`до березня` is ambiguous).
 */
export function parseDueDay(rest: string, fallbackYear: number | null): PeriodMatch | null {
  const endOf = /^кінця (.+)$/u.exec(rest);
  if (endOf) return parsePeriod(endOf[1], fallbackYear);
  const term = parseTerm(rest);
  return term && term.unit === 'day' ? resolve(term, term, fallbackYear) : null;
}
