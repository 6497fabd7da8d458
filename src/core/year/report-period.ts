// Reporting periods: the part of the plan's period a report or snapshot covers. Councils report for a
// half-year and for 9 months, state bodies per quarter (cut-off dates 31.03, 30.06, 30.09, 31.12).
// Written on the command line as `2024-H1`, `2024-Q3`, `2024-9M`, `2024` or `2024-02-01..2024-04-30`.
import type { Lang } from '../i18n/lang';
import type { Period } from '../types';
import { dottedDate, isValidDay, isoDate, monthsSpan } from '../calendar';

export type ReportPeriodKind = 'half' | 'quarter' | 'nine-months' | 'year' | 'range';

export interface ReportPeriod extends Period {
  kind: ReportPeriodKind;
  /** The canonical spelling (`2024-H1`, `2024-Q3`, `2024-9M`, `2024`, `2024-02-01..2024-04-30`). */
  code: string;
  /** The year, for every kind but a range. */
  year?: number;
  /** 1–2 for a half, 1–4 for a quarter. */
  index?: number;
}

export type ReportPeriodResult =
  { ok: true; period: ReportPeriod } | { ok: false; reason: 'format' | 'order' };

// Roman numerals as the seed writes them: Cyrillic І, and `ІV` (Cyrillic І, Latin V).
const ROMAN = ['', 'І', 'ІІ', 'ІІІ', 'ІV'];
const ORDINAL_EN = ['', 'first', 'second'];

const SHAPES = /^(\d{4})(?:-(?:([hH])([12])|([qQ])([1-4])|(9)[mM]))?$/;
const RANGE = /^(\d{4})-(\d{2})-(\d{2})\s*\.\.\s*(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `2024-H1`, `2024-Q3`, `2024-9M`, `2024` or `FROM..TO` (ISO dates). */
export function parseReportPeriod(text: string): ReportPeriodResult {
  const t = text.trim();
  const shape = SHAPES.exec(t);
  if (shape) {
    const year = Number(shape[1]);
    const span = (first: number, last: number) => monthsSpan(year, first, last);
    let kind: ReportPeriodKind = 'year';
    let index: number | undefined;
    let s = span(1, 12);
    if (shape[2]) {
      kind = 'half';
      index = Number(shape[3]);
      s = span(index * 6 - 5, index * 6);
    } else if (shape[4]) {
      kind = 'quarter';
      index = Number(shape[5]);
      s = span(index * 3 - 2, index * 3);
    } else if (shape[6]) {
      kind = 'nine-months';
      s = span(1, 9);
    }
    if (!s) return { ok: false, reason: 'format' };
    const code =
      kind === 'half'
        ? `${year}-H${index}`
        : kind === 'quarter'
          ? `${year}-Q${index}`
          : kind === 'nine-months'
            ? `${year}-9M`
            : `${year}`;
    return { ok: true, period: { ...s, kind, code, year, ...(index ? { index } : {}) } };
  }
  const range = RANGE.exec(t);
  if (!range) return { ok: false, reason: 'format' };
  const [y1, m1, d1, y2, m2, d2] = range.slice(1).map(Number);
  if (!isValidDay(y1, m1, d1) || !isValidDay(y2, m2, d2)) return { ok: false, reason: 'format' };
  const from = isoDate(y1, m1, d1);
  const to = isoDate(y2, m2, d2);
  if (from > to) return { ok: false, reason: 'order' };
  return { ok: true, period: { from, to, kind: 'range', code: `${from}..${to}` } };
}

/** The period as a title says it after `за` / `for`: `І півріччя 2024 року`, `the first half of 2024`. */
export function reportPeriodPhrase(p: ReportPeriod, lang: Lang): string {
  const uk = lang === 'uk';
  switch (p.kind) {
    case 'half':
      return uk
        ? `${ROMAN[p.index!]} півріччя ${p.year} року`
        : `the ${ORDINAL_EN[p.index!]} half of ${p.year}`;
    case 'quarter':
      return uk ? `${ROMAN[p.index!]} квартал ${p.year} року` : `Q${p.index} ${p.year}`;
    case 'nine-months':
      return uk ? `9 місяців ${p.year} року` : `the first nine months of ${p.year}`;
    case 'year':
      return uk ? `${p.year} рік` : `${p.year}`;
    case 'range':
      return uk
        ? `період з ${dottedDate(p.from)} по ${dottedDate(p.to)}`
        : `the period ${dottedDate(p.from)} – ${dottedDate(p.to)}`;
  }
}

/** `за І півріччя 2024 року` / `for the first half of 2024`. */
export function reportPeriodTitle(p: ReportPeriod, lang: Lang): string {
  return `${lang === 'uk' ? 'за' : 'for'} ${reportPeriodPhrase(p, lang)}`;
}

/** A short label for sheet names (≤ 17 characters): `І півр. 2024`, `ІІІ кв. 2024`, `9 міс. 2024`, `01.02-30.04.24`. */
export function reportPeriodLabel(p: ReportPeriod): string {
  switch (p.kind) {
    case 'half':
      return `${ROMAN[p.index!]} півр. ${p.year}`;
    case 'quarter':
      return `${ROMAN[p.index!]} кв. ${p.year}`;
    case 'nine-months':
      return `9 міс. ${p.year}`;
    case 'year':
      return `${p.year}`;
    case 'range': {
      const [fy, fm, fd] = p.from.split('-');
      const [ty, tm, td] = p.to.split('-');
      return fy === ty
        ? `${fd}.${fm}-${td}.${tm}.${ty.slice(2)}`
        : `${fd}.${fm}.${fy.slice(2)}-${td}.${tm}.${ty.slice(2)}`;
    }
  }
}

/** The date deadlines are judged as of: the period's end, or an earlier date asked for. */
export function periodAsOf(p: Period, asOf: string): string {
  return asOf < p.to ? asOf : p.to;
}

/** True when the report period is the plan's whole period: then the report is the plain one. */
export function coversPlan(p: Period, planPeriod: Period): boolean {
  return p.from <= planPeriod.from && p.to >= planPeriod.to;
}

/** True when the period shares at least one day with the plan's period. */
export function overlapsPlan(p: Period, planPeriod: Period): boolean {
  return p.from <= planPeriod.to && p.to >= planPeriod.from;
}
