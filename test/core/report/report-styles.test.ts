import { REPORT_STYLES, rowHeight, wrappedLines } from '../../../src/core/report/report-styles';

describe('wrapped line estimate', () => {
  it('counts paragraphs and wraps long ones by words', () => {
    expect(wrappedLines('', 40)).toBe(1);
    expect(wrappedLines('коротко', 40)).toBe(1);
    expect(wrappedLines('а\nб\n\nв', 40)).toBe(4);
    const words = 'слово '.repeat(30).trim(); // 179 characters
    const lines = wrappedLines(words, 40);
    expect(lines).toBeGreaterThanOrEqual(Math.ceil(179 / 40));
    expect(lines).toBeLessThanOrEqual(Math.ceil(179 / 30));
    // A larger font fits fewer characters on a line.
    expect(wrappedLines(words, 40, 14)).toBeGreaterThanOrEqual(lines);
    // A word longer than the line breaks across lines.
    expect(wrappedLines('x'.repeat(100), 11)).toBeGreaterThanOrEqual(10);
  });

  it('keeps heights within what Excel allows', () => {
    expect(rowHeight(1)).toBeGreaterThan(12);
    expect(rowHeight(1000)).toBe(409);
  });

  it('gives every table style borders and wrap in Times New Roman', () => {
    for (const name of ['header', 'section', 'cell', 'cellCenter', 'count', 'share'] as const) {
      expect(REPORT_STYLES[name]).toMatchObject({
        border: true,
        wrap: true,
        font: { name: 'Times New Roman' },
      });
    }
  });
});
