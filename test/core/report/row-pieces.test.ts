import { MAX_CELL_CHARS } from '../../../src/core/report/page-geometry';
import { cutLines, measureCell, nextStart, pieceText } from '../../../src/core/report/row-pieces';

const BODY = { size: 12 };
/** Every line of the text is its own wrapped line in a wide box: the cuts are easy to read. */
const cell = (text: string) => measureCell(text, 2000, BODY);

describe('continuation cuts', () => {
  it('take all of a text that fits', () => {
    const c = cell('один\nдва');
    expect(cutLines(c, 0, 5)).toBe(2);
  });

  it('cut at the end of a paragraph when one ends in the last half of the room', () => {
    const c = cell('a1\na2\n\nb1\nb2\nb3\nb4');
    // Room for 5 lines: the paragraph a1–a2 ends at line 2 (a blank line follows).
    expect(cutLines(c, 0, 4)).toBe(2);
    expect(pieceText(c, 0, 2)).toBe('a1\na2');
    expect(nextStart(c, 2)).toBe(3);
  });

  it('else at a line break, else where a line wraps between words', () => {
    const lines = cell('r1\nr2\nr3\nr4\nr5');
    expect(cutLines(lines, 0, 3)).toBe(3);
    const prose = measureCell('слово '.repeat(60).trim(), 100, BODY);
    const to = cutLines(prose, 0, 4);
    expect(to).toBe(4);
    expect(pieceText(prose, 0, to).endsWith('слово')).toBe(true);
  });

  it('ignore a paragraph end early in the room, which would waste most of the row', () => {
    const c = cell('a\n\nb1\nb2\nb3\nb4\nb5\nb6\nb7\nb8');
    expect(cutLines(c, 0, 8)).toBe(8);
  });

  it('keep the last piece to the end of the text, trailing blanks and all', () => {
    const c = cell('a\nb  ');
    expect(pieceText(c, 1, 2)).toBe('b  ');
  });

  it('never put more than Excel holds in a cell, even of characters that take no width', () => {
    const text = '\u200b'.repeat(MAX_CELL_CHARS * 2 + 5);
    const c = measureCell(text, 300, BODY);
    let from = 0;
    const parts: string[] = [];
    while (from < c.lines.length) {
      const to = cutLines(c, from, 25);
      parts.push(pieceText(c, from, to));
      from = nextStart(c, to);
    }
    expect(parts.length).toBe(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(parts.join('')).toBe(text);
  });

  it('never split a surrogate pair', () => {
    const text = '😀'.repeat(MAX_CELL_CHARS);
    const c = measureCell(text, 1e9, BODY);
    for (const l of c.lines) expect(text.charCodeAt(l.start) & 0xfc00).not.toBe(0xdc00);
  });
});
