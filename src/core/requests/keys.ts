// The identities a request carries, so answers find their way back whatever happened to the rows:
// - a measure's key comes from what the measure *is* (its text; its number only when it has no text), not
//   from its row, so sorting, deleting or inserting rows — in the answer or in the plan — does not move it;
//   the same text twice gets `-2`, `-3` in plan order;
// - fingerprints of the locked cells (number, measure, deadline) and of the texts sent for filling tell the
//   merge whether a locked cell was changed and whether a returned text is new.
// Texts are compared folded (spaces, line breaks, invisible and control characters): a spreadsheet program
// re-saving a file may change those, a person's answer changes words.
import { foldSpaces, matchKey } from '../text';
import type { Plan } from '../types';
import { textHash } from './hash';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** The form of a text the fingerprints are taken of. */
export function canonicalText(text: string): string {
  return foldSpaces(text.replace(CONTROL, ' '));
}

/** Fingerprint of one cell's text as the merge compares it. */
export function textPrint(text: string): string {
  return textHash(canonicalText(text));
}

/** One key per measure of the plan, in plan order: `m` + 14 hex digits, `-n` for the n-th of equal texts. */
export function measureKeys(plan: Plan): string[] {
  const seen = new Map<string, number>();
  return plan.measures.map((m) => {
    const text = matchKey(m.measure);
    const identity =
      text !== '' ? `t:${text}` : m.number.trim() !== '' ? `n:${matchKey(m.number)}` : `r:${m.row}`;
    const count = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, count);
    return `m${textHash(identity)}${count > 1 ? `-${count}` : ''}`;
  });
}

/**
 * The plan a request belongs to: its title and period. A title edited after the requests went out makes a
 * different id; the merge then still accepts answers whose measures it finds (see merge.ts).
 */
export function planId(plan: Plan): string {
  return `p${textHash(`${matchKey(plan.title.join(' '))}|${plan.period.from}|${plan.period.to}`)}`;
}
