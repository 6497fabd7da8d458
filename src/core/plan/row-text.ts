// What single cells of a body row say: a measure's number, a section heading, a filler mark.
import { romanToNumber, toLatinRoman } from '../deadline/roman';

// Matched on the trimmed text: `\s*…?\s*$` at the end backtracks over every blank of a long run (quadratic).
const MEASURE_NUMBER = /^\d{1,4}(?:\s?\.\s?\d{1,3})*(?:\s*[.)])?$/;

/** `1`, `1.`, `1.1`, `1.1.`, `2)`: a measure's number as offices write it. */
export function isMeasureNumber(text: string): boolean {
  return MEASURE_NUMBER.test(text.trim());
}

/** A dash or bullet alone (`-`, `–`, `•`, `*`): the mark of a list item, no number. */
export function isFillerMark(text: string): boolean {
  return /^[\s\-–—‒―•·*●▪◦○»>]+$/u.test(text);
}

const SECTION_NUMERAL = /^\s*([IVXІХivxіх]{1,6})\s*[.)]\s*(.*)$/su;

/** `ІІІ. Title` -> { numeral: 'III', title: 'Title' } when the letters form a Roman numeral. */
export function parseSectionHeading(text: string): { numeral: string; title: string } | null {
  const m = SECTION_NUMERAL.exec(text);
  if (!m) return null;
  const numeral = toLatinRoman(m[1]);
  if (numeral === null || romanToNumber(numeral) === null) return null;
  return { numeral, title: foldTitle(m[2]) };
}

/** A title on one line: runs of blanks and line breaks as one space. */
export function foldTitle(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
