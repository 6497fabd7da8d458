import fc from 'fast-check';
import { TIMES_WIDTHS } from '../../../src/core/report/font-widths';
import { lineCount, textWidth, wrapLines } from '../../../src/core/report/text-metrics';

const BODY = { size: 12 };

describe('the Times New Roman width table', () => {
  it('has a width for every character the reports write: Latin, Cyrillic with Ґ, dashes, quotes, №', () => {
    const known = new Map<number, number>();
    for (const [from, widths] of TIMES_WIDTHS.regular) widths.forEach((w, i) => known.set(from + i, w));
    for (const ch of 'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ’«»“”—–-№ ,.;:()0123456789ABCxyz') {
      if (ch === 'ʼ') continue; // modifier apostrophe: not in the table, measured wide
      expect([ch, known.get(ch.codePointAt(0)!)! > 0]).toEqual([ch, true]);
    }
  });

  it('is per character, not one constant: Times New Roman widths at 12 pt', () => {
    // Advance widths of Times New Roman (and Liberation Serif): digits half an em, 'ш' wider than 'і'.
    expect(textWidth('0', BODY)).toBeCloseTo(6, 1);
    expect(textWidth('і', BODY)).toBeCloseTo(3.34, 1);
    expect(textWidth('ш', BODY)).toBeCloseTo(9.25, 1);
    expect(textWidth('Ш', { size: 12, bold: true })).toBeGreaterThan(textWidth('Ш', BODY));
    expect(textWidth('абв', BODY)).toBeCloseTo(
      textWidth('а', BODY) + textWidth('б', BODY) + textWidth('в', BODY),
      6,
    );
    // Unknown characters count wide (an em), marks that take no room count nothing.
    expect(textWidth('漢', BODY)).toBe(12);
    expect(textWidth('е\u0301', BODY)).toBe(textWidth('е', BODY));
  });
});

describe('wrapLines', () => {
  const slice = (t: string, w: number) => wrapLines(t, w, BODY).map((l) => t.slice(l.start, l.end));

  it('wraps at blanks, keeps line breaks and blank lines, hangs trailing blanks', () => {
    expect(slice('Протягом року постійно проводився моніторинг', 100)).toEqual([
      'Протягом року',
      'постійно',
      'проводився',
      'моніторинг',
    ]);
    expect(slice('А\n\nБ\r\nВ   ', 500)).toEqual(['А', '', 'Б', 'В']);
    expect(slice('  відступ', 500)).toEqual(['  відступ']);
    expect(wrapLines('кінець\n', 500, BODY)).toHaveLength(2);
  });

  it('breaks a word wider than the box after a hyphen, else between characters', () => {
    expect(slice('Січень-лютий 2023', 40)).toEqual(['Січень-', 'лютий', '2023']);
    const word = 'а'.repeat(100);
    const lines = slice(word, 60);
    expect(lines.join('')).toBe(word);
    for (const l of lines) expect(textWidth(l, BODY)).toBeLessThanOrEqual(60);
    expect(slice('😀😀😀', 13)).toEqual(['😀', '😀', '😀']);
  });

  it('loses nothing but blanks, fits every line, and counts as it wraps (any text, any width)', () => {
    const alphabet = fc.constantFrom(
      ...'абвгґдеєжзиіїйкл ШЩЮЯ- \n\t—«».,1'.split(''),
      'ж'.repeat(30),
      '\u200b',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), fc.integer({ min: 5, max: 400 }), (parts, width) => {
        const text = parts.join('');
        const lines = wrapLines(text, width, BODY);
        expect(lineCount(text, width, BODY)).toBe(lines.length);
        let at = 0;
        for (const l of lines) {
          expect(l.start).toBeGreaterThanOrEqual(at);
          expect(/^[ \t\r\n]*$/.test(text.slice(at, l.start))).toBe(true);
          const shown = text.slice(l.start, l.end);
          // A line wider than the box holds one visible character (nothing narrower is possible), or only
          // the blanks that indent a paragraph in a box narrower than them.
          const visible = [...shown].filter((ch) => textWidth(ch, BODY) > 0 && !/\s/.test(ch)).length;
          if (visible > 1) expect(textWidth(shown, BODY)).toBeLessThanOrEqual(width + 1e-9);
          at = Math.max(at, l.end);
        }
        expect(/^[ \t\r\n]*$/.test(text.slice(at))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('wraps a 1 MB text (one pass over it; timed in npm run bench)', () => {
    const text = 'Протягом року проводився моніторинг змін законодавства. '.repeat(18_000);
    expect(lineCount(text, 300, BODY)).toBe(wrapLines(text, 300, BODY).length);
  });
});
