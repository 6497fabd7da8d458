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

const LATIN_LOWER = /[a-z]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const APOSTROPHES = /[’'ʼ`´‘]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const INVISIBLE = /[\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Results of a pure function of text, kept by a scope (what else the result depends on) and the text
 * itself: plans repeat the same phrases (`Постійно`, `Протягом року`) in many rows. The text is a key on its
 * own, not joined into a longer one, so a cell's string is hashed once however often it is looked up.
 * Emptied when full, so memory stays bounded however large the workbook.
 */
export class TextCache<V> {
  private readonly scopes = new Map<string, Map<string, V>>();
  private size = 0;
  constructor(private readonly limit = 4096) {}

  // The last scope used, so a run of lookups in one scope finds its map without hashing the scope again.
  private lastScope: string | null = null;
  private lastTexts: Map<string, V> | undefined;

  get(scope: string, text: string): V | undefined {
    if (scope !== this.lastScope) {
      this.lastScope = scope;
      this.lastTexts = this.scopes.get(scope);
    }
    return this.lastTexts?.get(text);
  }

  set(scope: string, text: string, value: V): V {
    if (this.size >= this.limit) {
      this.scopes.clear();
      this.size = 0;
    }
    let texts = this.scopes.get(scope);
    if (!texts) this.scopes.set(scope, (texts = new Map()));
    this.lastScope = scope;
    this.lastTexts = texts;
    texts.set(text, value);
    this.size++;
    return value;
  }
}

const MATCH_KEYS = new TextCache<string>();

// Spaces of every kind, control characters, and invisible marks (zero-width, soft hyphen, direction marks, BOM).
// eslint-disable-next-line no-control-regex
const NOT_BLANK = /[^\s\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/** True when a cell shows nothing: only blanks and invisible characters. */
export function isBlank(text: string): boolean {
  return !NOT_BLANK.test(text);
}

/**
 * `text` without the characters matching `start` at its start and `end` at its end (each a one-character
 * class). Linear: `/^[…]+|[…]+$/g` retries the end pattern from every character of a run inside the text,
 * so a cell holding 100,000 blanks between two words took seconds.
 */
export function trimChars(text: string, start: RegExp, end: RegExp = start): string {
  let from = 0;
  let to = text.length;
  while (from < to && start.test(text[from])) from++;
  while (to > from && end.test(text[to - 1])) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

/** Lower case, one kind of apostrophe and space, no invisible marks, trimmed. */
export function foldSpaces(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/**
 * A key for comparing names and headings: case, spacing, line breaks, punctuation and look-alike Latin
 * letters ignored. `Начальник відділу,  ` and `начальник  відділу` give the same key.
 */
export function matchKey(text: string): string {
  return MATCH_KEYS.get('', text) ?? MATCH_KEYS.set('', text, computeMatchKey(text));
}

function computeMatchKey(text: string): string {
  const lowered = foldSpaces(text).toLowerCase().replace(APOSTROPHES, "'");
  const noPunct = lowered.replace(/[^\p{L}\p{N}'№/ ]+/gu, ' ');
  // Latin look-alikes inside words that are otherwise Cyrillic (a common typing slip); only a text with
  // both alphabets can hold such a word.
  if (!LATIN_LOWER.test(noPunct) || !CYRILLIC.test(noPunct)) return noPunct.replace(/ +/g, ' ').trim();
  const folded = noPunct.replace(/\p{L}+/gu, (word) =>
    /[\u0400-\u04ff]/.test(word) ? word.replace(/[a-z]/g, (ch) => HOMOGLYPHS[ch] ?? ch) : word,
  );
  return folded.replace(/ +/g, ' ').trim();
}

/** Text of a heading for header matching: as matchKey, but slashes and № kept apart from words. */
export function headingKey(text: string): string {
  return matchKey(text.replace(/№/g, ' № ')).replace(/ ?\/ ?/g, '/');
}
