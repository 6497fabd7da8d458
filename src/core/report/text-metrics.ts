// How wide a text is in the report font and where it wraps, from Times New Roman's per-character widths
// (font-widths.ts, derived from the metric-compatible Liberation Serif). Row heights, continuation rows and
// page breaks are all computed from this, so the printed table neither clips a line nor wastes paper.
import { TIMES_WIDTHS } from './font-widths';

export interface TextFont {
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** A character the table does not list is taken as wide as an em (CJK, emoji, rare symbols): errs long. */
const FALLBACK = 1000;
const TABLE_END = 0x2200;

function widthTable(ranges: [number, number[]][]): Uint16Array {
  const table = new Uint16Array(TABLE_END).fill(FALLBACK);
  for (const [from, widths] of ranges) {
    widths.forEach((w, i) => {
      if (w >= 0) table[from + i] = w;
    });
  }
  // Marks that take no room of their own: combining accents, zero-width spaces and joiners.
  table.fill(0, 0x300, 0x370);
  table.fill(0, 0x200b, 0x2010);
  // Controls other than the breaks are drawn as nothing; a tab as a space or more.
  table.fill(0, 0, 0x20);
  table[0x09] = 4 * table[0x20];
  return table;
}

const TABLES = {
  regular: widthTable(TIMES_WIDTHS.regular),
  bold: widthTable(TIMES_WIDTHS.bold),
  italic: widthTable(TIMES_WIDTHS.italic),
};

function tableOf(font: TextFont): Uint16Array {
  return font.bold ? TABLES.bold : font.italic ? TABLES.italic : TABLES.regular;
}

/** Width of one UTF-16 unit (a surrogate pair counts once, on its first half) in thousandths of an em. */
function unitWidth(table: Uint16Array, c: number): number {
  if (c < TABLE_END) return table[c];
  if (c >= 0xdc00 && c < 0xe000) return 0; // second half of a pair: counted with the first
  return c === 0xfeff ? 0 : FALLBACK;
}

/** Width of a text on one line, in points. */
export function textWidth(text: string, font: TextFont): number {
  const table = tableOf(font);
  let units = 0;
  for (let i = 0; i < text.length; i++) units += unitWidth(table, text.charCodeAt(i));
  return (units * font.size) / 1000;
}

/** One wrapped line of a text: `text.slice(start, end)`, its trailing blanks excluded. */
export interface TextLine {
  start: number;
  end: number;
  /** True on the last line of a paragraph (a line break or the end of the text follows). */
  paragraphEnd: boolean;
}

// A no-break space joins words: no renderer breaks there.
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09;
/** `-`, `‐`, `–`: a line may end after one inside a word. */
const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2013;
const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d;

/**
 * The lines a text wraps into in a box `width` points wide, as Excel and LibreOffice wrap cell text: at
 * line breaks, then at blanks (a run of blanks at the end of a line hangs outside it), and a word wider than
 * the box is broken after a hyphen or else between characters. Renderers may break at more places (after a
 * hyphen inside a word that would fit); breaking at fewer never gives fewer lines, so the estimate errs
 * long, never short. Linear in the text's length.
 */
export function wrapLines(text: string, width: number, font: TextFont): TextLine[] {
  const lines: TextLine[] = [];
  wrap(text, width, font, lines);
  return lines;
}

/** The number of lines wrapLines gives, without building them. */
export function lineCount(text: string, width: number, font: TextFont): number {
  return wrap(text, width, font, null);
}

function wrap(text: string, width: number, font: TextFont, out: TextLine[] | null): number {
  const table = tableOf(font);
  const box = Math.max(1, (width * 1000) / font.size); // in font units
  const n = text.length;
  let count = 0;
  const emit = (start: number, end: number, paragraphEnd: boolean): void => {
    count++;
    out?.push({ start, end, paragraphEnd });
  };
  let from = 0;
  for (;;) {
    let to = from;
    while (to < n && !isBreak(text.charCodeAt(to))) to++;
    wrapParagraph(text, from, to, box, table, emit);
    if (to >= n) break;
    // \r\n is one break; a break at the very end leaves an empty last line, as Excel shows it.
    from = text.charCodeAt(to) === 0x0d && text.charCodeAt(to + 1) === 0x0a ? to + 2 : to + 1;
  }
  return count;
}

type Emit = (start: number, end: number, paragraphEnd: boolean) => void;

function wrapParagraph(text: string, from: number, to: number, box: number, table: Uint16Array, emit: Emit) {
  let lineStart = from;
  let lineEnd = from; // end of the last word on the line
  let used = 0; // width up to lineEnd
  let i = from;
  while (i < to) {
    let blanks = 0;
    let j = i;
    while (j < to && isSpace(text.charCodeAt(j))) blanks += unitWidth(table, text.charCodeAt(j++));
    const wordStart = j;
    let word = 0;
    while (j < to && !isSpace(text.charCodeAt(j))) word += unitWidth(table, text.charCodeAt(j++));
    if (wordStart === j) break; // trailing blanks hang at the end of the last line
    const empty = lineEnd === lineStart;
    // Blanks opening a paragraph indent it; blanks where a line wrapped hang on the line before.
    const lead = empty && lineStart !== from ? 0 : blanks;
    if (used + lead + word <= box) {
      used += lead + word;
      lineEnd = j;
      i = j;
      continue;
    }
    if (!empty) {
      emit(lineStart, lineEnd, false);
      lineStart = lineEnd = wordStart;
      used = 0;
      i = wordStart;
      continue;
    }
    // A word wider than the box on a line of its own: broken after its last hyphen that fits (as
    // LibreOffice does), else between characters, at least one a line. Either packs no tighter than
    // breaking between characters only, so the count stays on the long side whichever a renderer does.
    let start = lineStart;
    let w = lead;
    let hyphen = -1;
    let hyphenW = 0;
    for (let k = wordStart; k < j; k++) {
      const c = text.charCodeAt(k);
      const u = unitWidth(table, c);
      const splitsPair = c >= 0xdc00 && c < 0xe000;
      if (w > 0 && w + u > box && !splitsPair) {
        if (hyphen > start) {
          emit(start, hyphen, false);
          w -= hyphenW;
          start = hyphen;
          hyphen = -1;
        }
        if (w > 0 && w + u > box) {
          emit(start, k, false);
          start = k;
          w = 0;
        }
      }
      w += u;
      if (isHyphen(c) && k + 1 < j) {
        hyphen = k + 1;
        hyphenW = w;
      }
    }
    lineStart = start;
    lineEnd = j;
    used = w;
    i = j;
  }
  emit(lineStart, lineEnd, true);
}
