// The words of the pane's «Запити підрозділам» section (requests out, answers in), Ukrainian first and English
// second. What the merge report says about files, conflicts and fields comes from the core (requests/messages).
import type { Lang, PluralForms } from '../core/i18n/lang';

export interface RequestsStrings {
  heading: string;
  intro: string;
  due: string;
  dueHint: string;
  badDue: (asOf: string) => string;
  create: string;
  creating: string;
  opened: (files: string) => string;
  toDownload: (files: string) => string;
  noCreateWorkbook: string;
  tooLarge: string;
  noDownload: string;
  downloadAll: string;
  download: string;
  unassigned: (numbers: string) => string;
  answersLabel: string;
  chooseFiles: string;
  answersHint: string;
  reading: string;
  preferAnswers: string;
  preferHint: string;
  previewHeading: (files: string) => string;
  changesHeading: (count: string) => string;
  noChanges: string;
  measure: (number: string) => string;
  was: string;
  becomes: string;
  empty: string;
  overwrites: string;
  conflictsHeading: (count: string) => string;
  planText: string;
  answerText: (person: string) => string;
  keptPlan: string;
  tookAnswer: string;
  setAsideHeading: string;
  respondentsHeading: string;
  respondent: (person: string, answered: number, measures: number) => string;
  notAnsweredHeading: string;
  notAnswered: (person: string, numbers: string) => string;
  invalidHeading: string;
  orphansHeading: string;
  apply: string;
  /** The tick beside a change: written when ticked. */
  include: (cell: string) => string;
  noneChosen: string;
  previewAgain: string;
  confirm: (count: string, sheet: string) => string;
  confirmYes: string;
  confirmNo: string;
  applying: string;
  applied: (count: string, sheet: string) => string;
  files: PluralForms;
  filesMade: PluralForms;
  changes: PluralForms;
  conflicts: PluralForms;
}

const uk: RequestsStrings = {
  heading: 'Запити підрозділам',
  intro:
    'Кожному відповідальному — книга з його заходами: що зроблено, стан і дата він заповнює сам, а текст плану захищено від змін.',
  due: 'Відповісти до',
  dueHint: 'Дата, до якої підрозділи мають повернути заповнені книги.',
  badDue: (asOf) => `Вкажіть дату не раніше ${asOf}.`,
  create: 'Створити запити',
  creating: 'Створення запитів…',
  opened: (files) => `Відкрито нові книги: ${files}. Збережіть кожну й надішліть відповідальному.`,
  toDownload: (files) => `Підготовлено ${files}.`,
  noCreateWorkbook:
    'Ця версія Excel не відкриває нових книг із надбудови (потрібен ExcelApi 1.8): завантажте файли нижче.',
  tooLarge: 'Запит завеликий, щоб Excel відкрив його як нову книгу: завантажте файли нижче.',
  noDownload:
    'Тут файли не завантажуються. Створіть запити програмою командного рядка: plan-report requests <книга з планом>.xlsx -o <тека>',
  downloadAll: 'Завантажити всі',
  download: 'Завантажити',
  unassigned: (numbers) => `Без відповідальних (до запитів не потрапили): № ${numbers}.`,
  answersLabel: 'Внести відповіді',
  chooseFiles: 'Вибрати файли відповідей…',
  answersHint:
    'Виберіть повернуті книги (.xlsx, можна кілька). Спершу буде показано зміни; до аркуша плану нічого не записується без вашого підтвердження.',
  reading: 'Читання відповідей…',
  preferAnswers: 'Перевага відповідям',
  preferHint:
    'Якщо в плані вже інший текст: увімкнено — записати відповідь, вимкнено — залишити текст плану (розбіжність буде показано).',
  previewHeading: (files) => `Відповіді з ${files}`,
  changesHeading: (count) => `Буде внесено: ${count}`,
  noChanges: 'Нових відповідей для внесення немає.',
  measure: (number) => `№ ${number}`,
  was: 'Було',
  becomes: 'Стане',
  empty: '(порожньо)',
  overwrites: 'замість тексту плану',
  conflictsHeading: (count) => `Розбіжності: ${count}`,
  planText: 'У плані',
  answerText: (person) => `Відповідь (${person})`,
  keptPlan: 'залишено текст плану',
  tookAnswer: 'записано відповідь',
  setAsideHeading: 'Файли не внесено',
  respondentsHeading: 'Відповіли',
  respondent: (person, answered, measures) => `${person}: нове в ${answered} з ${measures}`,
  notAnsweredHeading: 'Не відповіли',
  notAnswered: (person, numbers) => `${person} (№ ${numbers})`,
  invalidHeading: 'Не внесено (неправильне значення)',
  orphansHeading: 'Відповіді до заходів, яких у плані вже немає',
  apply: 'Застосувати',
  include: (cell) => `Записати в ${cell}`,
  noneChosen: 'Не вибрано жодної зміни: позначте ті, які записати.',
  previewAgain: 'Переглянути відповіді ще раз',
  confirm: (count, sheet) =>
    `Записати ${count} в аркуш «${sheet}»? Змінюються лише значення цих клітинок; формати й решта плану залишаться як є.`,
  confirmYes: 'Так, записати',
  confirmNo: 'Скасувати',
  applying: 'Запис відповідей…',
  applied: (count, sheet) => `Внесено ${count} в аркуш «${sheet}».`,
  files: { one: 'файлу', few: 'файлів', many: 'файлів' },
  filesMade: { one: 'файл', few: 'файли', many: 'файлів' },
  changes: { one: 'зміну', few: 'зміни', many: 'змін' },
  conflicts: { one: 'розбіжність', few: 'розбіжності', many: 'розбіжностей' },
};

const en: RequestsStrings = {
  heading: 'Requests to departments',
  intro:
    'A workbook for each responsible person with their measures: they fill in what was done, the status and the date; the plan’s text is protected from edits.',
  due: 'Reply by',
  dueHint: 'The date by which departments return the filled workbooks.',
  badDue: (asOf) => `Enter a date no earlier than ${asOf}.`,
  create: 'Create requests',
  creating: 'Creating requests…',
  opened: (files) => `Opened as new workbooks: ${files}. Save each and send it to the person responsible.`,
  toDownload: (files) => `Prepared ${files}.`,
  noCreateWorkbook:
    'This Excel cannot open new workbooks from an add-in (needs ExcelApi 1.8): download the files below.',
  tooLarge: 'A request is too large for Excel to open as a new workbook: download the files below.',
  noDownload:
    'Files cannot be downloaded here. Create the requests with the command-line tool: plan-report requests <plan workbook>.xlsx -o <folder>',
  downloadAll: 'Download all',
  download: 'Download',
  unassigned: (numbers) => `No one responsible (in no request): No. ${numbers}.`,
  answersLabel: 'Import answers',
  chooseFiles: 'Choose answer files…',
  answersHint:
    'Choose the returned workbooks (.xlsx, several at once). The changes are shown first; nothing is written to the plan sheet until you confirm.',
  reading: 'Reading the answers…',
  preferAnswers: 'Prefer answers',
  preferHint:
    'Where the plan already holds a different text: on — write the answer, off — keep the plan’s text (the difference is listed).',
  previewHeading: (files) => `Answers from ${files}`,
  changesHeading: (count) => `To be written: ${count}`,
  noChanges: 'No new answers to write.',
  measure: (number) => `No. ${number}`,
  was: 'Was',
  becomes: 'Becomes',
  empty: '(empty)',
  overwrites: 'over the plan’s text',
  conflictsHeading: (count) => `Differences: ${count}`,
  planText: 'In the plan',
  answerText: (person) => `Answer (${person})`,
  keptPlan: 'the plan’s text kept',
  tookAnswer: 'the answer written',
  setAsideHeading: 'Files set aside',
  respondentsHeading: 'Answered',
  respondent: (person, answered, measures) => `${person}: new in ${answered} of ${measures}`,
  notAnsweredHeading: 'Did not answer',
  notAnswered: (person, numbers) => `${person} (No. ${numbers})`,
  invalidHeading: 'Not written (invalid value)',
  orphansHeading: 'Answers for measures the plan no longer has',
  apply: 'Apply',
  include: (cell) => `Write to ${cell}`,
  noneChosen: 'No change is chosen: tick the ones to write.',
  previewAgain: 'Preview the answers again',
  confirm: (count, sheet) =>
    `Write ${count} to sheet “${sheet}”? Only these cells’ values change; formats and the rest of the plan stay as they are.`,
  confirmYes: 'Yes, write',
  confirmNo: 'Cancel',
  applying: 'Writing the answers…',
  applied: (count, sheet) => `Wrote ${count} to sheet “${sheet}”.`,
  files: { one: 'file', few: 'files', many: 'files' },
  filesMade: { one: 'file', few: 'files', many: 'files' },
  changes: { one: 'change', few: 'changes', many: 'changes' },
  conflicts: { one: 'difference', few: 'differences', many: 'differences' },
};

export const REQUESTS_STRINGS: Record<Lang, RequestsStrings> = { uk, en };
