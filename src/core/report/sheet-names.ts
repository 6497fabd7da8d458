// Names of the generated sheets. Excel allows at most 31 characters and none of : \ / ? * [ ].
import type { Lang } from '../i18n/lang';
import type { Period } from '../types';
import { REPORT_LABELS } from './labels';

const MAX_SHEET_NAME = 31;

/**
 * `Виконання плану 2023` / `Зведення 2023` (`Plan execution 2023` / `Summary 2023` in English); `… 2024-2025`
 * when the period spans several years.
 */
export function reportSheetNames(period: Period, lang: Lang = 'uk'): { table: string; summary: string } {
  const fromYear = period.from.slice(0, 4);
  const toYear = period.to.slice(0, 4);
  const years = fromYear === toYear ? fromYear : `${fromYear}-${toYear}`;
  const L = REPORT_LABELS[lang];
  return {
    table: fit(L.tableSheet.replace('{years}', years)),
    summary: fit(L.summarySheet.replace('{years}', years)),
  };
}

function fit(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, MAX_SHEET_NAME);
}

/**
 * `base` numbered for the n-th sheet that wants it: `Зведення 2023 (2)`, shortened to fit 31 characters.
 * One policy for both hosts (the Excel host's generate and the CLI's snapshot place sheets alike).
 */
export function numberedSheetName(base: string, n: number): string {
  if (n < 2) return base.slice(0, MAX_SHEET_NAME);
  const suffix = ` (${n})`;
  return `${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
}

/** Whether `name` is `base` or one of its numbered variants (Excel compares sheet names without case). */
export function isNumberedVariant(name: string, base: string): boolean {
  const lower = name.toLowerCase();
  if (lower === base.slice(0, MAX_SHEET_NAME).toLowerCase()) return true;
  const m = /^(.*) \((\d+)\)$/.exec(name);
  return !!m && numberedSheetName(base, Number(m[2])).toLowerCase() === lower;
}
