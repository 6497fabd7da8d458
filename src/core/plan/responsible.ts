// Splitting a responsible-persons cell into persons. Line breaks and `;` always separate; a comma separates
// only when a new position starts after it (a capital letter), because department names contain commas:
// `Відділ цифрового розвитку, програмно-технічного забезпечення і захисту інформації` is one department.
import { foldSpaces, TextCache, trimChars } from '../text';

/** Punctuation and blanks around a person: a leading dot too (a list's `.`), never a trailing one (`ін.`). */
const LEAD_PUNCT = /[\s,.;:\-–—•·*]/;
const TRAIL_PUNCT = /[\s,;:\-–—•·*]/;

/** Cells already split (responsible cells repeat from row to row); copied on the way out. */
const SPLIT = new TextCache<string[]>();

export function splitResponsible(text: string): string[] {
  return [...(SPLIT.get('', text) ?? SPLIT.set('', text, split(text)))];
}

function split(text: string): string[] {
  const pieces: string[] = [];
  for (const line of text.split(/[\n\r;]+/)) {
    for (const part of line.split(/,(?=[\s\u00a0]*[\p{Lu}])/u)) {
      const cleaned = trimChars(foldSpaces(part), LEAD_PUNCT, TRAIL_PUNCT);
      if (cleaned) pieces.push(cleaned);
    }
  }
  return pieces;
}
