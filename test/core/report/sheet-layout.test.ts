import {
  linePitch,
  MAX_CELL_CHARS,
  MAX_ROW_HEIGHT,
  textBoxWidth,
} from '../../../src/core/report/page-geometry';
import { pageCapacity } from '../../../src/core/report/print-setup';
import type { ReportDocument, ReportRow, ReportTable } from '../../../src/core/report/report-model';
import { fontOf } from '../../../src/core/report/layout-flow';
import { layoutSheet } from '../../../src/core/report/sheet-layout';
import type { SheetSpec } from '../../../src/core/report/sheet-spec';
import { lineCount } from '../../../src/core/report/text-metrics';
import { rebuilds } from './spec-helpers';

const COLUMNS = [6, 50, 16, 30, 86];

function measure(n: number, execution: string, text = `Захід ${n}`): ReportRow {
  return {
    kind: 'cells',
    cells: [
      { value: n, style: 'cellCenter' },
      { value: text, style: 'cell' },
      { value: 'Постійно', style: 'cellCenter' },
      { value: 'Начальник відділу з питань запобігання та протидії корупції', style: 'cell' },
      { value: execution, style: 'cell' },
    ],
  };
}

function doc(rows: ReportRow[], extra: Partial<ReportDocument> = {}): ReportDocument {
  const table: ReportTable = {
    kind: 'table',
    header: ['№', 'Захід', 'Термін', 'Відповідальні', 'Проведений захід'].map((value) => ({
      value,
      style: 'header',
    })),
    rows,
    repeatHeader: 'print-titles',
    keepTogether: false,
  };
  return {
    role: 'execution-table',
    name: 'Т',
    lang: 'uk',
    columns: COLUMNS,
    orientation: 'landscape',
    blocks: [{ kind: 'line', text: 'ВИКОНАННЯ ПЛАНУ', style: 'title' }, table],
    freezeHeader: true,
    ...extra,
  };
}

/** Page (0-based) of each row, from the manual breaks. */
function pageOf(spec: SheetSpec): (row: number) => number {
  const breaks = spec.print.breaks ?? [];
  return (row) => breaks.filter((b) => b <= row).length;
}

const paragraphs = (n: number, words: number) =>
  Array.from(
    { length: n },
    (_, i) => `${i + 1}) ` + 'перевірка декларацій посадових осіб '.repeat(words),
  ).join('\n\n');

describe('layoutSheet: continuation rows', () => {
  const long = paragraphs(40, 8); // ≈ 12,000 characters in paragraphs
  const spec = layoutSheet(doc([measure(1, 'Коротко'), measure(2, long), measure(3, 'Коротко')]));

  it('continue a text taller than a row on the next rows, every character kept, no cell over the limits', () => {
    const first = spec.values.findIndex((r) => r[0] === 2);
    const last = spec.values.findIndex((r) => r[0] === 3) - 1;
    expect(last - first).toBeGreaterThanOrEqual(3);
    const parts: string[] = [];
    for (let r = first; r <= last; r++) {
      expect(spec.rowHeights![r]).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
      const v = spec.values[r][4];
      if (typeof v === 'string') {
        expect(v.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
        parts.push(v);
      }
    }
    expect(rebuilds(parts, long)).toBe(true);
    // Cut between paragraphs where it could: each piece but the last ends a numbered item.
    for (const p of parts.slice(0, -1)) expect(p.endsWith('осіб')).toBe(true);
  });

  it('merge the number, measure, deadline and responsible cells down beside the pieces, page by page', () => {
    const first = spec.values.findIndex((r) => r[0] === 2);
    const last = spec.values.findIndex((r) => r[0] === 3) - 1;
    const page = pageOf(spec);
    for (let c = 0; c < 4; c++) {
      const merged = spec.merges.filter((m) => m.left === c && m.top >= first && m.bottom <= last);
      // Together the merged areas cover the record; none crosses a page break.
      const covered = merged.reduce((n, m) => n + m.bottom - m.top + 1, 0);
      const singles = Array.from({ length: last - first + 1 }, (_, k) => first + k).filter(
        (r) => !merged.some((m) => r >= m.top && r <= m.bottom),
      );
      expect(covered + singles.length).toBe(last - first + 1);
      for (const m of merged) expect(page(m.top)).toBe(page(m.bottom));
    }
    expect(spec.values[first].slice(0, 4)).toEqual([
      2,
      'Захід 2',
      'Постійно',
      'Начальник відділу з питань запобігання та протидії корупції',
    ]);
  });

  it('split a word longer than a row can hold between characters, as a last resort, losing nothing', () => {
    const word = 'ж'.repeat(40_000);
    const s = layoutSheet(doc([measure(1, word)]));
    const parts = s.values
      .map((r) => r[4])
      .filter((v): v is string => typeof v === 'string' && v.startsWith('ж'));
    expect(parts.join('')).toBe(word);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });

  it('make each row as tall as its text needs (never less, at most one line more)', () => {
    const s = layoutSheet(
      doc([measure(1, paragraphs(3, 5)), measure(2, 'Так'), measure(3, paragraphs(12, 9))]),
    );
    s.values.forEach((row, r) => {
      if (r <= 1) return;
      let need = 0;
      row.forEach((v, c) => {
        if (typeof v !== 'string') return;
        const merge = s.merges.find((m) => m.top === r && m.left === c);
        if (merge && merge.bottom > r) return; // merged down: its room is the rows together
        const width = COLUMNS.slice(c, (merge?.right ?? c) + 1).reduce((a, b) => a + b, 0);
        const style = s.bands.find(
          (b) => r >= b.range.top && r <= b.range.bottom && c >= b.range.left && c <= b.range.right,
        )!.style;
        const font = fontOf(style as never);
        need = Math.max(need, lineCount(v, textBoxWidth(width), font) * linePitch(font.size));
      });
      expect(s.rowHeights![r]).toBeGreaterThanOrEqual(need);
      expect(s.rowHeights![r]).toBeLessThanOrEqual(Math.max(need, linePitch(12)) + linePitch(12));
    });
  });
});

describe('layoutSheet: pages', () => {
  const sections: ReportRow[] = [];
  for (let s = 0; s < 12; s++) {
    sections.push({ kind: 'band', text: `${'І'.repeat((s % 3) + 1)}. Розділ ${s + 1}`, style: 'section' });
    for (let m = 0; m < 5; m++) sections.push(measure(s * 5 + m + 1, paragraphs(1 + ((s + m) % 4), 3)));
  }
  const spec = layoutSheet(doc(sections));

  it('never end a page with a section row, and repeat the header row on every page', () => {
    const breaks = spec.print.breaks ?? [];
    expect(breaks.length).toBeGreaterThan(2);
    const bands = new Set(sections.filter((r) => r.kind === 'band').map((r) => (r as { text: string }).text));
    for (const b of breaks) expect(bands.has(String(spec.values[b - 1][0]))).toBe(false);
    const header = spec.values.findIndex((r) => r[0] === '№');
    expect(spec.print.repeatRows).toEqual({ from: header + 1, to: header + 1 });
    expect(spec.freezeRows).toBe(header + 1);
    expect(spec.print.footer).toBe('Сторінка &P з &N');
  });

  it('fill each page no more than the printable height holds at the print scale', () => {
    const breaks = [0, ...(spec.print.breaks ?? []), spec.values.length];
    const header = spec.values.findIndex((r) => r[0] === '№');
    const capacity = pageCapacity('landscape', spec.print.scale!);
    for (let p = 0; p + 1 < breaks.length; p++) {
      let h = p > 0 ? spec.rowHeights![header] : 0;
      for (let r = breaks[p]; r < breaks[p + 1]; r++) h += spec.rowHeights![r] ?? 0;
      expect(h).toBeLessThanOrEqual(capacity + 0.01);
    }
  });

  it('keeps few style bands: they grow with sections and columns, not with rows', () => {
    const many = layoutSheet(doc(Array.from({ length: 2000 }, (_, i) => measure(i + 1, 'Виконано'))));
    expect(many.bands.length).toBeLessThan(20);
  });

  it("start a small table on a new page rather than split it, and repeat a long one's header on each page", () => {
    const small = (name: string, n: number): ReportTable => ({
      kind: 'table',
      header: [
        { value: name, style: 'header' },
        { value: 'Кількість', style: 'header' },
      ],
      rows: Array.from({ length: n }, (_, i) => ({
        kind: 'cells',
        cells: [
          { value: `${name} ${i}`, style: 'cell' },
          { value: i, style: 'count' },
        ],
      })),
      repeatHeader: 'copy',
      keepTogether: true,
    });
    const blocks: ReportDocument['blocks'] = [];
    for (const [name, n] of [
      ['А', 12],
      ['Б', 14],
      ['В', 15],
      ['Г', 80],
    ] as const) {
      blocks.push(
        { kind: 'line', text: `Таблиця ${name}`, style: 'heading', keepWithNext: true },
        small(name, n),
      );
    }
    const s = layoutSheet({
      role: 'summary',
      name: 'З',
      lang: 'uk',
      columns: [40, 12],
      orientation: 'portrait',
      blocks,
    });
    const page = pageOf(s);
    for (const name of ['А', 'Б', 'В']) {
      const rows = s.values
        .map((r, i) => [r[0], i] as const)
        .filter(([v]) => typeof v === 'string' && (v === `Таблиця ${name}` || v.startsWith(`${name} `)));
      expect(new Set(rows.map(([, i]) => page(i))).size).toBe(1);
    }
    // Table Г runs over pages: each page it continues on starts with its header row.
    const breaks = s.print.breaks ?? [];
    const g = s.values.findIndex((r) => r[0] === 'Г');
    const after = breaks.filter((b) => b > g);
    expect(after.length).toBeGreaterThan(0);
    for (const b of after) expect(s.values[b][0]).toBe('Г');
  });
});
