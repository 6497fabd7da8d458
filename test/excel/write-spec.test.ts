import { analyse } from '../../src/core/analyse';
import { buildExecutionTable } from '../../src/core/report/execution-table';
import type { SheetSpec } from '../../src/core/report/sheet-spec';
import { buildSummarySheet } from '../../src/core/report/summary-sheet';
import { FakeExcel } from './fake-excel';
import { planSheet, seedGrid, TODAY } from './plan-fixture';
import {
  asExcelText,
  charsToPoints,
  layoutWrites,
  packRequests,
  utf8Length,
  valueChunks,
} from '../../src/excel/write-spec';

function spec(values: SheetSpec['values']): SheetSpec {
  return {
    name: 'T',
    role: 'summary',
    values,
    styles: {},
    bands: [],
    merges: [],
    columnWidths: [],
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true },
  };
}

describe('write-spec', () => {
  it('converts character widths to points at 7 px a character, as an .xlsx counts them', () => {
    expect(charsToPoints(10)).toBe(52.5);
    expect(charsToPoints(0)).toBe(0);
  });

  it('guards every text Excel would reinterpret, and leaves prose alone', () => {
    for (const text of [
      '1.1',
      '01.03.2024',
      '- виконано',
      '=A1',
      '+1',
      '@x',
      '#N/A',
      '1e5',
      'TRUE',
      ' false ',
      '50%',
      '1 січня 2024',
      'Jan 5',
      '10:30',
    ])
      expect([text, asExcelText(text)]).toEqual([text, `'${text}`]);
    expect(asExcelText("'цитата")).toBe("''цитата");
    expect(asExcelText('Постійно')).toBe('Постійно');
    expect(asExcelText('Проведено 9 семінарів для 41 особи з питань доброчесності')).toBe(
      'Проведено 9 семінарів для 41 особи з питань доброчесності',
    );
    expect(asExcelText('')).toBe('');
  });

  it('counts UTF-8 bytes as Excel receives them', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('ї')).toBe(2);
    expect(utf8Length('😀')).toBe(4);
  });

  it('splits values into rectangular chunks under the size limit that rebuild the sheet', () => {
    const values = Array.from({ length: 50 }, (_, r) => (r % 3 ? [`рядок ${r}`, r] : [`рядок ${r}`]));
    const chunks = valueChunks(spec(values), 200);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) {
      expect(c.bytes).toBeLessThanOrEqual(200);
      expect(c.values.every((row) => row.length === 2)).toBe(true);
    }
    expect(chunks.flatMap((c) => c.values).map((r) => String(r[0]).replace(/^'/, ''))).toEqual(
      values.map((r) => r[0]),
    );
    expect(chunks[0].address).toMatch(/^A1:B\d+$/);
    const requests = packRequests(chunks, 450);
    expect(requests.flat()).toEqual(chunks);
    for (const r of requests) expect(r.reduce((s, c) => s + c.bytes, 0)).toBeLessThanOrEqual(450);
  });
});

describe('formats', () => {
  it('come out the same painted band by band or as rectangles of the final style, for both report sheets', async () => {
    const analysis = analyse(seedGrid(planSheet(60)), { asOf: TODAY });
    if (!analysis.ok) throw new Error('fixture is not a plan');
    const specs = [buildExecutionTable(analysis.plan), buildSummarySheet(analysis.plan, analysis.summary)];
    for (const spec of specs) {
      const formats = async (strategy: 'bands' | 'rects'): Promise<string> => {
        const fake = new FakeExcel([{ name: 'Аркуш' }]);
        await fake.run(async (context) => {
          const ws = context.workbook.worksheets.getItem('Аркуш');
          for (const w of layoutWrites(
            0,
            spec,
            { freezePanes: true, printSetup: true, rangeAreas: true },
            strategy,
          ))
            if (!w.after) w.queue(ws);
          await context.sync();
        });
        return JSON.stringify([...fake.sheet('Аркуш').cells.entries()].sort().map(([k, c]) => [k, c.format]));
      };
      expect(await formats('bands')).toBe(await formats('rects'));
    }
  });
});
