// What the pane says when an action fails or this Excel lacks a feature: what happened, then what to do.
import type { MissingFeature, ServiceErrorCode } from '../app/plan-service';
import type { Lang } from '../core/i18n/lang';
import { planHeadingList } from '../core/plan/sample-plan';

export interface ErrorStrings {
  /** The title over a failed action, by what failed. */
  errorTitle: string;
  errorNext: Record<ServiceErrorCode, string>;
  dismiss: string;
  missingTitle: string;
  missingFeature: Record<MissingFeature['feature'], string>;
  missingNeeds: (features: string, excel: string) => string;
}

const uk: ErrorStrings = {
  errorTitle: 'Дію не виконано',
  errorNext: {
    'no-plan': `У книзі немає таблиці плану. Відкрийте аркуш із планом (заголовки: ${planHeadingList()}) і натисніть «Перевірити».`,
    'sheet-not-found':
      'Аркуша з планом немає: можливо, його перейменовано або видалено. Відкрийте аркуш із планом і натисніть «Перевірити».',
    protected: 'Книга або аркуш захищені. Зніміть захист (Рецензування → Зняти захист) і повторіть.',
    'too-large':
      'Аркуш завеликий для одного запиту до Excel. Видаліть порожні рядки й стовпці за межами таблиці та повторіть.',
    'workbook-closed': 'Книгу закрито або Excel не відповідає. Відкрийте книгу знову й повторіть.',
    'requirement-missing':
      'Ця версія Excel цього не вміє. Оновіть Excel або скористайтеся Excel в Інтернеті.',
    busy: 'Звіт уже формується в цій книзі. Зачекайте, доки він завершиться, і повторіть.',
    'bad-period':
      'Звітний період у налаштуваннях не збігається з періодом плану. Виберіть інший звітний період або «Увесь період плану».',
    'plan-changed':
      'План змінився після перегляду відповідей. Перегляньте зміни ще раз і лише тоді застосуйте їх.',
    unexpected: 'Сталася непередбачена помилка. Повторіть; якщо не допоможе, перезапустіть надбудову.',
  },
  dismiss: 'Закрити',
  missingTitle: 'Дещо недоступне в цій версії Excel',
  missingFeature: {
    'live-validation': 'перевірка під час редагування',
    highlights: 'підсвічування клітинок',
    'input-helpers': 'списки для введення',
    chart: 'діаграма',
    generate: 'формування звіту',
    settings: 'збереження налаштувань',
    snapshot: 'фіксація стану на дату',
    'next-year': 'план на наступний рік у новій книзі',
  },
  missingNeeds: (features, excel) => `${features}: потрібен ${excel}.`,
};

const en: ErrorStrings = {
  errorTitle: 'That did not work',
  errorNext: {
    'no-plan': `The workbook has no plan table. Open the sheet with the plan (headings: ${planHeadingList()}) and press Check.`,
    'sheet-not-found':
      'The plan sheet is gone: it may have been renamed or deleted. Open the plan sheet and press Check.',
    protected: 'The workbook or a sheet is protected. Unprotect it (Review → Unprotect) and try again.',
    'too-large':
      'The sheet is too large for one request to Excel. Delete empty rows and columns outside the table and try again.',
    'workbook-closed':
      'The workbook was closed or Excel is not responding. Open the workbook again and retry.',
    'requirement-missing': 'This version of Excel cannot do this. Update Excel or use Excel on the web.',
    busy: 'A report is already being generated in this workbook. Wait until it finishes and try again.',
    'bad-period':
      'The reporting period in the settings lies outside the plan’s period. Choose another period or “The whole plan period”.',
    'plan-changed':
      'The plan changed after the answers were previewed. Preview the changes again before applying them.',
    unexpected: 'Something unexpected went wrong. Try again; if that does not help, restart the add-in.',
  },
  dismiss: 'Dismiss',
  missingTitle: 'Some things are not available in this version of Excel',
  missingFeature: {
    'live-validation': 'checking while you edit',
    highlights: 'cell highlights',
    'input-helpers': 'input dropdowns',
    chart: 'chart',
    generate: 'report generation',
    settings: 'saving settings',
    snapshot: 'recording the state as of a date',
    'next-year': 'next year’s plan in a new workbook',
  },
  missingNeeds: (features, excel) => `${features}: needs ${excel}.`,
};

export const ERROR_STRINGS: Record<Lang, ErrorStrings> = { uk, en };

/**
 * The Excel that brings an ExcelApi requirement set (`ExcelApi 1.9`), for telling the user what to
 * update to. Perpetual versions stop at a fixed set: 2019 at 1.8, 2021 at 1.14, 2024 at 1.17.
 */
export function excelVersionFor(requirement: string, lang: Lang): string {
  const m = /ExcelApi\s+1\.(\d+)/i.exec(requirement);
  const m365 = 'Microsoft 365';
  if (!m)
    return lang === 'uk' ? `Excel із підтримкою ${requirement}` : `an Excel that supports ${requirement}`;
  const minor = Number(m[1]);
  const version = minor <= 8 ? 'Excel 2019' : minor <= 14 ? 'Excel 2021' : minor <= 17 ? 'Excel 2024' : null;
  const base = version ? `${version} ${lang === 'uk' ? 'або' : 'or'} ${m365}` : m365;
  return `${base} (${requirement})`;
}
