// What every host says when a workbook holds no plan: which sheets were read and why the closest one is
// not a plan. Hosts add only where to click next (the CLI has nothing to click).
import type { PlanReadError } from '../types';
import type { Lang } from './lang';
import { PLAN_COLUMNS } from '../plan/sample-plan';

const MEASURE = PLAN_COLUMNS.find((c) => c.field === 'measure')!.heading;
const OTHERS = PLAN_COLUMNS.filter((c) => c.field !== 'measure')
  .map((c) => `«${c.heading}»`)
  .join(', ');

/** Why one sheet holds no plan, naming the sheet and what was looked for. */
export function formatReadError(e: PlanReadError, lang: Lang): string {
  const sheet = lang === 'uk' ? `Аркуш «${e.sheetName}»` : `Sheet "${e.sheetName}"`;
  switch (e.code) {
    case 'empty-sheet':
      return lang === 'uk' ? `${sheet} порожній.` : `${sheet} is empty.`;
    case 'no-header':
      return lang === 'uk'
        ? `${sheet}: не знайдено рядка заголовків таблиці плану (потрібні стовпці «${MEASURE}» та щонайменше два з ${OTHERS}).`
        : `${sheet}: no plan table header found (needs a measure column such as «${MEASURE}» and at least two of ${OTHERS}).`;
    case 'no-measures':
      return lang === 'uk'
        ? `${sheet}: заголовок таблиці є, але під ним немає жодного заходу.`
        : `${sheet}: the table header is there but no measures follow it.`;
  }
}

/** The sheet that came closest to holding a plan: a header without measures, then text without a header. */
export function closestReadError(errors: readonly PlanReadError[]): PlanReadError | null {
  return (
    errors.find((e) => e.code === 'no-measures') ??
    errors.find((e) => e.code === 'no-header') ??
    errors[0] ??
    null
  );
}

export interface NoPlan {
  /** The workbook as the user named it (a host that has no file name leaves it out). */
  file?: string;
  /** Every sheet read, in order. */
  sheets: readonly string[];
  /** Why each sheet read is not a plan. */
  errors: readonly PlanReadError[];
}

/** `У книзі plan.xlsx не знайдено таблиці плану заходів (перевірено аркуші: «Лист1»). Аркуш «Лист1»: …` */
export function noPlanMessage({ file, sheets, errors }: NoPlan, lang: Lang): string {
  // Sheet names in «» in both languages: English quotes would blur with quotes inside a name.
  const list = sheets.map((s) => `«${s}»`).join(', ') || '—';
  const closest = closestReadError(errors);
  const reason = closest ? ` ${formatReadError(closest, lang)}` : '';
  const head =
    lang === 'uk'
      ? `У книзі${file ? ` ${file}` : ''} не знайдено таблиці плану заходів (перевірено аркуші: ${list}).`
      : `No plan table found in ${file ?? 'the workbook'} (sheets checked: ${list}).`;
  return head + reason;
}
