// What the merge report says about files, conflicts and answers, Ukrainian first, English second: the CLI
// prints these and the task pane (next) shows them, so the words live once, here.
import type { Lang } from '../i18n/lang';
import type { ConflictKind, FileOutcome, InvalidAnswer } from './merge-types';
import type { AnswerField, LockedField } from './request-spec';

type Texts = Record<Lang, string>;

const FIELDS: Record<AnswerField | LockedField, Texts> = {
  number: { uk: '№ з/п', en: 'No.' },
  measure: { uk: 'текст заходу', en: 'measure text' },
  deadline: { uk: 'термін виконання', en: 'deadline' },
  execution: { uk: 'що зроблено', en: 'what was done' },
  status: { uk: 'стан виконання', en: 'status' },
  actualDate: { uk: 'фактична дата', en: 'actual date' },
};

export const fieldLabel = (field: AnswerField | LockedField, lang: Lang): string => FIELDS[field][lang];

const REJECTED: Record<NonNullable<FileOutcome['reason']>, (details: string) => Texts> = {
  unreadable: (d) => ({ uk: `файл не вдалося прочитати: ${d}`, en: `the file could not be read: ${d}` }),
  'not-request': () => ({
    uk: 'це не запит, створений plan-report (немає прихованого аркуша запиту)',
    en: 'this is not a request made by plan-report (no hidden request sheet)',
  }),
  'newer-version': (d) => ({
    uk: `запит новішої версії (${d}): оновіть plan-report`,
    en: `a request of a newer format (${d}): update plan-report`,
  }),
  damaged: (d) => ({
    uk: `прихований аркуш запиту пошкоджено (${d})`,
    en: `the hidden request sheet is damaged (${d})`,
  }),
  'other-period': (d) => ({
    uk: `запит до плану за інший період (${d.replace('..', '–')})`,
    en: `a request for a plan of another period (${d.replace('..', '–')})`,
  }),
  'other-plan': (d) => ({
    uk: `запит до іншого плану («${d.replace(/\s+/g, ' ').trim()}»): його заходів у цьому плані немає`,
    en: `a request for another plan ("${d.replace(/\s+/g, ' ').trim()}"): its measures are not in this plan`,
  }),
};

/** Why a file was set aside, in one line (without the file's name). */
export function fileOutcomeText(o: FileOutcome, lang: Lang): string {
  if (o.status === 'superseded')
    return lang === 'uk'
      ? `замінено пізнішою відповіддю тієї самої особи: ${o.supersededBy}`
      : `replaced by a later answer of the same person: ${o.supersededBy}`;
  if (o.status === 'rejected' && o.reason) return REJECTED[o.reason](o.details ?? '')[lang];
  return lang === 'uk' ? 'внесено' : 'merged';
}

const CONFLICTS: Record<ConflictKind, Texts> = {
  'plan-differs': { uk: 'у плані вже інший текст', en: 'the plan already holds a different text' },
  'answers-differ': { uk: 'відповіді різних виконавців різняться', en: 'the answers of two persons differ' },
  'answer-cleared': {
    uk: 'у відповіді текст видалено (об’єднання не стирає клітинок плану)',
    en: 'the answer deleted the text (a merge never empties a plan cell)',
  },
  formula: { uk: 'у клітинці плану формула', en: 'the plan cell holds a formula' },
  'shared-cell': {
    uk: 'клітинку плану об’єднано з клітинками інших заходів',
    en: 'the plan cell is merged with other measures’ cells',
  },
};

export const conflictText = (kind: ConflictKind, lang: Lang): string => CONFLICTS[kind][lang];

export function invalidText(reason: InvalidAnswer['reason'], lang: Lang): string {
  if (reason === 'not-a-status')
    return lang === 'uk'
      ? 'не одне зі слів списку (Виконано, Виконано частково, Виконується, Не виконано, Не розпочато)'
      : 'not one of the listed words (Виконано, Виконано частково, Виконується, Не виконано, Не розпочато)';
  return lang === 'uk' ? 'не дата (ДД.ММ.РРРР)' : 'not a date (DD.MM.YYYY)';
}
