// Small formatting helpers of the pane: periods, dates and errors as a person reads them.
import type { Lang } from '../core/i18n/lang';
import type { Period } from '../core/types';
import { ServiceError, type ServiceErrorCode } from '../app/plan-service';
import { dottedDate } from '../core/calendar';

/** `2023-03-01` -> `01.03.2023`, as Ukrainian documents write dates. */
export const displayDate = dottedDate;

/** A whole-year period reads as its years (`2023 рік`, `2024–2025 роки`); anything else as two dates. */
export function formatPeriod(period: Period, lang: Lang): string {
  const from = /^(\d{4})-01-01$/.exec(period.from);
  const to = /^(\d{4})-12-31$/.exec(period.to);
  if (from && to) {
    if (from[1] === to[1]) return lang === 'uk' ? `${from[1]} рік` : `year ${from[1]}`;
    return lang === 'uk' ? `${from[1]}–${to[1]} роки` : `years ${from[1]}–${to[1]}`;
  }
  return `${displayDate(period.from)}–${displayDate(period.to)}`;
}

/** Today in local time as YYYY-MM-DD (the clerk's calendar day, not UTC's). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface PaneError {
  code: ServiceErrorCode;
  /** The host's own words, shown under what to do next. */
  detail: string;
}

export function toPaneError(e: unknown): PaneError {
  if (e instanceof ServiceError) return { code: e.code, detail: e.message };
  return { code: 'unexpected', detail: e instanceof Error ? e.message : String(e) };
}
