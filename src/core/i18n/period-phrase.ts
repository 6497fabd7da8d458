// The plan's period in words: one function for every place that says it (report titles, the pane, the
// CLI's heading), so whole years are recognised the same way everywhere.
import { dottedDate } from '../calendar';
import type { Period } from '../types';
import type { Lang } from './lang';

/**
 * Where the phrase stands:
 * - `title`: after `за` / `for` in a report's title, typed as office titles are (`за 2024-2025 роки`);
 * - `label`: on its own after `період:` in the pane (`2024–2025 роки`, English `years 2024–2025`);
 * - `dates`: always the two dates (`01.01.2023–31.12.2023`), for a heading that must be exact.
 */
export type PeriodForm = 'title' | 'label' | 'dates';

interface Words {
  year: (y: string) => string;
  years: (from: string, to: string) => string;
  dates: (from: string, to: string) => string;
}

const plainDates = (from: string, to: string): string => `${from}–${to}`;

const WORDS: Record<Exclude<PeriodForm, 'dates'>, Record<Lang, Words>> = {
  title: {
    uk: { year: (y) => `${y} рік`, years: (a, b) => `${a}-${b} роки`, dates: (a, b) => `${a} – ${b}` },
    en: { year: (y) => y, years: (a, b) => `${a}–${b}`, dates: (a, b) => `${a} – ${b}` },
  },
  label: {
    uk: { year: (y) => `${y} рік`, years: (a, b) => `${a}–${b} роки`, dates: plainDates },
    en: { year: (y) => `year ${y}`, years: (a, b) => `years ${a}–${b}`, dates: plainDates },
  },
};

/** `2023 рік`, `2024-2025 роки`, or the period's first and last day when it is not whole years. */
export function periodPhrase(period: Period, lang: Lang, form: PeriodForm = 'title'): string {
  const from = dottedDate(period.from);
  const to = dottedDate(period.to);
  if (form === 'dates') return plainDates(from, to);
  const words = WORDS[form][lang];
  const first = /^(\d{4})-01-01$/.exec(period.from)?.[1];
  const last = /^(\d{4})-12-31$/.exec(period.to)?.[1];
  if (first === undefined || last === undefined) return words.dates(from, to);
  return first === last ? words.year(first) : words.years(first, last);
}
