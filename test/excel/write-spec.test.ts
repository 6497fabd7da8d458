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

  it('guards texts Excel would reinterpret, and leaves plain text alone', () => {
    expect(asExcelText('1.1')).toBe("'1.1");
    expect(asExcelText('01.03.2024')).toBe("'01.03.2024");
    expect(asExcelText('- виконано')).toBe("'- виконано");
    expect(asExcelText('=A1')).toBe("'=A1");
    expect(asExcelText("'цитата")).toBe("''цитата");
    expect(asExcelText('TRUE')).toBe("'TRUE");
    expect(asExcelText('Постійно')).toBe('Постійно');
    expect(asExcelText('1 квартал')).toBe('1 квартал');
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
    expect(chunks.flatMap((c) => c.values).map((r) => r[0])).toEqual(values.map((r) => r[0]));
    expect(chunks[0].address).toMatch(/^A1:B\d+$/);
    const requests = packRequests(chunks, 450);
    expect(requests.flat()).toEqual(chunks);
    for (const r of requests) expect(r.reduce((s, c) => s + c.bytes, 0)).toBeLessThanOrEqual(450);
  });
});
