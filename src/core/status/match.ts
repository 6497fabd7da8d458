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
