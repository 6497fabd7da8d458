// Continuation rows: a row whose text needs more than one sheet row can show (409 pt, 32,767 characters, or
// the space left on a printed page) continues on the next rows. Each cell's wrapped lines are cut into
// pieces, at a paragraph if one ends in the last half of the room, else at a line break, else where the line
// wraps (between words); only a word wider than its cell is cut inside, where the renderer breaks it too.
// Only blanks are dropped at a cut (the row boundary stands for them), never another character.
import { MAX_CELL_CHARS } from './page-geometry';
import { type TextFont, type TextLine, wrapLines } from './text-metrics';

export interface CellLines {
  text: string;
  lines: TextLine[];
}

/** The cell's text wrapped; no line is longer than a cell may hold (zero-width characters could pile up). */
export function measureCell(text: string, width: number, font: TextFont): CellLines {
  const wrapped = wrapLines(text, width, font);
  if (!wrapped.some((l) => l.end - l.start > MAX_CELL_CHARS)) return { text, lines: wrapped };
  const lines: TextLine[] = [];
  for (const l of wrapped) {
    let start = l.start;
    while (l.end - start > MAX_CELL_CHARS) {
      let cut = start + MAX_CELL_CHARS;
      const c = text.charCodeAt(cut);
      if (c >= 0xdc00 && c < 0xe000) cut--; // never between the halves of a surrogate pair
      lines.push({ start, end: cut, paragraphEnd: false });
      start = cut;
    }
    lines.push({ start, end: l.end, paragraphEnd: l.paragraphEnd });
  }
  return { text, lines };
}

const isEmpty = (l: TextLine): boolean => l.start === l.end;

/** Characters of lines [from, to) as one cell holds them. */
function charsOf(cell: CellLines, from: number, to: number): number {
  return cell.lines[to - 1].end - cell.lines[from].start;
}

/**
 * Where the piece of a cell starting at line `from` ends (exclusive), given room for `room` lines: all of
 * the rest when it fits, else the best boundary in the last half of the room.
 */
export function cutLines(cell: CellLines, from: number, room: number): number {
  const total = cell.lines.length;
  let high = Math.min(total, from + Math.max(1, room));
  while (high > from + 1 && charsOf(cell, from, high) > MAX_CELL_CHARS) high--;
  if (high === total) return total;
  const low = Math.max(from + 1, Math.min(high, from + Math.ceil(room / 2)));
  let lineBreak = -1;
  for (let k = high; k >= low; k--) {
    const last = cell.lines[k - 1];
    if (!last.paragraphEnd) continue;
    // A paragraph ends where a blank line follows it.
    if (k < total && isEmpty(cell.lines[k]) && !isEmpty(last)) return k;
    if (lineBreak < 0) lineBreak = k;
  }
  return lineBreak > 0 ? lineBreak : high;
}

/** The first line of the next piece: blank lines at a cut are the gap the row boundary already makes. */
export function nextStart(cell: CellLines, to: number): number {
  let k = to;
  while (k < cell.lines.length && isEmpty(cell.lines[k])) k++;
  return k;
}

/** Text of lines [from, to) exactly as written; the last piece keeps whatever ends the text. */
export function pieceText(cell: CellLines, from: number, to: number): string {
  const end = to >= cell.lines.length ? cell.text.length : cell.lines[to - 1].end;
  return cell.text.slice(from === 0 ? 0 : cell.lines[from].start, end);
}
