// Messages for a workbook without a readable plan: which sheet was read and what was looked for.
import { ServiceError } from '../app/plan-service';
import type { Lang } from '../core/i18n/lang';
import type { PlanReadError } from '../core/types';

const WHAT: Record<PlanReadError['code'], Record<Lang, string>> = {
  'no-header': {
    uk: 'не знайдено рядка заголовків зі стовпцями «Заплановані заходи», «Термін виконання», «Відповідальні особи»',
    en: 'no header row with the columns “measures”, “deadline”, “responsible” was found',
  },
  'no-measures': {
    uk: 'під рядком заголовків немає жодного заходу',
    en: 'there are no measure rows under the header',
  },
  'empty-sheet': { uk: 'аркуш порожній', en: 'the sheet is empty' },
};

export function noPlanError(error: PlanReadError, searched: string[], lang: Lang): ServiceError {
  const what = WHAT[error.code][lang];
  const others = searched.filter((s) => s !== error.sheetName);
  const message =
    lang === 'en'
      ? `No plan of measures on sheet “${error.sheetName}”: ${what}.` +
        (others.length ? ` Other sheets checked: ${others.join(', ')}.` : '') +
        ' Open the sheet with the plan or choose it in the settings.'
      : `На аркуші «${error.sheetName}» немає плану заходів: ${what}.` +
        (others.length ? ` Перевірено також: ${others.join(', ')}.` : '') +
        ' Відкрийте аркуш із планом або виберіть його в налаштуваннях.';
  return new ServiceError('no-plan', message, {
    sheet: error.sheetName,
    reason: error.code,
    details: error.details,
  });
}

export function sheetNotFoundError(sheet: string, lang: Lang): ServiceError {
  const message =
    lang === 'en'
      ? `There is no sheet “${sheet}” in this workbook. Choose the plan sheet again in the settings.`
      : `У книзі немає аркуша «${sheet}». Виберіть аркуш із планом у налаштуваннях ще раз.`;
  return new ServiceError('sheet-not-found', message, { sheet });
}
