// What the CLI says itself, Ukrainian first, English second. Messages about the plan come from the core.
import { plural, type Lang } from '../core/i18n/lang';
import type { Severity } from '../core/types';
import { commandHint } from './shell-hint';

export const SEVERITY_HEADINGS: Record<Lang, Record<Severity, string>> = {
  uk: { error: 'Помилки', warning: 'Попередження', info: 'Примітки' },
  en: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
};

const SEVERITY_FORMS = {
  uk: {
    error: { one: 'помилка', few: 'помилки', many: 'помилок' },
    warning: { one: 'попередження', few: 'попередження', many: 'попереджень' },
    info: { one: 'примітка', few: 'примітки', many: 'приміток' },
  },
  en: {
    error: { one: 'error', few: 'errors', many: 'errors' },
    warning: { one: 'warning', few: 'warnings', many: 'warnings' },
    info: { one: 'note', few: 'notes', many: 'notes' },
  },
} as const;

export function countOf(lang: Lang, severity: Severity, n: number): string {
  return plural(lang, n, SEVERITY_FORMS[lang][severity]);
}

export function measuresIn(lang: Lang, measures: number, sections: number): string {
  return lang === 'uk'
    ? `${plural(lang, measures, { one: 'захід', few: 'заходи', many: 'заходів' })} у ${plural(lang, sections, { one: 'розділі', few: 'розділах', many: 'розділах' })}`
    : `${plural(lang, measures, { one: 'measure', few: 'measures', many: 'measures' })} in ${plural(lang, sections, { one: 'section', few: 'sections', many: 'sections' })}`;
}

type Params = Record<string, string>;
type Message = Record<Lang, (p: Params) => string>;

export const CLI_MESSAGES = {
  description: {
    uk: () => 'Перевірка плану заходів щодо запобігання корупції та звіт про його виконання (.xlsx).',
    en: () => 'Checks an anti-corruption measures plan and generates its execution report (.xlsx).',
  },
  checkDescription: {
    uk: () => 'перевірити план і вивести зауваження (код виходу 1, якщо є помилки)',
    en: () => 'check the plan and list the findings (exit code 1 when there are errors)',
  },
  generateDescription: {
    uk: () => 'створити нову книгу зі звітом про виконання та зведенням (вхідний файл не змінюється)',
    en: () => 'write a new workbook with the execution report and the summary (the input is never changed)',
  },
  badDate: {
    uk: (p) =>
      `Неправильна дата ${p.option} «${p.value}»: потрібна справжня дата у форматі РРРР-ММ-ДД, наприклад 2024-01-15.`,
    en: (p) =>
      `Invalid date for ${p.option} "${p.value}": expected a real date as YYYY-MM-DD, e.g. 2024-01-15.`,
  },
  badLang: {
    uk: (p) =>
      `Невідома мова --lang «${p.value}»: можна uk або en. / Unknown --lang "${p.value}": use uk or en.`,
    en: (p) =>
      `Unknown --lang "${p.value}": use uk or en. / Невідома мова --lang «${p.value}»: можна uk або en.`,
  },
  badExtra: {
    uk: (p) => `Невідомий додатковий стовпець --extra «${p.value}»: можна status, actualDate.`,
    en: (p) => `Unknown extra column --extra "${p.value}": use status, actualDate.`,
  },
  badArgument: {
    uk: (p) => `Неправильний аргумент ${p.option}: ${p.value}`,
    en: (p) => `Invalid argument ${p.option}: ${p.value}`,
  },
  sheetNotFound: {
    uk: (p) => `У книзі ${p.file} немає аркуша «${p.sheet}». Аркуші: ${p.sheets}.`,
    en: (p) => `The workbook ${p.file} has no sheet "${p.sheet}". Sheets: ${p.sheets}.`,
  },
  positionsNotFound: {
    uk: (p) => `Файл зі списком посад не знайдено: ${p.file}`,
    en: (p) => `Positions list file not found: ${p.file}`,
  },
  positionsUnreadable: {
    uk: (p) => `Не вдалося прочитати список посад ${p.file}: ${p.reason}`,
    en: (p) => `Could not read the positions list ${p.file}: ${p.reason}`,
  },
  unexpected: {
    uk: (p) => `Неочікувана помилка: ${p.reason}`,
    en: (p) => `Unexpected error: ${p.reason}`,
  },
  outputIsInput: {
    uk: (p) => `Звіт не можна записати у вхідний файл ${p.file}: вкажіть інший файл через -o.`,
    en: (p) => `The report cannot be written over the input file ${p.file}: choose another file with -o.`,
  },
  outputExists: {
    uk: (p) =>
      `Файл ${p.file} уже існує. Додайте --force, щоб перезаписати його, або вкажіть інший через -o.`,
    en: (p) => `The file ${p.file} already exists. Add --force to overwrite it, or choose another with -o.`,
  },
  outputNotXlsx: {
    uk: (p) => `Файл звіту має мати розширення .xlsx: ${p.file}`,
    en: (p) => `The report file must end in .xlsx: ${p.file}`,
  },
  outputNotDocx: {
    uk: (p) => `Файл звіту має мати розширення .docx: ${p.file}`,
    en: (p) => `The report file must end in .docx: ${p.file}`,
  },
  outputBadExtension: {
    uk: (p) => `Файл звіту має мати розширення .xlsx або .docx: ${p.file}`,
    en: (p) => `The report file must end in .xlsx or .docx: ${p.file}`,
  },
  badFormat: {
    uk: (p) => `Невідомий формат --format «${p.value}»: можна xlsx, docx або xlsx,docx.`,
    en: (p) => `Unknown --format "${p.value}": use xlsx, docx or xlsx,docx.`,
  },
  writeFailed: {
    uk: (p) => `Не вдалося записати звіт ${p.file}: ${p.reason}`,
    en: (p) => `Could not write the report ${p.file}: ${p.reason}`,
  },
  checkHeading: {
    uk: (p) => `Файл: ${p.file}, аркуш «${p.sheet}», період ${p.period}, станом на ${p.asOf}`,
    en: (p) => `File: ${p.file}, sheet "${p.sheet}", period ${p.period}, as of ${p.asOf}`,
  },
  positionsUsed: {
    uk: (p) => `Список посад: ${p.source} (${p.count})`,
    en: (p) => `Positions list: ${p.source} (${p.count})`,
  },
  read: { uk: (p) => `Прочитано: ${p.what}.`, en: (p) => `Read: ${p.what}.` },
  noFindings: { uk: () => 'Зауважень немає.', en: () => 'No findings.' },
  totals: { uk: (p) => `Разом: ${p.counts}.`, en: (p) => `Total: ${p.counts}.` },
  written: { uk: (p) => `Звіт записано: ${p.file}`, en: (p) => `Report written: ${p.file}` },
  sheetsWritten: {
    uk: (p) => `Аркуші: «${p.table}» (${p.what}), «${p.summary}».`,
    en: (p) => `Sheets: "${p.table}" (${p.what}), "${p.summary}".`,
  },
  docxWritten: {
    uk: (p) => `Документ Word: таблиця «${p.table}» (${p.what}), зведення «${p.summary}».`,
    en: (p) => `Word document: table "${p.table}" (${p.what}), summary "${p.summary}".`,
  },
  generatedWithErrors: {
    uk: (p) =>
      `Увага: у плані ${p.errors} — перегляньте їх перед публікацією: ${commandHint('check', p.file)}`,
    en: (p) =>
      `Note: the plan has ${p.errors}; review them before publishing: ${commandHint('check', p.file)}`,
  },
  generatedClean: { uk: () => 'Помилок у плані не знайдено.', en: () => 'No errors found in the plan.' },
  batchFile: {
    uk: (p) => `${p.file}: ${p.counts} (${p.what})`,
    en: (p) => `${p.file}: ${p.counts} (${p.what})`,
  },
  batchUnreadable: {
    uk: (p) => `${p.file}: не перевірено — ${p.reason}`,
    en: (p) => `${p.file}: not checked — ${p.reason}`,
  },
  batchSkippedGenerated: {
    uk: (p) => `${p.file}: пропущено — це звіт, створений plan-report, а не план`,
    en: (p) => `${p.file}: skipped — a report written by plan-report, not a plan`,
  },
  batchSkippedRequest: {
    uk: (p) => `${p.file}: пропущено — це запит підрозділу, створений plan-report`,
    en: (p) => `${p.file}: skipped — a request to a department written by plan-report`,
  },
  batchTotal: {
    uk: (p) =>
      `Разом: ${p.files}; перевірено ${p.checked}, не перевірено ${p.failed}, пропущено ${p.skipped}; ${p.counts}.`,
    en: (p) =>
      `Total: ${p.files}; checked ${p.checked}, not checked ${p.failed}, skipped ${p.skipped}; ${p.counts}.`,
  },
  folderEmpty: {
    uk: () => 'це тека, у якій немає книг .xlsx чи .xlsm',
    en: () => 'a folder with no .xlsx or .xlsm workbook in it',
  },
  folderUnreadable: {
    uk: (p) => `теку не вдалося прочитати (${p.reason})`,
    en: (p) => `the folder could not be read (${p.reason})`,
  },
  outputFailed: {
    uk: (p) => `Не вдалося вивести результат: ${p.reason}.`,
    en: (p) => `Could not print the result: ${p.reason}.`,
  },
  noSpace: { uk: () => 'на диску немає місця (ENOSPC)', en: () => 'no space left on the device (ENOSPC)' },
  outputFolderMissing: {
    uk: (p) => `Теки ${p.folder} не існує: створіть її або вкажіть іншу через -o (файл ${p.file}).`,
    en: (p) => `The folder ${p.folder} does not exist: create it or choose another with -o (file ${p.file}).`,
  },
  outputFolderNotFolder: {
    uk: (p) => `${p.folder} — це файл, а не тека: вкажіть теку через -o (файл ${p.file}).`,
    en: (p) => `${p.folder} is a file, not a folder: choose a folder with -o (file ${p.file}).`,
  },
  outputIsAnInput: {
    uk: (p) =>
      `Файл ${p.file} — один із вхідних (${p.input}), його не можна перезаписати навіть з --force: вкажіть інший через -o.`,
    en: (p) =>
      `The file ${p.file} is one of the inputs (${p.input}) and is never written over, even with --force: choose another with -o.`,
  },
} satisfies Record<string, Message>;

export function say(lang: Lang, key: keyof typeof CLI_MESSAGES, params: Params = {}): string {
  const m: Message = CLI_MESSAGES[key];
  return m[lang](params);
}
