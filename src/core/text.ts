// Text normalisation shared by the reader and the rules. Workbook text is never rewritten with these:
// they only produce keys for comparing and matching.

/** Latin letters that look like Cyrillic ones (and vice versa) in Ukrainian office documents. */
const HOMOGLYPHS: Record<string, string> = {
  i: 'і',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};

const APOSTROPHES = /[’'ʼ`´‘]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const INVISIBLE = /[\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Lower case, one kind of apostrophe and space, no invisible marks, trimmed. */
export function foldSpaces(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/**
 * A key for comparing names and headings: case, spacing, line breaks, punctuation and look-alike Latin
 * letters ignored. `Начальник відділу,  ` and `начальник  відділу` give the same key.
 */
export function matchKey(text: string): string {
  const lowered = foldSpaces(text).toLowerCase().replace(APOSTROPHES, "'");
  const noPunct = lowered.replace(/[^\p{L}\p{N}'№/ ]+/gu, ' ');
  // Latin look-alikes inside words that are otherwise Cyrillic (a common typing slip).
  const folded = noPunct.replace(/\p{L}+/gu, (word) =>
    /[\u0400-\u04ff]/.test(word) ? word.replace(/[a-z]/g, (ch) => HOMOGLYPHS[ch] ?? ch) : word,
  );
  return folded.replace(/ +/g, ' ').trim();
}

/** Text of a heading for header matching: as matchKey, but slashes and № kept apart from words. */
export function headingKey(text: string): string {
  return matchKey(text.replace(/№/g, ' № ')).replace(/ ?\/ ?/g, '/');
}

/** Roman numeral letters written in either alphabet, normalised to Latin capitals. */
export function latinRoman(text: string): string {
  return text.replace(/[Іі]/g, 'I').replace(/[Хх]/g, 'X').replace(/[Vv]/g, 'V').toUpperCase();
}

/** The value of a Roman numeral of Latin capitals, or null if it is not one. */
export function romanValue(numeral: string): number | null {
  if (!/^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(numeral) || numeral === '')
    return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = values[numeral[i]];
    const next = values[numeral[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}
