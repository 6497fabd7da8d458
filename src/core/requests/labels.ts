// The words a request workbook says itself. Requests go to the departments of a Ukrainian public body, so
// they are in Ukrainian whatever language the officer's tools speak; text taken from the plan is copied as written.
import { statusLabel } from '../i18n/messages';
import type { Status } from '../types';

/** The five status words of the dropdown, in the order the state programme's monitoring lists them. */
export const REQUEST_STATUSES: readonly Status[] = [
  'done',
  'partly-done',
  'in-progress',
  'not-done',
  'not-started',
];
export const STATUS_WORDS: readonly string[] = REQUEST_STATUSES.map((s) => statusLabel(s, 'uk'));

export const REQUEST_LABELS = {
  sheetName: 'Запит',
  heading: 'ІНФОРМАЦІЯ ПРО ВИКОНАННЯ ПЛАНУ',
  respondent: 'Виконавець: {person}',
  terms: 'Період: {period}. Інформація станом на {asOf}. Надати до {due}.',
  instruction:
    'Заповніть жовті клітинки: що зроблено (коротко, з датами, кількістю та реквізитами документів; якщо захід ' +
    'не виконано — чому), стан виконання (виберіть зі списку) і фактичну дату виконання (ДД.ММ.РРРР). ' +
    'Стовпці «№ з/п», «Заплановані заходи» і «Термін виконання» захищено від випадкових змін. ' +
    'Поверніть цей файл до {due}.',
  headers: {
    number: '№ з/п',
    measure: 'Заплановані заходи',
    deadline: 'Термін виконання',
    execution: 'Що зроблено (проведений захід)',
    status: 'Стан виконання',
    actualDate: 'Фактична дата виконання',
    key: 'Ключ заходу (не змінювати)',
  },
  statusPrompt: 'Виберіть стан виконання зі списку.',
  statusError: 'Виберіть одне зі слів списку: {words}.',
  datePrompt: 'Дата у форматі ДД.ММ.РРРР.',
  dateError: 'Введіть дату у форматі ДД.ММ.РРРР, наприклад 05.01.2024.',
} as const;

/** `{name}` placeholders filled in. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);
}
