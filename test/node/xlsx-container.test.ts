import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { SheetSpec } from '../../src/core/report/sheet-spec';
import {
  containerKind,
  deflateEntries,
  isEncryptedPackage,
  oleStreamNames,
  readZip,
  ZipReadError,
} from '../../src/node/xlsx-container';
import { readWorkbook } from '../../src/node/xlsx-read';
import { finishPackage, specsToWorkbook, writeSpecsToFile } from '../../src/node/xlsx-write';
import { oleFile, storedZip } from './fixtures';

const FONT = { name: 'Times New Roman', size: 12 };

function reportSpec(): SheetSpec {
  const values: SheetSpec['values'] = [['№', 'Захід', 'Стан виконання']];
  for (let i = 1; i <= 300; i++) {
    values.push([i, `Моніторинг змін законодавства, захід ${i}`, i % 3 === 0 ? 'Виконано' : 'Не виконано']);
  }
  return {
    name: 'Виконання плану 2023',
    role: 'execution-table',
    values,
    styles: { base: { font: FONT, wrap: true, border: true } },
    bands: [{ range: { top: 0, left: 0, bottom: values.length - 1, right: 2 }, style: 'base' }],
    merges: [],
    columnWidths: [6, 45, 18],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true },
  };
}

/** Each entry's compression method as the zip records it (0 stored, 8 deflated). */
function methods(bytes: Uint8Array): Map<string, number> {
  const found = new Map<string, number>();
  unzipSync(bytes, {
    filter: (file) => {
      found.set(file.name, file.compression);
      return false;
    },
  });
  return found;
}

function asBuffers(files: Record<string, Uint8Array>): [string, Buffer][] {
  return Object.entries(files).map(([name, data]) => [name, Buffer.from(data)]);
}

describe('a report written through fflate', () => {
  let dir: string;
  let file: string;
  let written: Buffer;
  let expected: Record<string, Uint8Array>;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-container-'));
    file = path.join(dir, 'звіт.xlsx');
    // Only the clock is frozen, so that both writes stamp the same creation time into docProps/core.xml.
    jest.useFakeTimers({
      now: new Date('2024-01-15T09:30:00Z'),
      doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask', 'hrtime'],
    });
    try {
      await writeSpecsToFile([reportSpec()], file);
      const stored = await specsToWorkbook([reportSpec()]).xlsx.writeBuffer({
        zip: { compression: 'STORE' },
      });
      // ExcelJS's parts as the package step finishes them (the workbook's standard font, any charts).
      expected = unzipSync(finishPackage(new Uint8Array(stored as ArrayBuffer), [reportSpec()]));
    } finally {
      jest.useRealTimers();
    }
    written = await fs.readFile(file);
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('holds, read by fflate, exactly the parts written, in the same order', () => {
    expect(containerKind(written)).toBe('zip');
    const parts = unzipSync(written);
    expect(Object.keys(parts)).toContain('xl/worksheets/sheet1.xml');
    expect(asBuffers(parts)).toEqual(asBuffers(expected));
  });

  it('deflates every part', () => {
    const sizes = new Map(Object.entries(expected).map(([name, data]) => [name, data.length]));
    expect([...methods(written)]).toEqual([...sizes.keys()].map((name) => [name, 8]));
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    expect(written.length).toBeLessThan(total / 3);
  });

  it('opens in ExcelJS with the values written', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(written as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Виконання плану 2023']);
    const ws = wb.worksheets[0];
    expect(ws.getCell('B2').value).toBe('Моніторинг змін законодавства, захід 1');
    expect(ws.getCell('A301').value).toBe(300);
    expect(ws.getCell('C301').value).toBe('Виконано');
  });

  it('is read back by readWorkbook as the same grid', async () => {
    const data = await readWorkbook(file);
    expect(data.sheets.map((s) => s.name)).toEqual(['Виконання плану 2023']);
    expect(data.sheets[0].grid.rows).toEqual(reportSpec().values);
  });

  it('is refused, cut short at any point, by readZip, deflateEntries and readWorkbook', async () => {
    for (const length of [written.length - 1, written.length - 22, Math.floor(written.length / 2), 30]) {
      const cut = written.subarray(0, length);
      expect(() => readZip(cut, ['xl/workbook.xml'])).toThrow(ZipReadError);
      expect(() => deflateEntries(cut)).toThrow(ZipReadError);
      await expect(readWorkbook(cut)).rejects.toMatchObject({ code: 'corrupt' });
    }
  });
});

describe('readZip', () => {
  const zip = storedZip({
    '[Content_Types].xml': '<Types/>',
    'xl/workbook.xml': '<workbook/>',
    'xl/Аркуш.xml': 'текст',
  });

  it('lists every entry in order and inflates only those asked for', () => {
    const { names, parts } = readZip(zip, ['xl/workbook.xml', 'xl/absent.xml']);
    expect(names).toEqual(['[Content_Types].xml', 'xl/workbook.xml', 'xl/Аркуш.xml']);
    expect([...parts.keys()]).toEqual(['xl/workbook.xml']);
    expect(parts.get('xl/workbook.xml')?.toString('utf8')).toBe('<workbook/>');
  });

  it('reads a zip whose end records are Zip64 ones', () => {
    const zip64 = storedZip({ 'xl/workbook.xml': '<workbook/>' }, { zip64: true });
    expect(readZip(zip64, ['xl/workbook.xml']).parts.get('xl/workbook.xml')?.toString()).toBe('<workbook/>');
  });
});

describe('deflateEntries', () => {
  it('keeps every entry, UTF-8 names and empty ones included, and deflates them all', () => {
    const text = 'Постійно\n'.repeat(500);
    const zip = storedZip({ 'xl/': '', 'xl/Аркуш.xml': text, 'empty.txt': '' });
    const deflated = deflateEntries(zip);
    expect(asBuffers(unzipSync(deflated))).toEqual([
      ['xl/', Buffer.alloc(0)],
      ['xl/Аркуш.xml', Buffer.from(text, 'utf8')],
      ['empty.txt', Buffer.alloc(0)],
    ]);
    expect([...methods(deflated)]).toEqual([
      ['xl/', 8],
      ['xl/Аркуш.xml', 8],
      ['empty.txt', 8],
    ]);
    expect(deflated.length).toBeLessThan(zip.length / 10);
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => deflateEntries(Buffer.from('№;Захід\n1;Моніторинг\n'))).toThrow(ZipReadError);
  });
});

describe('OLE2 detection', () => {
  it('names the streams of a compound file', () => {
    expect(oleStreamNames(oleFile(['Workbook', '\u0005SummaryInformation']))).toEqual([
      'Root Entry',
      'Workbook',
      '\u0005SummaryInformation',
    ]);
  });

  it('gives null for a compound file cut off before its directory', () => {
    expect(oleStreamNames(oleFile(['Workbook']).subarray(0, 512))).toBeNull();
  });

  it('tells an encrypted package from an old workbook', () => {
    expect(isEncryptedPackage(oleFile(['EncryptionInfo', 'EncryptedPackage']))).toBe(true);
    expect(isEncryptedPackage(oleFile(['Workbook']))).toBe(false);
    expect(containerKind(oleFile(['Workbook']))).toBe('ole2');
  });
});
