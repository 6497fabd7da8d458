// Names of the generated sheets. Excel allows at most 31 characters and none of : \ / ? * [ ].
import type { Period } from '../types';

const MAX_SHEET_NAME = 31;

/** `Виконання плану 2023` / `Зведення 2023`; `… 2024-2025` when the period spans several years. */
export function reportSheetNames(period: Period): { table: string; summary: string } {
  const fromYear = period.from.slice(0, 4);
  const toYear = period.to.slice(0, 4);
  const years = fromYear === toYear ? fromYear : `${fromYear}-${toYear}`;
  return { table: fit(`Виконання плану ${years}`), summary: fit(`Зведення ${years}`) };
}

function fit(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, MAX_SHEET_NAME);
}
