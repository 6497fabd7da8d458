// Every text of the task pane, Ukrainian first and English second. Texts about findings, rules, statuses
// and severities come from src/core/i18n/messages.ts; this file holds only the pane's own words.
import type { Lang, PluralForms } from '../core/i18n/lang';
import type { MissingFeature, ServiceErrorCode } from '../app/plan-service';

export interface PaneStrings {
  appTitle: string;
  /** Shown before Office says which language it speaks (index.tsx shows both). */
  loading: string;
  sourceHeading: string;
  sheet: (name: string) => string;
  period: (text: string) => string;
  asOfLabel: string;
  asOfHint: string;
  sections: PluralForms;
  measures: PluralForms;
  findings: PluralForms;
  actionsHeading: string;
  check: string;
  generate: string;
  checking: string;
  generating: string;
  highlights: string;
  inputHelpers: string;
  inputHelpersDone: string;
  language: string;
  summaryHeading: string;
  findingsHeading: string;
  noFindings: string;
  noMatches: string;
  filterLabel: string;
  filterPlaceholder: string;
  severityFilter: string;
  shown: (shown: number, total: number) => string;
  generated: (sheets: string) => string;
  errorTitle: string;
  errorNext: Record<ServiceErrorCode, string>;
  dismiss: string;
  missingTitle: string;
  missingFeature: Record<MissingFeature['feature'], string>;
  missingNeeds: (features: string, excel: string) => string;
  notCheckedYet: string;
  settingsHeading: string;
  planSheetLabel: string;
  planSheetAuto: string;
  planSheetHint: string;
  positionsLabel: string;
  positionsHint: string;
  savePositions: string;
}

const uk: PaneStrings = {
  appTitle: 'Перевірка антикорупційного плану',
  loading: 'Завантаження…',
  sourceHeading: 'Що прочитано',
  sheet: (name) => `Аркуш «${name}»`,
  period: (text) => `період: ${text}`,
  asOfLabel: 'Станом на дату',
  asOfHint: 'Строки виконання оцінюються станом на цю дату.',
  sections: { one: 'розділ', few: 'розділи', many: 'розділів' },
  measures: { one: 'захід', few: 'заходи', many: 'заходів' },
  findings: { one: 'зауваження', few: 'зауваження', many: 'зауважень' },
  actionsHeading: 'Дії',
  check: 'Перевірити',
  generate: 'Сформувати звіт',
  checking: 'Перевірка плану…',
  generating: 'Формування звіту…',
  highlights: 'Підсвічувати клітинки із зауваженнями',
  inputHelpers: 'Додати списки для введення',
  inputHelpersDone: 'До стовпців плану додано списки для введення статусів і посад.',
  language: 'Мова',
  summaryHeading: 'Стан виконання',
  findingsHeading: 'Зауваження',
  noFindings: 'Зауважень немає: план заповнено без помилок.',
  noMatches: 'Жодне зауваження не відповідає фільтру.',
  filterLabel: 'Фільтр зауважень',
  filterPlaceholder: 'Текст, клітинка або номер заходу',
  severityFilter: 'Показувати за важливістю',
  shown: (shown, total) => `Показано ${shown} з ${total}`,
  generated: (sheets) => `Звіт сформовано. Створено аркуші: ${sheets}.`,
  errorTitle: 'Не вдалося виконати дію',
  errorNext: {
    'no-plan':
      'У книзі не знайдено таблиці плану. Відкрийте аркуш із планом (рядок заголовків: «№ з/п», «Заплановані заходи», «Термін виконання» …) і натисніть «Перевірити».',
    'sheet-not-found':
      'Аркуш плану не знайдено: можливо, його перейменовано або видалено. Відкрийте аркуш із планом і натисніть «Перевірити».',
    protected: 'Книга або аркуш захищені. Зніміть захист (Рецензування → Зняти захист) і повторіть.',
    'too-large':
      'Аркуш завеликий для одного запиту до Excel. Видаліть порожні рядки й стовпці за межами таблиці та повторіть.',
    'workbook-closed': 'Книгу закрито або Excel не відповідає. Відкрийте книгу знову й повторіть.',
    'requirement-missing':
      'Ця версія Excel не підтримує потрібну функцію. Оновіть Excel або скористайтеся Excel в Інтернеті.',
    busy: 'Звіт уже формується в цій книзі. Зачекайте, доки він завершиться, і повторіть.',
    'bad-period':
      'Звітний період у налаштуваннях не збігається з періодом плану. Виберіть інший звітний період або «Увесь період плану».',
    'plan-changed':
      'План змінився після перегляду відповідей. Перегляньте зміни ще раз і лише тоді застосуйте їх.',
    unexpected: 'Сталася непередбачена помилка. Повторіть спробу; якщо не допоможе, перезапустіть надбудову.',
  },
  dismiss: 'Закрити',
  missingTitle: 'Деякі функції недоступні в цій версії Excel',
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
  notCheckedYet: 'План ще не перевірено.',
  settingsHeading: 'Налаштування',
  planSheetLabel: 'Аркуш із планом',
  planSheetAuto: 'Визначати автоматично',
  planSheetHint: 'Автоматично: активний аркуш або перший аркуш, що містить план.',
  positionsLabel: 'Перелік посад (по одній на рядок)',
  positionsHint:
    'За цим переліком перевіряються відповідальні. Якщо перелік порожній, використовується аркуш «Посади», якщо він є.',
  savePositions: 'Зберегти перелік',
};

const en: PaneStrings = {
  appTitle: 'Anti-corruption plan check',
  loading: 'Loading…',
  sourceHeading: 'What was read',
  sheet: (name) => `Sheet “${name}”`,
  period: (text) => `period: ${text}`,
  asOfLabel: 'As of',
  asOfHint: 'Deadlines are judged as of this date.',
  sections: { one: 'section', few: 'sections', many: 'sections' },
  measures: { one: 'measure', few: 'measures', many: 'measures' },
  findings: { one: 'finding', few: 'findings', many: 'findings' },
  actionsHeading: 'Actions',
  check: 'Check',
  generate: 'Generate report',
  checking: 'Checking the plan…',
  generating: 'Generating the report…',
  highlights: 'Highlight cells with findings',
  inputHelpers: 'Add input dropdowns',
  inputHelpersDone: 'Dropdowns of statuses and positions were added to the plan’s columns.',
  language: 'Language',
  summaryHeading: 'Execution status',
  findingsHeading: 'Findings',
  noFindings: 'No findings: the plan is filled in without errors.',
  noMatches: 'No finding matches the filter.',
  filterLabel: 'Filter findings',
  filterPlaceholder: 'Text, cell or measure number',
  severityFilter: 'Show by severity',
  shown: (shown, total) => `Showing ${shown} of ${total}`,
  generated: (sheets) => `Report generated. Sheets written: ${sheets}.`,
  errorTitle: 'The action failed',
  errorNext: {
    'no-plan':
      'No plan table was found in the workbook. Open the sheet with the plan (header row: “№ з/п”, “Заплановані заходи”, “Термін виконання” …) and press Check.',
    'sheet-not-found':
      'The plan sheet was not found: it may have been renamed or deleted. Open the plan sheet and press Check.',
    protected: 'The workbook or a sheet is protected. Unprotect it (Review → Unprotect) and try again.',
    'too-large':
      'The sheet is too large for one request to Excel. Delete empty rows and columns outside the table and try again.',
    'workbook-closed':
      'The workbook was closed or Excel is not responding. Open the workbook again and retry.',
    'requirement-missing':
      'This version of Excel lacks a feature this needs. Update Excel or use Excel on the web.',
    busy: 'A report is already being generated in this workbook. Wait until it finishes and try again.',
    'bad-period':
      'The reporting period in the settings lies outside the plan’s period. Choose another period or “The whole plan period”.',
    'plan-changed':
      'The plan changed after the answers were previewed. Preview the changes again before applying them.',
    unexpected: 'Something unexpected went wrong. Try again; if that does not help, restart the add-in.',
  },
  dismiss: 'Dismiss',
  missingTitle: 'Some features are not available in this version of Excel',
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
  notCheckedYet: 'The plan has not been checked yet.',
  settingsHeading: 'Settings',
  planSheetLabel: 'Plan sheet',
  planSheetAuto: 'Detect automatically',
  planSheetHint: 'Automatically: the active sheet or the first sheet that holds a plan.',
  positionsLabel: 'List of positions (one per line)',
  positionsHint:
    'Responsible persons are checked against this list. If it is empty, the “Посади” sheet is used when there is one.',
  savePositions: 'Save the list',
};

export const STRINGS: Record<Lang, PaneStrings> = { uk, en };

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
