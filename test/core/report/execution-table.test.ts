import * as path from 'path';
import { buildExecutionTable } from '../../../src/core/report/execution-table';
import { REPORT_FONT } from '../../../src/core/report/report-styles';
import { readPlan } from '../../../src/core/plan/read-plan';
import type { Plan } from '../../../src/core/types';
import { readWorkbook } from '../../../src/node/xlsx-read';
import { handPlan } from './plan-fixture';
import { TABLE_WIDTH } from '../../../src/core/report/execution-widths';
import { printableArea } from '../../../src/core/report/page-geometry';
import { tableWidthPoints } from '../../../src/core/report/print-setup';
import { effectiveStyle, measureRecords, pieces, rebuilds, rowIndex } from './spec-helpers';

const HEADER = ['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід'];

/** The row where a measure's texts are written, found by its measure text. */
function measureRow(spec: ReturnType<typeof buildExecutionTable>, text: string): (string | number | null)[] {
  const row = spec.values.find((r) => r[1] === text);
  if (!row) throw new Error(`measure ${text} not written`);
  return row;
}

function expectedCells(m: Plan['measures'][number]): (string | number | null)[] {
  const text = (s: string) => (s === '' ? null : s);
  return [
    /^[1-9]\d*$/.test(m.number) ? Number(m.number) : text(m.number),
    text(m.measure),
    text(m.deadline.text),
    text(m.responsibleText),
    text(m.execution),
  ];
}

describe('buildExecutionTable', () => {
  const plan = handPlan();
  const spec = buildExecutionTable(plan);
  const headerRow = spec.values.findIndex((r) => r[0] === '№ з/п');

  it('writes the title once, then the plan title lines as written, merged across the table', () => {
    expect(spec.values.slice(0, 3).map((r) => r[0])).toEqual([
      'ВИКОНАННЯ ПЛАНУ',
      'заходів щодо запобігання корупційним правопорушенням та правопорушенням, ',
      "пов'язаним з корупцією у Покровській  міській раді за 2023 рік",
    ]);
    for (let r = 0; r < 3; r++) {
      expect(spec.merges).toContainEqual({ top: r, left: 0, bottom: r, right: 4 });
      const style = effectiveStyle(spec, r, 0)!;
      expect(style.font).toMatchObject({ name: REPORT_FONT, size: 14, bold: true });
    }
  });

  it('strips a leading ВИКОНАННЯ ПЛАНУ inside a title cell and never doubles it', () => {
    const merged = buildExecutionTable(
      handPlan({ title: ['ВИКОНАННЯ ПЛАНУ\nзаходів щодо запобігання корупції за 2023 рік'] }),
    );
    expect(merged.values[0][0]).toBe('ВИКОНАННЯ ПЛАНУ');
    expect(merged.values[1][0]).toBe('заходів щодо запобігання корупції за 2023 рік');
    expect(
      merged.values.flat().filter((v) => typeof v === 'string' && /ВИКОНАННЯ ПЛАНУ/.test(v)),
    ).toHaveLength(1);
    const plain = buildExecutionTable(
      handPlan({ title: ['ПЛАН', 'заходів щодо запобігання корупції на 2023 рік'] }),
    );
    expect(plain.values.slice(0, 2).map((r) => r[0])).toEqual([
      'ВИКОНАННЯ ПЛАНУ',
      'заходів щодо запобігання корупції на 2023 рік',
    ]);
  });

  it('leaves approval stamps above the plan out of the title', () => {
    const stamped = buildExecutionTable(
      handPlan({
        title: [
          'ЗАТВЕРДЖЕНО\nрозпорядженням міського голови',
          'від 10.01.2023 № 12',
          'ПЛАН',
          'заходів щодо запобігання корупції на 2023 рік',
        ],
      }),
    );
    expect(stamped.values.slice(0, 3).map((r) => r[0])).toEqual([
      'ВИКОНАННЯ ПЛАНУ',
      'заходів щодо запобігання корупції на 2023 рік',
      undefined,
    ]);
  });

  it('writes a title with the period when the plan has none, and adds the period when the title lacks it', () => {
    const none = buildExecutionTable(handPlan({ title: [] }));
    expect(none.values[1][0]).toBe('заходів щодо запобігання корупції за 2023 рік');
    const multi = buildExecutionTable(
      handPlan({ title: [], period: { from: '2024-01-01', to: '2025-12-31', source: 'title' } }),
    );
    expect(multi.values[1][0]).toBe('заходів щодо запобігання корупції за 2024-2025 роки');
    expect(multi.name).toBe('Виконання плану 2024-2025');
    const noYear = buildExecutionTable(handPlan({ title: ['Антикорупційна програма'] }));
    expect(noYear.values.slice(1, 3).map((r) => r[0])).toEqual(['Антикорупційна програма', 'за 2023 рік']);
  });

  it('has one bold, centred, grey header row, repeated on every page and frozen', () => {
    expect(spec.values[headerRow]).toEqual(HEADER);
    for (let c = 0; c < 5; c++) {
      const style = effectiveStyle(spec, headerRow, c)!;
      expect(style).toMatchObject({ horizontal: 'center', fill: 'D9D9D9', border: true, wrap: true });
      expect(style.font.bold).toBe(true);
    }
    expect(spec.print).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: false,
      repeatRows: { from: headerRow + 1, to: headerRow + 1 },
      footer: 'Сторінка &P з &N',
    });
    expect(spec.freezeRows).toBe(headerRow + 1);
    expect(spec.role).toBe('execution-table');
    expect(spec.name).toBe('Виконання плану 2023');
  });

  it('writes sections as written, merged across all columns and bold, each followed by its measures', () => {
    const first = rowIndex(spec, 'І. Організаційні  заходи');
    const second = rowIndex(spec, 'ІІ. Антикорупційні заходи');
    expect(first).toBe(headerRow + 1);
    expect(second).toBe(first + 3);
    for (const r of [first, second]) {
      expect(spec.merges).toContainEqual({ top: r, left: 0, bottom: r, right: 4 });
      expect(effectiveStyle(spec, r, 0)!.font.bold).toBe(true);
    }
    expect(spec.values[first + 1][1]).toBe('Моніторинг змін законодавства');
    expect(spec.values[first + 2][1]).toBe('Підготовка плану  навчань');
    expect(spec.values[second + 1][1]).toBe('Розгляд повідомлень');
  });

  it('copies every measure text byte for byte', () => {
    for (const m of plan.measures) expect(measureRow(spec, m.measure)).toEqual(expectedCells(m));
    expect(measureRow(spec, 'Підготовка плану  навчань')[0]).toBe('2.');
  });

  it('frames every table cell with borders and wrap in Times New Roman 12, top-aligned', () => {
    const last = spec.values.length - 1;
    for (let r = headerRow; r <= last; r++) {
      for (let c = 0; c < 5; c++) {
        const style = effectiveStyle(spec, r, c);
        expect(style).toBeDefined();
        expect(style).toMatchObject({ border: true, wrap: true });
        expect(style!.font).toMatchObject({ name: REPORT_FONT, size: 12 });
        if (r > headerRow && spec.values[r].length > 1) expect(style!.vertical).toBe('top');
      }
    }
    expect(effectiveStyle(spec, last + 1, 0)).toBeUndefined();
  });

  it('fits A4 landscape at its print scale, every row within Excel limits and as tall as its text', () => {
    for (const extra of [[], ['status'], ['status', 'actualDate']] as const) {
      const s = buildExecutionTable(plan, { extraColumns: [...extra] });
      expect(s.columnWidths.reduce((a, b) => a + b, 0)).toBe(TABLE_WIDTH);
      expect(s.columnWidths).toHaveLength(5 + extra.length);
      const printed = (tableWidthPoints(s.columnWidths) * s.print.scale!) / 100;
      expect(printed).toBeLessThanOrEqual(printableArea('landscape').width);
      expect(printed).toBeGreaterThan(printableArea('landscape').width * 0.97);
    }
    for (const h of Object.values(spec.rowHeights ?? {})) {
      expect(h).toBeGreaterThan(0);
      expect(h).toBeLessThanOrEqual(409);
    }
    // Excel does not grow rows of an opened file: each measure row is tall enough for its longest text.
    const r1 = spec.values.findIndex((r) => r[1] === 'Моніторинг змін законодавства');
    expect(spec.rowHeights![r1]).toBeGreaterThanOrEqual(2 * 15.75);
    // A text taller than Excel's 409 pt row continues on the next rows, every word kept.
    const long = handPlan();
    const execution = 'слово '.repeat(2000);
    long.measures[0] = { ...long.measures[0], execution };
    const tall = buildExecutionTable(long);
    const [first] = measureRecords(
      tall,
      headerRow,
      long.sections.map((x) => x.text),
    );
    expect(first.length).toBeGreaterThan(2);
    for (const r of first) expect(tall.rowHeights![r]).toBeLessThanOrEqual(409);
    expect(rebuilds(pieces(tall, first, 4), execution)).toBe(true);
  });

  it('adds the status and actual-date columns only when asked', () => {
    const s = buildExecutionTable(plan, { extraColumns: ['status', 'actualDate'] });
    const header = s.values.find((r) => r[0] === '№ з/п')!;
    expect(header).toEqual([...HEADER, 'Стан виконання', 'Фактична дата']);
    expect(measureRow(s, 'Моніторинг змін законодавства')[5]).toBe('Виконано');
    expect(measureRow(s, 'Підготовка плану  навчань').slice(5)).toEqual(['Немає звіту', null]);
    expect(measureRow(s, 'Розгляд повідомлень')[6]).toBe('24.10.2023');
    const sectionRow = rowIndex(s, 'І. Організаційні  заходи');
    expect(s.merges).toContainEqual({ top: sectionRow, left: 0, bottom: sectionRow, right: 6 });
    // The office's own status word wins over the inferred one.
    const own = handPlan();
    own.measures[0] = { ...own.measures[0], statusText: 'виконано частково ' };
    expect(
      measureRow(buildExecutionTable(own, { extraColumns: ['status'] }), 'Моніторинг змін законодавства')[5],
    ).toBe('виконано частково ');
  });

  it('speaks English when asked, keeping the plan texts as written', () => {
    const s = buildExecutionTable(plan, { lang: 'en' });
    expect(s.values[0][0]).toBe('PLAN EXECUTION');
    expect(s.values.find((r) => r[0] === 'No.')).toEqual([
      'No.',
      'Planned measures',
      'Deadline',
      'Responsible persons',
      'Measure taken',
    ]);
    expect(s.print.footer).toBe('Page &P of &N');
    for (const m of plan.measures) expect(measureRow(s, m.measure)).toEqual(expectedCells(m));
  });
});

describe('buildExecutionTable on the sample workbook', () => {
  const sample = path.join(__dirname, '../../../samples/plan-2023.xlsx');

  it('writes the 5 sections across the table and the 28 measures with their texts unchanged', async () => {
    const wb = await readWorkbook(sample);
    const read = readPlan(wb.sheets[0].grid, { today: '2024-01-15' });
    if (!read.ok) throw new Error(`sample not read: ${read.error.code}`);
    const plan = read.plan;
    const spec = buildExecutionTable(plan);
    expect(spec.values[0][0]).toBe('ВИКОНАННЯ ПЛАНУ');
    expect(spec.values[1][0]).toBe(plan.title[1]);
    expect(spec.values.flat().filter((v) => v === 'ВИКОНАННЯ ПЛАНУ')).toHaveLength(1);

    const sectionRows = plan.sections.map((s) => rowIndex(spec, s.text));
    expect(sectionRows).toHaveLength(5);
    for (const r of sectionRows) {
      expect(r).toBeGreaterThan(0);
      expect(spec.merges).toContainEqual({ top: r, left: 0, bottom: r, right: 4 });
    }
    const headerRow = spec.values.findIndex((r) => r[0] === '№ з/п');
    const records = measureRecords(
      spec,
      headerRow,
      plan.sections.map((s) => s.text),
    );
    expect(records).toHaveLength(28);
    records.forEach((rows, i) => {
      const m = plan.measures[i];
      const want = expectedCells(m);
      // Short measures take one row each; a long one continues, every character kept in order.
      if (rows.length === 1) expect(spec.values[rows[0]]).toEqual(want);
      for (let c = 0; c < 5; c++) {
        const text = want[c] === null ? '' : String(want[c]);
        expect(rebuilds(pieces(spec, rows, c), text) || spec.values[rows[0]][c] === want[c]).toBe(true);
      }
      // Each measure lies between its own section row and the next one.
      expect(rows[0]).toBeGreaterThan(sectionRows[m.section!]);
      if (m.section! + 1 < sectionRows.length) expect(rows.at(-1)!).toBeLessThan(sectionRows[m.section! + 1]);
    });
    // Measure 28's execution needs more than one 409 pt row.
    expect(records[27].length).toBeGreaterThan(1);
  });
});
