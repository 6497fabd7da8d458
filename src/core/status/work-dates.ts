// The days on which work was done, as the execution text mentions them. A report also cites documents
// (`розпорядженням … від 06.07.2023 № Р-93/06-34-23`, `Закону України від 20.09.2023 № 3384-ІХ`) and
// promises (`буде здійснено після 31.01.2024`): those dates say nothing about when the work was done,
// so they are left out. Plain numbers only: no Date objects, no time zones.

import { isoDate as iso, isValidDay } from '../calendar';
import { TextCache } from '../text';

const MONTHS_GENITIVE = [
  'січня',
  'лютого',
  'березня',
  'квітня',
  'травня',
  'червня',
  'липня',
  'серпня',
  'вересня',
  'жовтня',
  'листопада',
  'грудня',
];

const DASH = '[-–—]';
const YEAR = '(\\d{4}|\\d{2})';
// Alternatives, longest first (at one position the first that matches wins). Groups:
//  1-5  `30.11-01.12.2023`  cross-month range     6-9  `27-28.07.2023`  day range
// 10-12 `05.01.2023`, `5.1.23`                    13-16 `5 січня 2023`, `24-26 жовтня` (year optional)
// 17-18 `05.01` (no year: only with a fallback year)
const DATE_RE = new RegExp(
  '(?<![\\d.,])(?:' +
    [
      `(\\d{1,2})\\.(\\d{1,2})\\s*${DASH}\\s*(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}`,
      `(\\d{1,2})${DASH}(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}`,
      `(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}`,
      `(\\d{1,2})(?:\\s*${DASH}\\s*(\\d{1,2}))?\\s+(${MONTHS_GENITIVE.join('|')})(?![\\p{L}])(?:\\s+(\\d{4}))?`,
      '(\\d{2})\\.(\\d{2})',
    ].join('|') +
    ')(?![\\d]|[.,]\\d)',
  'giu',
);

/** A cited document: `від 06.07.2023`, `станом на 01.01.2024`. */
const DOCUMENT_BEFORE = /(?:^|[^\p{L}])(?:від|станом\s+на)\s*$/iu;
/** A document number right after the date: `06.07.2023 № Р-93`, `21.12.2023 року №Р-199`. */
const DOCUMENT_AFTER = /^\s*(?:року|р\.?)?\s*,?\s*(?:№|N\s*\d|No\.?\s*\d)/iu;
/** A deadline or promise rather than a day of work: `після 31.01.2024`, `до 31.01.2024`. */
const LIMIT_BEFORE = /(?:^|[^\p{L}])(?:після|до|не\s+пізніше(?:\s+ніж)?|не\s+раніше)\s*$/iu;
const FUTURE_WORD = /(?:^|[^\p{L}])(?:буде|будуть|будемо|планується|плануються|заплановано)(?![\p{L}])/iu;
const FUTURE_AFTER = /^\s*(?:року|р\.?)?\s*(?:буде|будуть)(?![\p{L}])/iu;
const CLAUSE_END = /[\n;!?]|\.(?=\s)/g;

/** Any opening quote of QUOTES: without one there is no title to look for. */
const ANY_QUOTE = /[«“„"]/;
/** Quotes around document titles: opener -> closers. */
const QUOTES: Record<string, string> = { '«': '»', '“': '”"', '„': '“”', '"': '"”' };

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

interface Day {
  y: number;
  m: number;
  d: number;
}

function nextDay({ y, m, d }: Day): Day {
  if (isValidDay(y, m, d + 1)) return { y, m, d: d + 1 };
  return m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 };
}

/** Every day from `a` to `b` when the span is at most a month; else just the two ends. */
function span(a: Day, b: Day): Day[] {
  const okA = isValidDay(a.y, a.m, a.d);
  const okB = isValidDay(b.y, b.m, b.d);
  if (!okA || !okB || iso(a.y, a.m, a.d) >= iso(b.y, b.m, b.d))
    return [a, b].filter((x) => isValidDay(x.y, x.m, x.d));
  const days: Day[] = [a];
  let day = a;
  while (days.length <= 31) {
    day = nextDay(day);
    days.push(day);
    if (iso(day.y, day.m, day.d) === iso(b.y, b.m, b.d)) return days;
  }
  return [a, b];
}

/** Text ranges inside quotes that are document titles (`«Про затвердження …»`), on one line. */
function documentTitles(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!ANY_QUOTE.test(text)) return ranges;
  for (let i = 0; i < text.length; i++) {
    const closers = QUOTES[text[i]];
    if (!closers) continue;
    let j = i + 1;
    while (j < text.length && j - i < 400 && text[j] !== '\n' && !closers.includes(text[j])) j++;
    if (j < text.length && closers.includes(text[j]) && /^\s*Про\s/iu.test(text.slice(i + 1, j))) {
      ranges.push([i, j]);
      i = j;
    }
  }
  return ranges;
}

/** The clause's text before `at`, up to 80 characters. */
function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 80), at);
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(window); m !== null; m = CLAUSE_END.exec(window))
    start = m.index + m[0].length;
  return window.slice(start);
}

/**
 * Whether `at` lies inside one of the titles (sorted, not overlapping). Dates are tested in text order, so
 * the cursor only moves forward: one pass over the titles for all dates, not one per date (a text of
 * thousands of `«Про …»` titles each holding a date was quadratic).
 */
class TitleCursor {
  private k = 0;
  constructor(private readonly titles: [number, number][]) {}

  inside(at: number): boolean {
    const { titles } = this;
    while (this.k < titles.length && titles[this.k][1] <= at) this.k++;
    return this.k < titles.length && at > titles[this.k][0] && at < titles[this.k][1];
  }
}

function isWorkDate(text: string, start: number, end: number, titles: TitleCursor): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  if (DOCUMENT_BEFORE.test(before) || DOCUMENT_AFTER.test(after)) return false;
  if (LIMIT_BEFORE.test(before) || FUTURE_AFTER.test(after) || FUTURE_WORD.test(clauseBefore(text, start))) {
    return false;
  }
  return !titles.inside(start);
}

/** The days a matched date names (none when it is not a calendar date). */
function daysOf(g: (string | undefined)[], fallbackYear: number | undefined): Day[] {
  if (g[1] !== undefined) {
    const y = fullYear(g[5] as string);
    return span({ y, m: Number(g[2]), d: Number(g[1]) }, { y, m: Number(g[4]), d: Number(g[3]) });
  }
  if (g[6] !== undefined) {
    const y = fullYear(g[9] as string);
    return span({ y, m: Number(g[8]), d: Number(g[6]) }, { y, m: Number(g[8]), d: Number(g[7]) });
  }
  if (g[10] !== undefined) return [{ y: fullYear(g[12] as string), m: Number(g[11]), d: Number(g[10]) }];
  if (g[13] !== undefined) {
    const y = g[16] !== undefined ? Number(g[16]) : fallbackYear;
    if (y === undefined) return [];
    const m = MONTHS_GENITIVE.indexOf((g[15] as string).toLowerCase()) + 1;
    const first = { y, m, d: Number(g[13]) };
    return g[14] !== undefined ? span(first, { y, m, d: Number(g[14]) }) : [first];
  }
  if (g[17] !== undefined && fallbackYear !== undefined) {
    return [{ y: fallbackYear, m: Number(g[18]), d: Number(g[17]) }];
  }
  return [];
}

/**
 * Days of work the execution text mentions, sorted and unique, as YYYY-MM-DD. Dates of cited documents
 * (after `від`, before `№`, inside a quoted `«Про …»` title) and of promises (`після`, `до`, `буде …`)
 * are left out. `fallbackYear` dates `5 січня` and `05.01` written without a year. Never throws.
 */
export function extractWorkDates(text: string, fallbackYear?: number): string[] {
  if (typeof text !== 'string' || text === '') return [];
  const year = typeof fallbackYear === 'number' && Number.isInteger(fallbackYear) ? fallbackYear : undefined;
  // Every date pattern starts with a digit.
  if (!HAS_DIGIT.test(text)) return [];
  const scope = String(year);
  return [...(CACHE.get(scope, text) ?? CACHE.set(scope, text, workDates(text, year)))];
}

const HAS_DIGIT = /\d/;
/** Dates already read, by fallback year and text (copied on the way out). */
const CACHE = new TextCache<string[]>();

function workDates(text: string, year: number | undefined): string[] {
  const titles = new TitleCursor(documentTitles(text));
  const found = new Set<string>();
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    if (!isWorkDate(text, m.index, m.index + m[0].length, titles)) continue;
    for (const { y, m: month, d } of daysOf(Array.from(m), year)) {
      if (isValidDay(y, month, d)) found.add(iso(y, month, d));
    }
  }
  return [...found].sort();
}
