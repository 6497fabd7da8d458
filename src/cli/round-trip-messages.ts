// What `requests` and `merge` say themselves, Ukrainian first, English second. Words about files, conflicts
// and answers come from the core (src/core/requests/messages.ts).
import { plural, type Lang } from '../core/i18n/lang';
import { commandHint } from './shell-hint';

type Params = Record<string, string>;
type Message = Record<Lang, (p: Params) => string>;

export const measuresCount = (lang: Lang, n: number): string =>
  plural(
    lang,
    n,
    lang === 'uk'
      ? { one: 'захід', few: 'заходи', many: 'заходів' }
      : { one: 'measure', few: 'measures', many: 'measures' },
  );
export const filesCount = (lang: Lang, n: number): string =>
  plural(
    lang,
    n,
    lang === 'uk'
      ? { one: 'файл', few: 'файли', many: 'файлів' }
      : { one: 'file', few: 'files', many: 'files' },
  );

export const ROUND_TRIP_MESSAGES = {
  requestsDescription: {
    uk: () =>
      'створити запити підрозділам: по книзі .xlsx на кожну відповідальну особу з її заходами (план не змінюється)',
    en: () =>
      'write one request workbook per responsible person, with their measures (the plan is never changed)',
  },
  mergeDescription: {
    uk: () => 'внести відповіді підрозділів у НОВУ книгу — копію плану (план не змінюється)',
    en: () =>
      'merge the departments’ answers into a NEW workbook, a copy of the plan (the plan is never changed)',
  },
  outRequired: {
    uk: (p) => `Вкажіть, куди записати результат: -o ${p.what}.`,
    en: (p) => `Say where to write the result: -o ${p.what}.`,
  },
  badPrefer: {
    uk: (p) => `Невідоме значення --prefer «${p.value}»: можна answers або plan.`,
    en: (p) => `Unknown --prefer "${p.value}": use answers or plan.`,
  },
  dueBeforeAsOf: {
    uk: (p) => `Термін відповіді --due ${p.due} раніше за дату --as-of ${p.asOf}.`,
    en: (p) => `The reply-by date --due ${p.due} is before --as-of ${p.asOf}.`,
  },
  notAFolder: {
    uk: (p) => `${p.file} — це файл, а не тека: вкажіть через -o теку для запитів.`,
    en: (p) => `${p.file} is a file, not a folder: give -o a folder for the requests.`,
  },
  requestsExist: {
    uk: (p) =>
      `У теці вже є файли запитів: ${p.files}. Додайте --force, щоб перезаписати їх, або вкажіть іншу теку.`,
    en: (p) =>
      `The folder already holds request files: ${p.files}. Add --force to overwrite them, or choose another folder.`,
  },
  requestIsPlan: {
    uk: (p) => `Запит не можна записати у файл плану ${p.file}: вкажіть іншу теку.`,
    en: (p) => `A request cannot be written over the plan ${p.file}: choose another folder.`,
  },
  requestsWritten: {
    uk: (p) => `Запити записано до теки ${p.folder}: ${p.files} для ${p.persons}; відповідь — до ${p.due}.`,
    en: (p) => `Requests written to ${p.folder}: ${p.files} for ${p.persons}; reply by ${p.due}.`,
  },
  requestLine: {
    uk: (p) => `  ${p.file}: ${p.count} (${p.numbers})`,
    en: (p) => `  ${p.file}: ${p.count} (${p.numbers})`,
  },
  unassigned: {
    uk: (p) => `Увага: ${p.count} без відповідальних — їх не надіслано нікому: ${p.numbers}.`,
    en: (p) => `Note: ${p.count} name nobody responsible and went to nobody: ${p.numbers}.`,
  },
  noPersons: {
    uk: () => 'У плані не зазначено жодної відповідальної особи: запитів не створено.',
    en: () => 'The plan names no responsible person: no request was written.',
  },
  outputIsInput: {
    uk: (p) => `Результат не можна записати у вхідний файл ${p.file}: вкажіть інший файл через -o.`,
    en: (p) => `The result cannot be written over the input file ${p.file}: choose another file with -o.`,
  },
  outputNotXlsx: {
    uk: (p) => `Файл результату має мати розширення .xlsx: ${p.file}`,
    en: (p) => `The output file must end in .xlsx: ${p.file}`,
  },
  writeFailed: {
    uk: (p) => `Не вдалося записати ${p.file}: ${p.reason}`,
    en: (p) => `Could not write ${p.file}: ${p.reason}`,
  },
  mergedWritten: { uk: (p) => `Записано: ${p.file}`, en: (p) => `Written: ${p.file}` },
  mergedChecked: {
    uk: (p) => `Перевірка об’єднаного плану: ${p.counts} (докладно: ${commandHint('check', p.file)}).`,
    en: (p) => `Check of the merged plan: ${p.counts} (details: ${commandHint('check', p.file)}).`,
  },
  planChanged: {
    uk: (p) => `План ${p.file} змінився під час читання: повторіть об’єднання.`,
    en: (p) => `The plan ${p.file} changed while it was read: run the merge again.`,
  },
  planPackage: {
    uk: (p) => `Пакет книги плану ${p.file} не вдалося розібрати для внесення змін: ${p.reason}`,
    en: (p) => `The plan workbook ${p.file} could not be opened for editing: ${p.reason}`,
  },
} satisfies Record<string, Message>;

export function sayRt(lang: Lang, key: keyof typeof ROUND_TRIP_MESSAGES, params: Params = {}): string {
  const m: Message = ROUND_TRIP_MESSAGES[key];
  return m[lang](params);
}

/** `1, 2, 3, 5, 7, 8` -> `1–3, 5, 7, 8`: runs of plain whole numbers shortened, other numbers as written. */
export function numberList(numbers: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    const start = Number(numbers[i]);
    if (/^\d+$/.test(numbers[i])) {
      while (
        j + 1 < numbers.length &&
        /^\d+$/.test(numbers[j + 1]) &&
        Number(numbers[j + 1]) === start + (j + 1 - i)
      )
        j++;
    }
    out.push(j - i >= 2 ? `${numbers[i]}–${numbers[j]}` : numbers[i]);
    if (j - i === 1) out.push(numbers[j]);
    i = j + 1;
  }
  return out.map((n) => n || '—').join(', ');
}
