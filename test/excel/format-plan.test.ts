// Formats as few calls as they can be: rectangles per final style, merges across consecutive rows, rows
// grouped by height, addresses chunked under getRanges' limit (office-js#5198).
import { addressChunks, heightGroups, mergeRuns, styleRects } from '../../src/excel/format-plan';
import type { SheetSpec } from '../../src/core/report/sheet-spec';
import { fittedWidths } from '../../src/excel/page-setup';

const font = { name: 'Times New Roman', size: 12 };

function spec(rows: number, bands: SheetSpec['bands']): SheetSpec {
  return {
    name: 'T',
    role: 'execution-table',
    values: Array.from({ length: rows }, () => ['x', 'y', 'z']),
    styles: {
      cell: { font, border: true, wrap: true },
      centre: { font, horizontal: 'center' },
      section: { font: { ...font, bold: true }, horizontal: 'center', border: true, wrap: true },
    },
    bands,
    merges: [],
    columnWidths: [10, 10, 10],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true },
  };
}

describe('style rectangles', () => {
  it('grow with the sections and columns, not with the rows', () => {
    const count = (rows: number): number => {
      const sections = [0, Math.floor(rows / 2)];
      const s = spec(rows, [
        { range: { top: 0, left: 0, bottom: rows - 1, right: 2 }, style: 'cell' },
        { range: { top: 0, left: 0, bottom: rows - 1, right: 0 }, style: 'centre' },
        ...sections.map((r) => ({ range: { top: r, left: 0, bottom: r, right: 2 }, style: 'section' })),
      ]);
      return styleRects(s).reduce((n, g) => n + g.rects.length, 0);
    };
    expect(count(100)).toBe(count(100_000));
    expect(count(100)).toBeLessThanOrEqual(8);
  });

  it('layer later bands over earlier ones, property by property, and cover every styled cell once', () => {
    const s = spec(4, [
      { range: { top: 0, left: 0, bottom: 3, right: 2 }, style: 'cell' },
      { range: { top: 0, left: 0, bottom: 3, right: 0 }, style: 'centre' },
    ]);
    const groups = styleRects(s);
    const centred = groups.find((g) => g.style.horizontal === 'center')!;
    expect(centred.style).toMatchObject({ border: true, wrap: true, horizontal: 'center' });
    expect(centred.rects).toEqual([{ top: 0, left: 0, bottom: 3, right: 0 }]);
    const cells = groups
      .flatMap((g) => g.rects)
      .reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
    expect(cells).toBe(12);
  });
});

describe('merges, heights, addresses, widths', () => {
  it('merge consecutive single rows over the same columns in one merge-across', () => {
    const rows = (t: number) => ({ top: t, left: 0, bottom: t, right: 4 });
    expect(mergeRuns([rows(0), rows(1), rows(2), rows(9), { top: 3, left: 1, bottom: 5, right: 1 }])).toEqual(
      [
        { range: { top: 3, left: 1, bottom: 5, right: 1 }, across: false },
        { range: { top: 0, left: 0, bottom: 2, right: 4 }, across: true },
        { range: { top: 9, left: 0, bottom: 9, right: 4 }, across: true },
      ],
    );
  });

  it('group rows by equal height, as runs', () => {
    expect(heightGroups({ 0: 20, 1: 20, 2: 30, 3: 20, 4: 20 })).toEqual([
      {
        height: 20,
        runs: [
          [0, 1],
          [3, 4],
        ],
      },
      { height: 30, runs: [[2, 2]] },
    ]);
  });

  it('chunk addresses under getRanges’ limit', () => {
    const chunks = addressChunks(
      Array.from({ length: 3000 }, (_, i) => `A${i + 1}`),
      4000,
    );
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(4000);
    expect(chunks.join(',').split(',')).toHaveLength(3000);
  });

  it('narrow column widths to print one page wide at 100 %, and leave narrow tables alone', () => {
    const wide = {
      ...spec(1, []),
      columnWidths: [60, 60, 60],
      print: { ...spec(1, []).print, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 } },
    };
    const total = fittedWidths(wide).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(841.89 - 57.6);
    expect(fittedWidths(spec(1, []))).toEqual([52.5, 52.5, 52.5]);
    // A spec printed at a scale was laid out for it: its widths are kept.
    expect(fittedWidths({ ...wide, print: { ...wide.print, scale: 80 } })).toEqual([315, 315, 315]);
  });
});
