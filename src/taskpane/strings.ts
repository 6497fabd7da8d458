// The pane's own words, Ukrainian first and English second. Texts with a count are in count-strings.ts;
// errors and missing features in error-strings.ts; findings, rules, statuses and severities come from the
// core (src/core/i18n).
import type { Lang } from '../core/i18n/lang';
import { ERROR_STRINGS, excelVersionFor, type ErrorStrings } from './error-strings';

export { excelVersionFor };

export interface PaneStrings extends ErrorStrings {
  /** Shown before Office says which language it speaks (index.tsx shows both). */
  loading: string;
  planLine: (sheet: string, period: string) => string;
  check: string;
  generate: string;
  checking: string;
  generating: string;
  checked: (counts: string) => string;
  noErrorsChecked: string;
  // The errors bar and generating with errors
  goToMeasure: (number: string) => string;
  goToCell: (cell: string) => string;
  confirmTitle: string;
  confirmLead: string;
  confirmGenerate: string;
  cancel: string;
  generated: (sheets: string) => string;
  openReport: string;
  // Findings
  findingsHeading: string;
  noFindings: string;
  noMatches: string;
  searchLabel: string;
  searchPlaceholder: string;
  filterTabs: string;
  unreportedTab: string;
  showList: string;
  hideList: string;
  unchecked: string;
  addPositions: string;
  // Extra spaces
  fixSpaces: string;
  fixSpacesLead: string;
  fixSpacesConfirm: string;
  // Summary
  summaryHeading: string;
  summaryFilterHint: string;
  // Settings
  settingsHeading: string;
  language: string;
  asOfLabel: string;
  asOfHint: string;
  asOfPlaceholder: string;
  planSheetLabel: string;
  planSheetAuto: string;
  planSheetHint: string;
  positionsLabel: string;
  positionsHint: string;
  savePositions: string;
  highlights: string;
  legend: string;
  inputHelpers: string;
  helperAdded: (what: 'status' | 'responsible', heading: string, address: string) => string;
  helperOnSheet: (sheet: string) => string;
  helperWhyNot: Record<
    'no-column-status' | 'no-column-responsible' | 'no-positions' | 'own-validation',
    string
  >;
  helpersNone: string;
  // First run
  emptyHeading: string;
  emptyLead: string;
  insertSample: string;
  chooseSheet: string;
  sampleInserted: (sheet: string) => string;
}

const q = (lang: Lang, s: string): string => (lang === 'uk' ? `«${s}»` : `“${s}”`);

const uk: PaneStrings = {
  ...ERROR_STRINGS.uk,
  loading: 'Завантаження…',
  planLine: (sheet, period) => `План: аркуш ${q('uk', sheet)}, ${period}`,
  check: 'Перевірити',
  generate: 'Сформувати звіт',
  checking: 'Перевіряю план…',
  generating: 'Формую звіт…',
  checked: (counts) => `План перевірено: ${counts}.`,
  noErrorsChecked: 'План перевірено: зауважень немає.',
  goToMeasure: (n) => `Перейти до заходу ${n}`,
  goToCell: (cell) => `Перейти до клітинки ${cell}`,
  confirmTitle: 'У плані є помилки',
  confirmLead: 'Звіт буде сформовано з ними:',
  confirmGenerate: 'Сформувати все одно',
  cancel: 'Скасувати',
  generated: (sheets) => `Звіт сформовано: ${sheets}.`,
  openReport: 'Відкрити звіт',
  findingsHeading: 'Зауваження',
  noFindings: 'Зауважень немає: план заповнено без помилок.',
  noMatches: 'Нічого не знайдено.',
  searchLabel: 'Пошук у зауваженнях',
  searchPlaceholder: 'Номер заходу або слово',
  filterTabs: 'Які зауваження показати',
  unreportedTab: 'Без звіту',
  showList: 'Показати',
  hideList: 'Сховати',
  unchecked:
    'Посади відповідальних не звірено: немає переліку посад (аркуша «Посади» або переліку в налаштуваннях).',
  addPositions: 'Додати перелік',
  fixSpaces: 'Прибрати зайві пробіли',
  fixSpacesLead: 'Буде змінено лише ці клітинки аркуша з планом (лише текст, формат не зміниться):',
  fixSpacesConfirm: 'Змінити клітинки',
  summaryHeading: 'Стан виконання',
  summaryFilterHint: 'Показати заходи без звіту',
  settingsHeading: 'Налаштування',
  language: 'Мова',
  asOfLabel: 'Дата перевірки',
  asOfHint: 'Терміни оцінюються на цю дату.',
  asOfPlaceholder: 'дд.мм.рррр',
  planSheetLabel: 'Аркуш із планом',
  planSheetAuto: 'Визначати автоматично',
  planSheetHint: 'Автоматично: активний аркуш або перший аркуш, на якому є план.',
  positionsLabel: 'Перелік посад (по одній у рядку)',
  positionsHint:
    'З ним звіряються відповідальні. Якщо перелік порожній, береться аркуш «Посади», якщо він є.',
  savePositions: 'Зберегти перелік',
  highlights: 'Підсвічувати клітинки із зауваженнями',
  legend: 'Кольори підсвічування',
  inputHelpers: 'Додати списки для введення',
  helperAdded: (what, heading, address) =>
    what === 'status'
      ? `Додано список станів виконання у стовпець ${q('uk', heading)} (${address}).`
      : `Додано список посад у стовпець ${q('uk', heading)} (${address}).`,
  helperOnSheet: (sheet) => `Перелік посад записано на прихований аркуш ${q('uk', sheet)}.`,
  helperWhyNot: {
    'no-column-status':
      'Список станів не додано: у плані немає стовпця стану виконання («Стан виконання» чи «Статус»).',
    'no-column-responsible': 'Список посад не додано: у плані немає стовпця «Відповідальні особи».',
    'no-positions':
      'Список посад не додано: немає переліку посад. Додайте аркуш «Посади» або впишіть перелік у налаштуваннях.',
    'own-validation': 'У стовпці вже є власна перевірка даних — її залишено.',
  },
  helpersNone: 'Нічого не додано.',
  emptyHeading: 'План ще не знайдено',
  emptyLead: 'Надбудова шукає таблицю з такими стовпцями (у будь-якому порядку, з рядком заголовків):',
  insertSample: 'Вставити зразок плану',
  chooseSheet: 'Вибрати аркуш',
  sampleInserted: (sheet) => `Вставлено аркуш ${q('uk', sheet)} зі зразком плану.`,
};

const en: PaneStrings = {
  ...ERROR_STRINGS.en,
  loading: 'Loading…',
  planLine: (sheet, period) => `Plan: sheet ${q('en', sheet)}, ${period}`,
  check: 'Check',
  generate: 'Generate report',
  checking: 'Checking the plan…',
  generating: 'Generating the report…',
  checked: (counts) => `Plan checked: ${counts}.`,
  noErrorsChecked: 'Plan checked: no findings.',
  goToMeasure: (n) => `Go to measure ${n}`,
  goToCell: (cell) => `Go to cell ${cell}`,
  confirmTitle: 'The plan has errors',
  confirmLead: 'The report will include them:',
  confirmGenerate: 'Generate anyway',
  cancel: 'Cancel',
  generated: (sheets) => `Report generated: ${sheets}.`,
  openReport: 'Open the report',
  findingsHeading: 'Findings',
  noFindings: 'No findings: the plan is filled in without errors.',
  noMatches: 'Nothing found.',
  searchLabel: 'Search findings',
  searchPlaceholder: 'Measure number or a word',
  filterTabs: 'Which findings to show',
  unreportedTab: 'Not reported',
  showList: 'Show',
  hideList: 'Hide',
  unchecked:
    'Responsible positions were not checked: there is no list of positions (a “Посади” sheet or a list in the settings).',
  addPositions: 'Add a list',
  fixSpaces: 'Remove extra spaces',
  fixSpacesLead: 'Only these cells of the plan sheet will change (text only, formats stay):',
  fixSpacesConfirm: 'Change the cells',
  summaryHeading: 'Execution status',
  summaryFilterHint: 'Show the measures not reported',
  settingsHeading: 'Settings',
  language: 'Language',
  asOfLabel: 'Check as of',
  asOfHint: 'Deadlines are judged as of this date.',
  asOfPlaceholder: 'e.g. 15 Jan 2024',
  planSheetLabel: 'Plan sheet',
  planSheetAuto: 'Detect automatically',
  planSheetHint: 'Automatically: the active sheet or the first sheet that holds a plan.',
  positionsLabel: 'List of positions (one per line)',
  positionsHint:
    'Responsible persons are checked against it. If it is empty, the “Посади” sheet is used when there is one.',
  savePositions: 'Save the list',
  highlights: 'Highlight cells with findings',
  legend: 'Highlight colours',
  inputHelpers: 'Add input dropdowns',
  helperAdded: (what, heading, address) =>
    what === 'status'
      ? `Added a dropdown of statuses to the ${q('en', heading)} column (${address}).`
      : `Added a dropdown of positions to the ${q('en', heading)} column (${address}).`,
  helperOnSheet: (sheet) => `The positions were written to the hidden sheet ${q('en', sheet)}.`,
  helperWhyNot: {
    'no-column-status': 'No status dropdown: the plan has no status column (“Стан виконання” or “Статус”).',
    'no-column-responsible': 'No positions dropdown: the plan has no “Відповідальні особи” column.',
    'no-positions':
      'No positions dropdown: there is no list of positions. Add a “Посади” sheet or type the list in the settings.',
    'own-validation': 'The column already has its own data validation: it was kept.',
  },
  helpersNone: 'Nothing was added.',
  emptyHeading: 'No plan found yet',
  emptyLead: 'The add-in looks for a table with these columns (in any order, under a heading row):',
  insertSample: 'Insert an example plan',
  chooseSheet: 'Choose a sheet',
  sampleInserted: (sheet) => `Inserted the sheet ${q('en', sheet)} with an example plan.`,
};

export const STRINGS: Record<Lang, PaneStrings> = { uk, en };

/** A sheet name quoted as the language quotes. */
export const quoted = q;
