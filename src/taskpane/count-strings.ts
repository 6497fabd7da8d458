// Every text of the pane that holds a count, as plural forms for the core's one plural function
// (core/i18n/lang.ts: `plural`). `{n}` is where the count goes; a form without it gets the count in front.
// One table, so a test can try every entry with every kind of number (0, 1, 2, 5, 11, 21, 22, 25).
import { plural, type Lang, type PluralForms } from '../core/i18n/lang';

export type CountKey =
  | 'sections'
  | 'measures'
  | 'findings'
  | 'errors'
  | 'warnings'
  | 'notes'
  | 'errorsTab'
  | 'warningsTab'
  | 'notesTab'
  | 'allTab'
  | 'overdueMeasures'
  | 'noMeasureText'
  | 'noDeadline'
  | 'noResponsible'
  | 'spaceCells'
  | 'commaCells'
  | 'dueSoon'
  | 'vagueDeadlines'
  | 'cellsChanged'
  | 'cellsSkipped'
  | 'shown';

const uk: Record<CountKey, PluralForms> = {
  sections: { one: 'розділ', few: 'розділи', many: 'розділів' },
  measures: { one: 'захід', few: 'заходи', many: 'заходів' },
  findings: { one: 'зауваження', few: 'зауваження', many: 'зауважень' },
  errors: { one: 'помилка', few: 'помилки', many: 'помилок' },
  warnings: { one: 'попередження', few: 'попередження', many: 'попереджень' },
  notes: { one: 'примітка', few: 'примітки', many: 'приміток' },
  errorsTab: { one: 'Помилки ({n})', few: 'Помилки ({n})', many: 'Помилки ({n})' },
  warningsTab: { one: 'Попередження ({n})', few: 'Попередження ({n})', many: 'Попередження ({n})' },
  notesTab: { one: 'Примітки ({n})', few: 'Примітки ({n})', many: 'Примітки ({n})' },
  allTab: { one: 'Усі ({n})', few: 'Усі ({n})', many: 'Усі ({n})' },
  overdueMeasures: {
    one: '{n} захід без звіту про виконання',
    few: '{n} заходи без звіту про виконання',
    many: '{n} заходів без звіту про виконання',
  },
  noMeasureText: {
    one: '{n} рядок без змісту заходу',
    few: '{n} рядки без змісту заходу',
    many: '{n} рядків без змісту заходу',
  },
  noDeadline: {
    one: '{n} захід без терміну',
    few: '{n} заходи без терміну',
    many: '{n} заходів без терміну',
  },
  noResponsible: {
    one: '{n} захід без відповідальних',
    few: '{n} заходи без відповідальних',
    many: '{n} заходів без відповідальних',
  },
  spaceCells: {
    one: '{n} клітинка із зайвими пробілами',
    few: '{n} клітинки із зайвими пробілами',
    many: '{n} клітинок із зайвими пробілами',
  },
  commaCells: {
    one: '{n} клітинка із зайвою комою в кінці',
    few: '{n} клітинки із зайвою комою в кінці',
    many: '{n} клітинок із зайвою комою в кінці',
  },
  dueSoon: {
    one: '{n} захід, термін якого спливає найближчим часом',
    few: '{n} заходи, термін яких спливає найближчим часом',
    many: '{n} заходів, термін яких спливає найближчим часом',
  },
  vagueDeadlines: {
    one: '{n} захід із надто загальним терміном',
    few: '{n} заходи із надто загальним терміном',
    many: '{n} заходів із надто загальним терміном',
  },
  cellsChanged: {
    one: 'Виправлено {n} клітинку.',
    few: 'Виправлено {n} клітинки.',
    many: 'Виправлено {n} клітинок.',
  },
  cellsSkipped: {
    one: '{n} клітинку залишено як є: її змінено після перегляду або в ній формула.',
    few: '{n} клітинки залишено як є: їх змінено після перегляду або в них формули.',
    many: '{n} клітинок залишено як є: їх змінено після перегляду або в них формули.',
  },
  shown: { one: 'Показано {n} зауваження', few: 'Показано {n} зауваження', many: 'Показано {n} зауважень' },
};

const en: Record<CountKey, PluralForms> = {
  sections: { one: 'section', few: 'sections', many: 'sections' },
  measures: { one: 'measure', few: 'measures', many: 'measures' },
  findings: { one: 'finding', few: 'findings', many: 'findings' },
  errors: { one: 'error', few: 'errors', many: 'errors' },
  warnings: { one: 'warning', few: 'warnings', many: 'warnings' },
  notes: { one: 'note', few: 'notes', many: 'notes' },
  errorsTab: { one: 'Errors ({n})', few: 'Errors ({n})', many: 'Errors ({n})' },
  warningsTab: { one: 'Warnings ({n})', few: 'Warnings ({n})', many: 'Warnings ({n})' },
  notesTab: { one: 'Notes ({n})', few: 'Notes ({n})', many: 'Notes ({n})' },
  allTab: { one: 'All ({n})', few: 'All ({n})', many: 'All ({n})' },
  overdueMeasures: {
    one: '{n} measure with no execution report',
    few: '{n} measures with no execution report',
    many: '{n} measures with no execution report',
  },
  noMeasureText: {
    one: '{n} row without a measure',
    few: '{n} rows without a measure',
    many: '{n} rows without a measure',
  },
  noDeadline: {
    one: '{n} measure without a deadline',
    few: '{n} measures without a deadline',
    many: '{n} measures without a deadline',
  },
  noResponsible: {
    one: '{n} measure with no one responsible',
    few: '{n} measures with no one responsible',
    many: '{n} measures with no one responsible',
  },
  spaceCells: {
    one: '{n} cell with extra spaces',
    few: '{n} cells with extra spaces',
    many: '{n} cells with extra spaces',
  },
  commaCells: {
    one: '{n} cell ending in a stray comma',
    few: '{n} cells ending in a stray comma',
    many: '{n} cells ending in a stray comma',
  },
  dueSoon: {
    one: '{n} measure due soon',
    few: '{n} measures due soon',
    many: '{n} measures due soon',
  },
  vagueDeadlines: {
    one: '{n} measure with too vague a deadline',
    few: '{n} measures with too vague a deadline',
    many: '{n} measures with too vague a deadline',
  },
  cellsChanged: { one: '{n} cell fixed.', few: '{n} cells fixed.', many: '{n} cells fixed.' },
  cellsSkipped: {
    one: '{n} cell left as it is: it changed after the preview or holds a formula.',
    few: '{n} cells left as they are: they changed after the preview or hold formulas.',
    many: '{n} cells left as they are: they changed after the preview or hold formulas.',
  },
  shown: { one: 'Showing {n} finding', few: 'Showing {n} findings', many: 'Showing {n} findings' },
};

export const COUNTS: Record<Lang, Record<CountKey, PluralForms>> = { uk, en };

/** `count('uk', 'errors', 2)` -> `2 помилки`. */
export function count(lang: Lang, key: CountKey, n: number): string {
  return plural(lang, n, COUNTS[lang][key]);
}
