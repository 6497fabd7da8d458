// The reporting periods the pane offers for a plan: per year of the plan, the quarters, half-years, 9 months
// and the year, in the order of their last day (as the officer's year runs), each named as a report's title
// names it (`І півріччя 2024 року`). The codes are the core's (`2024-H1`), the CLI's --period.
import type { Lang } from '../core/i18n/lang';
import type { Period } from '../core/types';
import { parseReportPeriod, reportPeriodPhrase } from '../core/year/report-period';

export interface PeriodOption {
  code: string;
  label: string;
}

const PER_YEAR = ['Q1', 'Q2', 'H1', 'Q3', '9M', 'Q4', 'H2', ''];
/** Programmes run a few years; a period far outside one is not offered. */
const MAX_YEARS = 5;

/** A period's name as the pane shows it: the title's phrase, with a capital letter. */
export function periodLabel(code: string, lang: Lang): string {
  const parsed = parseReportPeriod(code);
  if (!parsed.ok) return code;
  const phrase = reportPeriodPhrase(parsed.period, lang);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

export function periodOptions(plan: Period | null, lang: Lang, saved: string | null = null): PeriodOption[] {
  const out: PeriodOption[] = [];
  if (plan) {
    const first = Number(plan.from.slice(0, 4));
    const last = Math.min(Number(plan.to.slice(0, 4)), first + MAX_YEARS - 1);
    for (let y = first; y <= last; y++)
      for (const p of PER_YEAR) {
        const code = p ? `${y}-${p}` : String(y);
        out.push({ code, label: periodLabel(code, lang) });
      }
  }
  // The one in force is always listed, so the choice shown is the one that applies.
  if (saved && !out.some((o) => o.code === saved)) out.push({ code: saved, label: periodLabel(saved, lang) });
  return out;
}

/** `2024-02-01..2024-04-30` from two dates, or null when they are not a period (either missing, or reversed). */
export function customPeriod(from: string, to: string): string | null {
  const parsed = parseReportPeriod(`${from}..${to}`);
  return parsed.ok ? parsed.period.code : null;
}
