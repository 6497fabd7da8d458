// Errors for a workbook without a readable plan, or without the plan sheet the settings name.
import { ServiceError } from '../app/plan-service';
import type { Lang } from '../core/i18n/lang';
import { dottedDate } from '../core/calendar';
import { closestReadError, noPlanMessage } from '../core/i18n/no-plan';
import type { Period, PlanReadError } from '../core/types';
import { reportPeriodPhrase, type ReportPeriod } from '../core/year/report-period';

/** What to do about it in Excel; the rest of the message is the core's, as the CLI says it. */
const NEXT: Record<Lang, string> = {
  uk: 'Відкрийте аркуш із планом або виберіть його в налаштуваннях.',
  en: 'Open the sheet with the plan or choose it in the settings.',
};

/** No candidate sheet holds a plan: `searched` are the sheets read, `errors` why each is not a plan. */
export function noPlanError(errors: readonly PlanReadError[], searched: string[], lang: Lang): ServiceError {
  const message = `${noPlanMessage({ sheets: searched, errors }, lang)} ${NEXT[lang]}`;
  const closest = closestReadError(errors);
  return new ServiceError('no-plan', message, {
    sheet: closest?.sheetName ?? '',
    reason: closest?.code ?? 'empty-sheet',
    details: closest?.details ?? 'no sheets to read',
  });
}

export function sheetNotFoundError(sheet: string, lang: Lang): ServiceError {
  const message =
    lang === 'en'
      ? `There is no sheet “${sheet}” in this workbook. Choose the plan sheet again in the settings.`
      : `У книзі немає аркуша «${sheet}». Виберіть аркуш із планом у налаштуваннях ще раз.`;
  return new ServiceError('sheet-not-found', message, { sheet });
}

/** Another generate holds this workbook's lock (the pane's or the ribbon's, which run apart). */
export function busyError(startedAt: number | null, lang: Lang): ServiceError {
  const at = startedAt === null ? null : clockTime(startedAt);
  const message =
    lang === 'en'
      ? `A report is already being generated in this workbook${at ? ` (started at ${at})` : ''}. Wait until it finishes and try again.`
      : `Звіт уже формується в цій книзі${at ? ` (почато о ${at})` : ''}. Зачекайте, доки він завершиться, і повторіть.`;
  return new ServiceError('busy', message, at ? { startedAt: at } : {});
}

function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** What the user is told about a generated sheet they had changed, kept under `keptAs`. */
export function keptNote(sheet: string, keptAs: string, lang: Lang): string {
  return lang === 'en'
    ? `Sheet “${sheet}” had been changed since it was generated: it is kept as “${keptAs}”, and a new “${sheet}” was written.`
    : `Аркуш «${sheet}» змінено після формування: його збережено як «${keptAs}», а «${sheet}» сформовано заново.`;
}

/** The settings' reporting period shares no day with the plan's. */
export function badPeriodError(period: ReportPeriod, plan: Period, lang: Lang): ServiceError {
  const phrase = reportPeriodPhrase(period, lang);
  const [from, to] = [dottedDate(plan.from), dottedDate(plan.to)];
  const message =
    lang === 'en'
      ? `The reporting period (${phrase}) lies outside the plan’s period ${from} – ${to}. Choose another period in the settings.`
      : `Звітний період (${phrase}) не входить у період плану ${from} – ${to}. Виберіть інший звітний період у налаштуваннях.`;
  return new ServiceError('bad-period', message, { period: period.code, from: plan.from, to: plan.to });
}
