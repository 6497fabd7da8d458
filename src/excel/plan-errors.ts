// Errors for a workbook without a readable plan, or without the plan sheet the settings name.
import { ServiceError } from '../app/plan-service';
import type { Lang } from '../core/i18n/lang';
import { closestReadError, noPlanMessage } from '../core/i18n/no-plan';
import type { PlanReadError } from '../core/types';

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
