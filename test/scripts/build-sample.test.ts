import * as fs from 'fs';
import ExcelJS from 'exceljs';
import {
  buildSampleWorkbook,
  HEADER_ROW,
  parseSeed,
  SAMPLE_PATH,
  SEED_PATH,
  splitSeedCells,
  type SeedDocument,
  type SeedMeasure,
} from '../../scripts/build-sample';
import { readWorkbook } from '../../src/node/xlsx-read';

const seedText = fs.readFileSync(SEED_PATH, 'utf8');

function measure(doc: SeedDocument, n: number): SeedMeasure {
  for (const row of doc.rows) if (row.kind === 'measure' && row.measure.number === n) return row.measure;
  throw new Error(`measure ${n} not found`);
}

describe('splitSeedCells', () => {
  it('starts a cell at each TAB line and keeps continuation lines, blank lines and blanks exactly', () => {
    const text = 'Title\n\n\tA  \n\nmore \n\n\tB\n\t\n\n\tC\n ';
    expect(splitSeedCells(text)).toEqual({
      preamble: ['Title', ''],
      cells: ['A  \n\nmore ', 'B', '', 'C\n '],
    });
  });
});

describe('parseSeed on the council export', () => {
  const doc = parseSeed(seedText);

  it('finds the title lines, the 5 header cells, 5 sections and measures 1..28', () => {
    expect(doc.title).toEqual([
      'ВИКОНАННЯ ПЛАНУ',
      'заходів щодо запобігання корупційним правопорушенням та правопорушенням, ',
      "пов'язаним з корупцією у Покровській  міській раді за 2023 рік",
    ]);
    expect(doc.header).toEqual([
      '№\n\nз/п',
      'Заплановані заходи',
      'Термін\n\nвиконання',
      'Відповідальні особи',
      'Проведений захід',
    ]);
    const sections = doc.rows.flatMap((r) => (r.kind === 'section' ? [r.text.slice(0, 6)] : []));
    expect(sections).toEqual(['І. Зах', 'ІІ. Ан', 'III.  ', 'ІV. Ко', 'V. Інш']);
    const numbers = doc.rows.flatMap((r) => (r.kind === 'measure' ? [r.measure.number] : []));
    expect(numbers).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it('keeps multi-line cells, including ones split by blank lines', () => {
    expect(measure(doc, 5).cells[3]).toBe(
      'Начальник загального відділу \n\nНачальник організаційного відділу ',
    );
    expect(measure(doc, 8).cells[1]).toContain('що входять до сфери \n\nуправління Покровської');
    expect(measure(doc, 27).cells[2]).toBe('Грудень\n\n2023 року');
    expect(measure(doc, 19).cells[2]).toBe('Постійно');
    expect(measure(doc, 28).cells[4].endsWith('»\n ')).toBe(true);
  });

  it('reads the empty execution cells of measures 18 and 19', () => {
    expect(measure(doc, 18).cells[4]).toBe('');
    expect(measure(doc, 19).cells[4]).toBe('');
    expect(measure(doc, 19).cells[3]).toBe(
      'Начальник відділу з питань запобігання та протидії корупції \n\nГоловний спеціаліст з  кадрової роботи',
    );
  });

  it('fails loudly when a measure is missing or a row is short', () => {
    const without12 = seedText.replace(/\t12\n/, '\tдванадцять\n');
    expect(() => parseSeed(without12)).toThrow(/must start with its number/);
    const lostCell = seedText.replace('\tСічень 2023 року\n', '');
    expect(() => parseSeed(lostCell)).toThrow(/Seed:/);
    const lostMeasure = seedText.replace(/\t10\n(\t[^\n]*\n){4}/, '');
    expect(lostMeasure).not.toBe(seedText);
    expect(() => parseSeed(lostMeasure)).toThrow(/expected measures 1\.\.28/);
    const lostSection = seedText.replace('\tV. Інше', '\tІнше');
    expect(() => parseSeed(lostSection)).toThrow(/Seed:/);
  });
});

describe('the sample workbook', () => {
  const doc = parseSeed(seedText);

  it('is laid out as a clerk keeps it: Times New Roman 12, borders, wrap, landscape A4', () => {
    const ws = buildSampleWorkbook(doc).getWorksheet('Лист1') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe('ВИКОНАННЯ ПЛАНУ');
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 12, bold: true });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell(HEADER_ROW, 3).value).toBe('Термін\n\nвиконання');
    const measure1 = ws.getRow(HEADER_ROW + 2);
    expect(measure1.getCell(1).value).toBe(1);
    for (let c = 1; c <= 5; c++) {
      const cell = measure1.getCell(c);
      expect(cell.font).toMatchObject({ name: 'Times New Roman', size: 12 });
      expect(cell.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
      expect(cell.border).toMatchObject({
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      });
    }
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
  });

  it('is committed up to date: the committed file reads back as a fresh build does', async () => {
    const fresh = await readWorkbook(Buffer.from(await buildSampleWorkbook(doc).xlsx.writeBuffer()));
    const committed = await readWorkbook(SAMPLE_PATH);
    expect(committed).toEqual(fresh);
    const committedBook = new ExcelJS.Workbook();
    await committedBook.xlsx.readFile(SAMPLE_PATH);
    expect(committedBook.created.toISOString()).toBe('2024-01-15T09:00:00.000Z');
  });
});
