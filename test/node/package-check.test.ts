// The reader's bounds, on crafted packages built in test/node/hostile-workbooks.ts: zip bombs, merges over
// the whole sheet, a million rows, files that are not regular. Each is refused with a one-line message naming
// the file and the limit (or, for merges, read as if clipped to the cells), never run into a V8 abort.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbook } from '../../src/node/xlsx-read';
import { READ_LIMITS } from '../../src/node/read-limits';
import { WorkbookReadError } from '../../src/node/workbook-errors';
import { checkPackage } from '../../src/node/package-check';
import { manyRows, mergeBomb, sheetXml, workbookParts, zipBomb, zipOf } from './hostile-workbooks';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'package-check-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function refusal(name: string, bytes: Buffer | null): Promise<WorkbookReadError> {
  const file = path.join(dir, name);
  if (bytes) await fs.writeFile(file, bytes);
  const err = await readWorkbook(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkbookReadError);
  const e = err as WorkbookReadError;
  expect(e.message).not.toMatch(/\n/);
  expect(e.messageUk).toContain(file);
  return e;
}

describe('zip bombs', () => {
  it('an entry inflating past its declared size is stopped at the part limit', async () => {
    const e = await refusal('bomb.xlsx', zipBomb(READ_LIMITS.partBytes + 1024 * 1024, 1000));
    expect(e.code).toBe('too-large');
    expect(e.messageUk).toMatch(/xl\/media\/image1\.png.*перевищує 128 МБ/);
    expect(e.messageEn).toContain('over 128 MB');
  });

  it('an entry declaring more than the part limit is refused before inflating', async () => {
    const e = await refusal('declared.xlsx', zipBomb(1024, 2 ** 31));
    expect(e.code).toBe('too-large');
  });

  it('a ratio only a bomb has is refused from the directory', async () => {
    const e = await refusal('ratio.xlsx', zipBomb(64 * 1024 * 1024));
    expect(e.code).toBe('too-large');
    expect(e.messageEn).toMatch(/compressed over 500 times/);
  });

  it('many parts together past the total are refused', async () => {
    const parts: Record<string, string | Uint8Array> = workbookParts(sheetXml([['ПЛАН']]));
    for (let i = 0; i < 3; i++) parts[`xl/media/image${i}.bin`] = Buffer.alloc(400 * 1024, i);
    const limits = { ...READ_LIMITS, totalBytes: 1024 * 1024 };
    const err = (() => {
      try {
        checkPackage(zipOf(parts), ': total.xlsx', [], limits);
      } catch (e) {
        return e as WorkbookReadError;
      }
      throw new Error('expected a refusal');
    })();
    expect(err.code).toBe('too-large');
    expect(err.messageEn).toMatch(/image2\.bin.*over 1\.0 MB.*total\.xlsx/);
    // The declared sizes alone already tell (the directory is checked first); a lying directory is caught
    // while inflating, as the bomb above shows.
    expect(checkPackage(zipOf(parts), '', [], READ_LIMITS).names).toContain('xl/media/image2.bin');
  });
});

describe('merges', () => {
  it('a merge over the whole sheet is clipped to the cells it holds', async () => {
    const file = path.join(dir, 'merge.xlsx');
    await fs.writeFile(file, mergeBomb());
    const wb = await readWorkbook(file);
    const grid = wb.sheets[0].grid;
    // The merge covers the table's cells only: its value is the top-left one, the others read empty.
    expect(grid.rows[0]).toEqual(['ПЛАН']);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 3 }]);
    const narrow = await readWorkbook(mergeBomb('A1:D1'));
    expect(narrow.sheets[0].grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(narrow.sheets[0].grid.rows[1]).toEqual([
      '№ з/п',
      'Заплановані заходи',
      'Термін виконання',
      'Відповідальні особи',
    ]);
  });

  it('a merge still too large after clipping is refused', async () => {
    const e = await refusal(
      'merge-far.xlsx',
      mergeBomb('A1:XFD1048576', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
    );
    expect(e.code).toBe('too-large');
    expect(e.messageUk).toContain("Об'єднані клітинки");
    expect(e.messageEn).toContain('300,000');
  });
});

function withoutSheet(parts: Record<string, string>): Record<string, string> {
  const rest = { ...parts };
  delete rest['xl/worksheets/sheet1.xml'];
  return rest;
}

describe('rows and cells', () => {
  jest.setTimeout(60_000);
  it('a sheet of a million rows is refused before ExcelJS holds them', async () => {
    const e = await refusal('rows.xlsx', manyRows(1_048_572));
    expect(e.code).toBe('too-large');
    expect(e.messageUk).toContain('200 000 рядків');
    expect(e.messageUk).toContain('аркуш «Лист1»');
    expect(e.messageEn).toContain('sheet "Лист1"');
  });

  it('too many cells are refused, naming the sheet even when its part comes before the workbook part', async () => {
    // 360,000 cells, the sheet's part first in the zip (as ExcelJS writes it).
    const rows = Array.from({ length: 60_000 }, (_, r) => Array.from({ length: 6 }, () => `т${r}`));
    const first = zipOf({ 'xl/worksheets/sheet1.xml': sheetXml(rows), ...withoutSheet(workbookParts('')) });
    const named = await refusal('cells-first.xlsx', first);
    expect(named.messageUk).toContain('аркуш «Лист1»');
    expect(named.messageEn).toContain('300,000 cells');
    const e = await refusal('cells.xlsx', manyRows(200_000, 6));
    expect(e.messageEn).toContain('300,000 cells');
  });
});

describe('the file itself', () => {
  it('a device is refused without reading it', async () => {
    const err = await readWorkbook('/dev/zero').catch((x: unknown) => x as WorkbookReadError);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).messageUk).toContain('не звичайний файл');
  });

  it('a FIFO is refused, not waited on', async () => {
    const fifo = path.join(dir, 'pipe.xlsx');
    const { execFileSync } = await import('child_process');
    execFileSync('mkfifo', [fifo]);
    const e = await refusal('pipe.xlsx', null);
    expect(e.messageEn).toContain('not a regular file');
  });

  it('a file over the size limit is named as too large, not as missing', async () => {
    const big = path.join(dir, 'big.xlsx');
    const handle = await fs.open(big, 'w');
    await handle.truncate(2 ** 31 + 10); // sparse: nothing is written
    await handle.close();
    const e = await refusal('big.xlsx', null);
    expect(e.code).toBe('too-large');
    expect(e.messageUk).toMatch(/Файл завеликий.*найбільший допустимий — 200 МБ/);
  });
});

describe('formats that are not .xlsx are named, with what to do', () => {
  const cases: [string, Buffer, RegExp, RegExp][] = [
    [
      'an OpenDocument spreadsheet',
      zipOf(
        {
          mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
          'content.xml': '<office:document-content/>',
        },
        0,
      ),
      /це таблиця OpenDocument \(\.ods, LibreOffice Calc\).*Відкрийте файл і збережіть його як книгу Excel \(\.xlsx\)/,
      /an OpenDocument spreadsheet.*save it as an Excel workbook/,
    ],
    [
      'a Word document',
      zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
      /це документ Word \(\.docx\)/,
      /a Word document \(\.docx\)/,
    ],
    [
      'a CSV file',
      Buffer.from('№;Захід;Термін\n1;Навчання;Постійно\n'),
      /текстовий файл \(CSV/,
      /a text file \(CSV/,
    ],
    [
      'a web page saved as .xls',
      Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>'),
      /вебсторінка/,
      /a web page/,
    ],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /документ PDF/, /a PDF document/],
  ];
  it.each(cases)('%s', async (_name, bytes, uk, en) => {
    const e = await refusal(`${_name.replace(/\W+/g, '-')}.xlsx`, bytes);
    expect(e.code).toBe('not-xlsx');
    expect(e.messageUk).toMatch(uk);
    expect(e.messageEn).toMatch(en);
  });
});
