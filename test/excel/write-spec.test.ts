import type { SheetSpec } from '../../src/core/report/sheet-spec';
import {
  asExcelText,
  charsToPoints,
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
