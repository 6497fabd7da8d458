// Small regex helpers for reading Ukrainian free text: JavaScript's \b knows only ASCII letters, so word
// edges are spelled out with Unicode classes. Every hit keeps the text exactly as written (for evidence).

/** A letter, mark, digit or apostrophe: what a Ukrainian word is made of. */
const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}'’ʼ]";

/** Lookarounds that make a pattern match whole words only. */
export const WORD_START = `(?<!${WORD_CHAR})`;
export const WORD_END = `(?!${WORD_CHAR})`;

/** Any Ukrainian apostrophe (typed three ways in office documents), or none. */
export const APOS = "['’ʼ`]?";

/** Where a clause ends: a line break, `;`, `!`, `?` or a full stop before a space (dates keep their dots). */
export const CLAUSE_END = /[\n;!?]|\.(?=\s)/g;

export interface Hit {
  index: number;
  text: string;
}

/** A global, case-insensitive Unicode regex matching whole words of `source`. */
export function wordRegex(source: string): RegExp {
  return new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'giu');
}

/** Every match of `re` in `text`, in order (re must be global). */
export function allHits(re: RegExp, text: string): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    hits.push({ index: m.index, text: m[0] });
    if (m[0] === '') re.lastIndex++;
  }
  return hits;
}

/** The earliest match of any of `res` in `text`, or null. */
export function firstHit(res: readonly RegExp[], text: string): Hit | null {
  let best: Hit | null = null;
  for (const re of res) {
    const hit = allHits(re, text)[0];
    if (hit && (best === null || hit.index < best.index)) best = hit;
  }
  return best;
}

/**
 * Start of the clause that contains position `at` (just after the last clause end before it), looking
 * back at most `maxBack` characters.
 */
export function clauseStart(text: string, at: number, maxBack: number): number {
  const from = Math.max(0, at - maxBack);
  const window = text.slice(from, at);
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(window); m !== null; m = CLAUSE_END.exec(window))
    start = m.index + m[0].length;
  return from + start;
}

// ---- Cheap checks before the regexes ----------------------------------------------------------------
// The whole-word regexes above test a Unicode lookbehind at every position of a text, which is slow over
// thousands of execution texts. Most texts hold none of a regex's words, so a plain search of a lower-case
// copy for a word every match must contain rules the regex out first. Lower-casing agrees with the
// regexes' case-insensitive matching (for the Cyrillic and Latin letters searched for) on every character
// but a few (below): a text holding one of those is always given to the regexes.

/** Characters whose lower case differs from the `iu` regexes' case folding. */
const UNSAFE_FOR_LOWER = /[\u0130\u017f\u1c80-\u1c88\u1e9e\u212a]/;
const SURROGATE = /[\ud800-\udfff]/;

/** `text` in lower case for plain searches, or null when such searches could miss what the regexes find. */
export function lowerForSearch(text: string): string | null {
  return UNSAFE_FOR_LOWER.test(text) ? null : text.toLowerCase();
}

/** A plain (not Unicode, case-sensitive) regex finding any of `needles`: lower-case letters only. */
export function needleRegex(needles: readonly string[]): RegExp {
  return new RegExp(needles.join('|'));
}

/** False only when `lower` (from lowerForSearch) has no match of `needles` (needleRegex): the regex cannot match. */
export function mayContain(lower: string | null, needles: RegExp): boolean {
  return lower === null || needles.test(lower);
}

// Character kinds as the `iu` regexes see them (a few marks fold to letters): 1 not a word character,
// 2 a word character that is no letter, 3 a letter. Filled lazily, one regex test per distinct character.
const WORD_CHAR_RE = new RegExp(WORD_CHAR, 'iu');
const LETTER_RE = /\p{L}/iu;
const CHAR_KIND = new Uint8Array(0x10000);

function charKind(code: number): number {
  let kind = CHAR_KIND[code];
  if (kind === 0) {
    const ch = String.fromCharCode(code);
    kind = LETTER_RE.test(ch) ? 3 : WORD_CHAR_RE.test(ch) ? 2 : 1;
    CHAR_KIND[code] = kind;
  }
  return kind;
}

/**
 * Whole words made of letters only, in order, as `wordRegex('\\p{L}+')` would find them, as start and end
 * offsets one after the other (no strings built); null for a text with characters outside the Basic
 * Multilingual Plane (it is read one UTF-16 unit per character).
 */
export function letterWords(text: string): number[] | null {
  if (SURROGATE.test(text)) return null;
  const words: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (charKind(text.charCodeAt(i)) === 1) {
      i++;
      continue;
    }
    const start = i;
    let letters = true;
    for (; i < n; i++) {
      const kind = charKind(text.charCodeAt(i));
      if (kind === 1) break;
      if (kind === 2) letters = false;
    }
    if (letters) words.push(start, i);
  }
  return words;
}
