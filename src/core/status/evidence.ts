// The searches that find, in one execution text, the words a status is decided by (phrases.ts lists
// them). Each keeps the words exactly as written, for the evidence a person reads. The cheap checks of
// match.ts run first: most texts hold none of a pattern's words, and then its regex never runs.
import { allHits, clauseStart, firstHit, type Hit, letterWords, lowerForSearch, mayContain } from './match';
import {
  ANY_PAST_ENDINGS,
  ANY_PAST_RE,
  EVENT_AFTER,
  EVENT_NEGATION,
  EVENT_NOUN_RE,
  NEGATED_BEFORE,
  NOTHING_HAPPENED,
  OFFENCE_NOUN_RE,
  PAST_WORD,
  type Phrase,
  WANTING_AFTER,
  WORK_STEMS,
  WORK_VERB_RE,
} from './phrases';

export type { Hit } from './match';

/** One execution text with what the cheap checks need: its lower-case copy (null: use the regexes only). */
export interface Scan {
  text: string;
  lower: string | null;
  /** Whether `не` followed by a blank occurs (every negation pattern needs it). */
  ne: boolean;
  /** Letter-only words as start/end offsets (null: the text needs the regexes), found once. */
  words?: number[] | null;
}

export function scanOf(text: string): Scan {
  const lower = lowerForSearch(text);
  return { text, lower, ne: lower === null || /не\s/.test(lower) };
}

/** Whether the text holds what every match of the phrase needs (false: it cannot match). */
function mayMatch(p: Phrase, scan: Scan): boolean {
  return p.needs === 'ne' ? scan.ne : mayContain(scan.lower, p.needs);
}

/** The earliest match of any of the phrases, trying only those whose words the text holds. */
export function firstOf(list: readonly Phrase[], scan: Scan): Hit | null {
  const res: RegExp[] = [];
  for (const p of list) if (mayMatch(p, scan)) res.push(p.re);
  return res.length === 0 ? null : firstHit(res, scan.text);
}

/** Letter-only words of a text lowerForSearch accepted; null when letterWords cannot read it. */
function wordsOf(scan: Scan): number[] | null {
  if (scan.words === undefined) scan.words = scan.lower === null ? null : letterWords(scan.text);
  return scan.words;
}

/** WORK_STEMS by first letter, to test a lower-case word against them quickly. */
const STEMS_BY_FIRST = new Map<string, string[]>();
for (const stem of WORK_STEMS) {
  const list = STEMS_BY_FIRST.get(stem[0]) ?? [];
  list.push(stem);
  STEMS_BY_FIRST.set(stem[0], list);
}

/** Every match of WORK_VERB_RE: whole letter-only words that start with a work stem. */
function workVerbs(scan: Scan): Hit[] {
  const words = wordsOf(scan);
  if (words === null || scan.lower === null) return allHits(WORK_VERB_RE, scan.text);
  const lower = scan.lower;
  const hits: Hit[] = [];
  for (let i = 0; i < words.length; i += 2) {
    const start = words[i];
    const stems = STEMS_BY_FIRST.get(lower[start]);
    if (stems !== undefined && stems.some((stem) => lower.startsWith(stem, start)))
      hits.push({ index: start, text: scan.text.slice(start, words[i + 1]) });
  }
  return hits;
}

/** The first match of ANY_PAST_RE: a letter-only word of 3+ letters before a past ending. */
export function anyPast(scan: Scan): Hit | null {
  const words = wordsOf(scan);
  if (words === null || scan.lower === null) return firstHit([ANY_PAST_RE], scan.text);
  const lower = scan.lower;
  for (let i = 0; i < words.length; i += 2) {
    const start = words[i];
    const end = words[i + 1];
    for (const ending of ANY_PAST_ENDINGS) {
      if (end - start >= 3 + ending.length && lower.endsWith(ending, end))
        return { index: start, text: scan.text.slice(start, end) };
    }
  }
  return null;
}

/** Work verbs in the past that are not negated (`не проводилися`) nor promised (`буде здійснено`). */
export function workDone(scan: Scan): Hit[] {
  const { text, lower } = scan;
  return workVerbs(scan).filter((hit) => {
    if (!PAST_WORD.test(hit.text)) return false;
    const from = Math.max(0, hit.index - 12);
    // Only a window holding `не` or `буд` can end in a negation or a promise.
    if (lower !== null && !NEGATED_BEFORE.needs.test(lower.slice(from, hit.index))) return true;
    return !NEGATED_BEFORE.re.test(text.slice(from, hit.index));
  });
}

/** The nearest event noun before a negation, within its clause (an offence noun only if no event). */
function eventBefore(text: string, negation: Hit): Hit | null {
  const from = clauseStart(text, negation.index, 250);
  const clause = text.slice(from, negation.index);
  const noun = allHits(EVENT_NOUN_RE, clause).pop() ?? allHits(OFFENCE_NOUN_RE, clause).pop();
  return noun ? { index: from + noun.index, text: noun.text } : null;
}

/** Evidence for `noun … negation`: one substring when short, else the two ends. */
function spanEvidence(text: string, noun: Hit, negation: Hit): string[] {
  const end = negation.index + negation.text.length;
  return end - noun.index <= 90 ? [text.slice(noun.index, end)] : [noun.text, negation.text];
}

/** `повідомлень … не надходило` and friends: the evidence, or null when nothing like it is written. */
export function nothingHappened(scan: Scan): string[] | null {
  const text = scan.text;
  const found: { index: number; evidence: string[] }[] = [];
  if (mayMatch(NOTHING_HAPPENED, scan)) {
    for (const neg of allHits(NOTHING_HAPPENED.re, text)) {
      const noun = eventBefore(text, neg);
      found.push(
        noun
          ? { index: noun.index, evidence: spanEvidence(text, noun, neg) }
          : { index: neg.index, evidence: [neg.text] },
      );
    }
  }
  if (mayMatch(EVENT_NEGATION, scan)) {
    for (const neg of allHits(EVENT_NEGATION.re, text)) {
      if (WANTING_AFTER.test(text.slice(neg.index, neg.index + 40))) continue;
      const noun = eventBefore(text, neg);
      if (noun) found.push({ index: noun.index, evidence: spanEvidence(text, noun, neg) });
    }
  }
  if (mayMatch(EVENT_AFTER, scan)) {
    for (const hit of allHits(EVENT_AFTER.re, text)) found.push({ index: hit.index, evidence: [hit.text] });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.index - b.index);
  return found[0].evidence;
}
