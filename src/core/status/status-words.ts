// The words written in a status column (`Стан виконання`), Ukrainian first, a few English ones.

import type { Status } from '../types';

/** Phrases as compared: lower case, one space, one apostrophe, no punctuation around. */
const COLUMN_WORDS: readonly (readonly [string, Status])[] = [
  ['виконано частково', 'partly-done'],
  ['частково виконано', 'partly-done'],
  ['виконано не повністю', 'partly-done'],
  ['не повністю виконано', 'partly-done'],
  ['виконаний частково', 'partly-done'],
  ['виконана частково', 'partly-done'],
  ['частково виконаний', 'partly-done'],
  ['частково виконана', 'partly-done'],
  ['виконано не в повному обсязі', 'partly-done'],
  ['частково', 'partly-done'],
  ['partly done', 'partly-done'],
  ['partially done', 'partly-done'],
  ['partially completed', 'partly-done'],
  ['partial', 'partly-done'],
  ['не виконано', 'not-done'],
  ['невиконано', 'not-done'],
  ['не виконаний', 'not-done'],
  ['не виконана', 'not-done'],
  ['не виконується', 'not-done'],
  ['not done', 'not-done'],
  ['not completed', 'not-done'],
  ['не розпочато', 'not-started'],
  ['не розпочатий', 'not-started'],
  ['не розпочато виконання', 'not-started'],
  ['не розпочинався', 'not-started'],
  ['not started', 'not-started'],
  ['не потребувало виконання', 'no-grounds'],
  ['не потребує виконання', 'no-grounds'],
  ['підстав не виникало', 'no-grounds'],
  ['підстави не виникали', 'no-grounds'],
  ['підстав не було', 'no-grounds'],
  ['no grounds', 'no-grounds'],
  ['not applicable', 'no-grounds'],
  ['n/a', 'no-grounds'],
  ['виконується', 'in-progress'],
  ['в процесі виконання', 'in-progress'],
  ['у процесі виконання', 'in-progress'],
  ['в процесі', 'in-progress'],
  ['у процесі', 'in-progress'],
  ['триває', 'in-progress'],
  ['триває виконання', 'in-progress'],
  ['на виконанні', 'in-progress'],
  ['in progress', 'in-progress'],
  ['ongoing', 'in-progress'],
  ['виконано', 'done'],
  ['виконаний', 'done'],
  ['виконана', 'done'],
  ['done', 'done'],
  ['completed', 'done'],
  ['complete', 'done'],
];

/** Longest phrases first, so `виконано частково` wins over `виконано` when a cell starts with it. */
const BY_LENGTH = [...COLUMN_WORDS].sort((a, b) => b[0].length - a[0].length);

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}/]+$/gu, '')
    .trim();
}

/**
 * The status a status-column cell names, and the words that named it as written; null for words it
 * does not know. A cell may carry more after the words (`Виконано (05.01.2023)`): the start decides.
 */
export function statusFromColumn(text: string): { status: Status; words: string } | null {
  const key = fold(text);
  if (key === '') return null;
  for (const [phrase, status] of BY_LENGTH) {
    if (key === phrase) return { status, words: text.trim() };
    if (key.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(key.charAt(phrase.length))) {
      return { status, words: originalPrefix(text, phrase) };
    }
  }
  return null;
}

/** The part of `text` (as written) that folds to `phrase`: its words, counted from the first letter. */
function originalPrefix(text: string, phrase: string): string {
  const words = phrase.split(' ').length;
  const m = new RegExp(`[\\p{L}\\p{N}/'’ʼ\`]+(?:[\\s\\u00a0]+[\\p{L}\\p{N}/'’ʼ\`]+){${words - 1}}`, 'u').exec(
    text,
  );
  return m ? m[0] : text.trim();
}

/**
 * True when a cell holds status words and nothing else (`Виконано.`, `ВИКОНАНО ЧАСТКОВО`, `частково виконано `):
 * a column of such cells is a status column, one with free text is the execution report.
 */
export function isOnlyStatusWords(text: string): boolean {
  const key = fold(text);
  return key !== '' && BY_LENGTH.some(([phrase]) => phrase === key);
}
