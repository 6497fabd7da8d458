// Roman numerals as Ukrainian clerks type them: Cyrillic І (U+0406) and Х (U+0425) stand for Latin I and
// X, and one numeral may mix both alphabets (`ІV` = Cyrillic І + Latin V).

const TO_LATIN: Readonly<Record<string, string>> = {
  і: 'I',
  І: 'I',
  х: 'X',
  Х: 'X',
};

/** Characters (either case, both alphabets) a Roman numeral may be written with, for regex classes. */
export const ROMAN_CHARS = 'ivxlcIVXLCіІхХ';

/** `ІV` -> `IV`; null when a character is not a Roman digit in either alphabet. */
export function toLatinRoman(text: string): string | null {
  let out = '';
  for (const ch of text) {
    const latin = TO_LATIN[ch] ?? ch.toUpperCase();
    if (latin.length !== 1 || !'IVXLC'.includes(latin)) return null;
    out += latin;
  }
  return out === '' ? null : out;
}

const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
// Canonical forms only (1..399), so `IIII` or `VX` are not read as numbers.
const CANONICAL = /^C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Value of a Roman numeral in either alphabet (`ІІІ`, `iv`, `ІV`), or null when it is not one. */
export function romanToNumber(text: string): number | null {
  const latin = toLatinRoman(text);
  if (latin === null || !CANONICAL.test(latin)) return null;
  let total = 0;
  for (let i = 0; i < latin.length; i++) {
    const v = VALUES[latin[i]];
    const next = i + 1 < latin.length ? VALUES[latin[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}
