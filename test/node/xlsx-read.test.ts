import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../src/core/grid';
import { readWorkbook, toCellValue } from '../../src/node/xlsx-read';
import { WorkbookReadError, type WorkbookReadErrorCode } from '../../src/node/workbook-errors';
import { oleFile, patchZip, storedZip } from './fixtures';

const SAMPLE = path.resolve(__dirname, '../../samples/plan-2023.xlsx');

/** The measure row whose number cell holds `n`. */
function measureRow(grid: Grid, n: number): CellValue[] {
  const row = grid.rows.find((r) => r[0] === n);
  if (!row) throw new Error(`measure ${n} not found`);
  return row;
}

describe('readWorkbook on the sample plan', () => {
  let grid: Grid;
  beforeAll(async () => {
    const data = await readWorkbook(SAMPLE);
    expect(data.sheets.map((s) => [s.name, s.hidden])).toEqual([['Лист1', false]]);
    grid = data.sheets[0].grid;
  });

  it('reads the title, the header with its line breaks, and measure numbers as numbers', () => {
    expect(grid.rows[0]).toEqual(['ВИКОНАННЯ ПЛАНУ']);
    expect(grid.rows[1]).toEqual([
      'заходів щодо запобігання корупційним правопорушенням та правопорушенням, ',
    ]);
    expect(grid.rows[3]).toEqual([]);
    expect(grid.rows[4]).toEqual([
      '№\n\nз/п',
      'Заплановані заходи',
      'Термін\n\nвиконання',
      'Відповідальні особи',
      'Проведений захід',
    ]);
    const numbers = grid.rows.map((r) => r[0]).filter((v): v is number => typeof v === 'number');
    expect(numbers).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it('keeps cell text exactly, blank lines and trailing blanks included', () => {
    expect(measureRow(grid, 5)[3]).toBe(
      'Начальник загального відділу \n\nНачальник організаційного відділу ',
    );
    expect(measureRow(grid, 19)[3]).toBe(
      'Начальник відділу з питань запобігання та протидії корупції \n\nГоловний спеціаліст з  кадрової роботи',
    );
    expect(measureRow(grid, 27)[2]).toBe('Грудень\n\n2023 року');
  });

  it('reads the empty execution cells of measures 18 and 19 as empty', () => {
    for (const n of [18, 19]) {
      const row = measureRow(grid, n);
      expect(row[4] ?? null).toBeNull();
      expect(row[2]).toBe('Постійно');
    }
    expect(measureRow(grid, 17)[4]).toEqual(expect.stringContaining('Згідно листа Національного агентства'));
  });

  it('has the 5 section rows merged across A:E, with empty merged cells', () => {
    const sectionRows = grid.rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => typeof r[0] === 'string' && /^[IVXІХ]+\./u.test(r[0]));
    expect(sectionRows.map(({ r }) => r)).toEqual([
      [
        "І. Заходи з організації виконання актів вищих  органів влади та спеціально уповноважених суб'єктів у сфері протидії корупції.",
      ],
      ['ІІ. Антикорупційні заходи'],
      ["III.   Проведення роз'яснювальної роботи щодо запобігання та протидії корупції"],
      ['ІV. Контроль за дотриманням антикорупційного законодавства.'],
      ['V. Інше'],
    ]);
    for (const { i } of sectionRows) {
      expect(grid.merges).toContainEqual({ top: i, left: 0, bottom: i, right: 4 });
    }
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 4 });
    expect(grid.merges).toHaveLength(3 + 5);
    expect(grid.hiddenRows).toEqual([]);
  });
});

describe('cell conversion', () => {
  it('turns every ExcelJS value kind into a plain value', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Дані');
    ws.getCell('A1').value = { richText: [{ text: 'Поча' }, { font: { bold: true }, text: 'ток' }] };
    ws.getCell('B1').value = { formula: 'A2*2', result: 42 };
    ws.getCell('C1').value = { formula: 'Z99/0', result: { error: '#DIV/0!' } };
    ws.getCell('D1').value = { formula: '#REF!+1', result: { error: '#REF!' } };
    ws.getCell('E1').value = { text: 'посилання', hyperlink: 'https://example.org' };
    ws.getCell('F1').value = new Date(Date.UTC(2023, 11, 31));
    ws.getCell('G1').value = true;
    ws.getCell('H1').value = { error: '#N/A' };
    ws.getCell('A2').value = 21;
    ws.getCell('B2').value = { formula: 'A3', result: undefined };
    ws.getCell('C2').value = { formula: 'DATE(2024,2,29)', result: new Date(Date.UTC(2024, 1, 29)) };
    ws.getCell('D2').value = 'текст';
    ws.getRow(3).hidden = true;
    ws.getCell('A3').value = 'прихований рядок';
    const hidden = wb.addWorksheet('Прихований', { state: 'hidden' });
    hidden.getCell('A1').value = 1;
    wb.addWorksheet('Порожній');

    // ExcelJS drops empty rows when writing; Excel keeps a hidden empty row, so add one as Excel would.
    const bytes = patchZip(Buffer.from(await wb.xlsx.writeBuffer()), (files) => {
      const sheet = String(files.get('xl/worksheets/sheet1.xml'));
      files.set(
        'xl/worksheets/sheet1.xml',
        sheet.replace('</sheetData>', '<row r="5" hidden="1"/></sheetData>'),
      );
    });
    const data = await readWorkbook(bytes);
    expect(data.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Дані', false],
      ['Прихований', true],
      ['Порожній', false],
    ]);
    const grid = data.sheets[0].grid;
    expect(grid.rows).toEqual([
      [
        'Початок',
        42,
        { error: '#DIV/0!' },
        { error: '#REF!' },
        'посилання',
        { date: '2023-12-31' },
        true,
        { error: '#N/A' },
      ],
      [21, null, { date: '2024-02-29' }, 'текст'],
      ['прихований рядок'],
    ]);
    expect(grid.hiddenRows).toEqual([2, 4]);
    expect(data.sheets[2].grid.rows).toEqual([]);
  });

  it('takes the UTC calendar date and maps odd numbers to errors', () => {
    expect(toCellValue(new Date(Date.UTC(2023, 0, 1, 23, 59)))).toEqual({ date: '2023-01-01' });
    expect(toCellValue(Number.NaN)).toEqual({ error: '#NUM!' });
    expect(toCellValue(undefined)).toBeNull();
    expect(toCellValue({ text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' } as never)).toBe(
      'ab',
    );
    expect(toCellValue({ sharedFormula: 'A1', result: 'так' } as never)).toBe('так');
  });

  it('lists a chart sheet, which ExcelJS drops, with an empty grid', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Дані').getCell('A1').value = 'x';
    const bytes = patchZip(Buffer.from(await wb.xlsx.writeBuffer()), (files) => {
      const book = String(files.get('xl/workbook.xml'));
      const sheet = '<sheet name="Діаграма &amp; підсумок" sheetId="9" r:id="rId99"/>';
      files.set('xl/workbook.xml', book.replace('</sheets>', `${sheet}</sheets>`));
      const rels = String(files.get('xl/_rels/workbook.xml.rels'));
      const type = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet';
      const rel = `<Relationship Id="rId99" Type="${type}" Target="chartsheets/sheet1.xml"/>`;
      files.set('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', `${rel}</Relationships>`));
      files.set(
        'xl/chartsheets/sheet1.xml',
        '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      );
    });

    const data = await readWorkbook(bytes);
    expect(data.sheets.map((s) => s.name)).toEqual(['Дані', 'Діаграма & підсумок']);
    expect(data.sheets[0].grid.rows).toEqual([['x']]);
    expect(data.sheets[1].grid).toEqual({
      sheetName: 'Діаграма & підсумок',
      rows: [],
      merges: [],
      hiddenRows: [],
    });
  });
  it('reads a workbook whose zip carries Zip64 end records', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Лист1').getCell('B2').value = 'Постійно';
    const bytes = patchZip(Buffer.from(await wb.xlsx.writeBuffer()), () => undefined, { zip64: true });
    const data = await readWorkbook(bytes);
    expect(data.sheets[0].grid.rows).toEqual([[], [null, 'Постійно']]);
  });
});

describe('WorkbookReadError from real bytes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-read-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function failure(source: string | Buffer): Promise<WorkbookReadError> {
    try {
      await readWorkbook(source);
    } catch (err) {
      expect(err).toBeInstanceOf(WorkbookReadError);
      const e = err as WorkbookReadError;
      expect(e.message).not.toMatch(/\n/);
      expect(e.message).toBe(`${e.messageUk} / ${e.messageEn}`);
      return e;
    }
    throw new Error('expected readWorkbook to fail');
  }

  async function fileFailure(name: string, bytes: Buffer): Promise<WorkbookReadError> {
    const file = path.join(dir, name);
    await fs.writeFile(file, bytes);
    const err = await failure(file);
    expect(err.message).toContain(file);
    return err;
  }

  const expectCode = (err: WorkbookReadError, code: WorkbookReadErrorCode): void =>
    expect(err.code).toBe(code);

  it('not-found: a missing path, in both languages', async () => {
    const file = path.join(dir, 'немає.xlsx');
    const err = await failure(file);
    expectCode(err, 'not-found');
    expect(err.message).toBe(`Файл не знайдено: ${file} / File not found: ${file}`);
  });

  it('corrupt: an empty file', async () => {
    const err = await fileFailure('empty.xlsx', Buffer.alloc(0));
    expectCode(err, 'corrupt');
    expect(err.messageUk).toContain('порожній');
  });

  it('not-xlsx: CSV text renamed to .xlsx', async () => {
    const csv = Buffer.from('№;Захід;Термін\n1;Моніторинг;Постійно\n', 'utf8');
    expectCode(await fileFailure('plan.csv.xlsx', csv), 'not-xlsx');
  });

  it('old-xls: an OLE2 file with a Workbook stream', async () => {
    const err = await fileFailure('old.xlsx', oleFile(['Workbook', '\u0005SummaryInformation']));
    expectCode(err, 'old-xls');
    expect(err.messageEn).toContain('Old .xls format (Excel 97–2003)');
  });

  it('encrypted: an OLE2 file with EncryptionInfo and EncryptedPackage streams', async () => {
    const err = await fileFailure('secret.xlsx', oleFile(['EncryptionInfo', 'EncryptedPackage']));
    expectCode(err, 'encrypted');
    expect(err.messageUk).toContain('паролем');
  });

  it('old-xls: an OLE2 signature whose directory cannot be walked says "old .xls or encrypted"', async () => {
    const header = oleFile([]).subarray(0, 512); // the directory sectors are cut off
    const err = await fileFailure('cut.xlsx', header);
    expectCode(err, 'old-xls');
    expect(err.messageEn).toContain('Old .xls format or an encrypted workbook');
  });

  it('corrupt: a truncated zip', async () => {
    const sample = await fs.readFile(SAMPLE);
    expectCode(await fileFailure('half.xlsx', sample.subarray(0, Math.floor(sample.length / 2))), 'corrupt');
  });

  it('not-xlsx: a zip that is not a workbook', async () => {
    const zip = storedZip({ 'word/document.xml': '<w:document/>', 'readme.txt': 'hello' });
    const err = await fileFailure('doc.xlsx', zip);
    expectCode(err, 'not-xlsx');
    expect(err.messageEn).toContain('a Word document (.docx)');
    const other = await fileFailure('other.xlsx', storedZip({ 'readme.txt': 'hello' }));
    expect(other.messageEn).toContain('no xl/workbook.xml');
  });

  it('no-sheets: a workbook part listing no sheets', async () => {
    const zip = storedZip({
      'xl/workbook.xml':
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
    });
    expectCode(await failure(zip), 'no-sheets');
  });

  it('corrupt: a workbook whose listed worksheet is missing', async () => {
    const zip = storedZip({
      '[Content_Types].xml':
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      'xl/workbook.xml':
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    });
    const err = await failure(zip);
    expectCode(err, 'corrupt');
  });
});
