// Puts a deadline phrase into one canonical spelling so the matchers stay simple. Only for matching: the
// Deadline keeps the cell's text exactly as written.

// Invisible characters that split words without showing (zero-width space/joiners, direction marks, word
// joiner, soft hyphen, BOM), as pasted from other documents: dropped.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u00ad\ufeff]/g;
// Control characters, NBSP, tabs, line breaks and every other Unicode space: one plain space.
// eslint-disable-next-line no-control-regex
const SPACES = /[\u0000-\u001f\u007f-\u009f\s]+/gu;
// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus, small/fullwidth
// hyphen-minus: all mean the same in a deadline.
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;
// Latin letters typed by mistake inside Cyrillic words (`квiтня` with Latin i) look the same on paper.
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};
// `2023 року`, `2023р.`, `2024-2025 рр.`, `2023 рік`: the year is enough. Only after four digits, so
// `протягом року` keeps its `року`.
const YEAR_SUFFIX = /(\d{4})\s?(?:рр|р|року|рік|роки|років|рока)\.?(?![\p{L}\p{N}])/gu;

const LATIN_LOWER = /[a-z]/;
const TRAILING = /[\s.,;:!?…»"'”-]/u;

/** Drops trailing blanks and punctuation, as `replace(/[…]+$/u, '')` would, scanning back from the end. */
function trimTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

function fixHomoglyphs(word: string): string {
  if (!/\p{Script=Cyrillic}/u.test(word) || !/[a-z]/.test(word)) return word;
  return word.replace(/[a-z]/g, (ch) => HOMOGLYPHS[ch] ?? ch);
}

/**
 * Lower case, one kind of space and dash (no spaces around a dash), Latin look-alikes inside Cyrillic
 * words replaced, year suffixes (`року`, `р.`, `рр.` …) dropped after a year, leading bullets and trailing
 * punctuation removed.
 */
export function normaliseDeadlineText(text: string): string {
  let s = text.replace(INVISIBLE, '').replace(SPACES, ' ').toLowerCase().replace(DASHES, '-');
  // Only a text with a Latin letter can have a look-alike to replace.
  if (LATIN_LOWER.test(s)) s = s.replace(/[\p{L}\p{N}]+/gu, fixHomoglyphs);
  s = s.replace(/\s*-+\s*/g, '-');
  // `кв.2024` -> `кв. 2024`: an abbreviation glued to the year it qualifies.
  if (s.includes('.')) s = s.replace(/(\p{L})\.(?=\d)/gu, '$1. ');
  s = s.replace(YEAR_SUFFIX, '$1');
  s = trimTrailing(s.replace(/^[\s•·*\-–«"'“„]+/u, ''));
  return s.replace(/ {2,}/g, ' ').trim();
}
