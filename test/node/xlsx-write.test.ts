import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { GENERATED_MARK, type SheetSpec } from '../../src/core/report/sheet-spec';
import { unzipSync } from 'fflate';
import {
  fileColumnWidth,
  generatedMarkName,
  specsToWorkbook,
  writeSpecsToFile,
} from '../../src/node/xlsx-write';
import { readWorkbook } from '../../src/node/xlsx-read';

const FONT = { name: 'Times New Roman', size: 12 };

function tableSpec(): SheetSpec {
  return {
    name: 'Виконання плану 2023',
    role: 'execution-table',
    values: [
      ['ВИКОНАННЯ ПЛАНУ', null, null],
      ['№\nз/п', 'Заплановані заходи', 'Виконано'],
      [1, 'Моніторинг змін законодавства', 'Так'],
      [2, 'Перевірки підприємств', 0.75],
    ],
    styles: {
      base: { font: FONT, vertical: 'top', wrap: true, border: true },
      header: { font: { ...FONT, bold: true }, horizontal: 'center', fill: 'D9D9D9' },
      title: {
        font: { name: 'Times New Roman', size: 14, bold: true },
        horizontal: 'center',
        vertical: 'middle',
      },
      share: { font: { ...FONT, italic: true, color: 'C00000' }, numberFormat: '0%', horizontal: 'right' },
    },
    bands: [
      { range: { top: 1, left: 0, bottom: 3, right: 2 }, style: 'base' },
      { range: { top: 1, left: 0, bottom: 1, right: 2 }, style: 'header' },
      { range: { top: 0, left: 0, bottom: 0, right: 2 }, style: 'title' },
      { range: { top: 3, left: 2, bottom: 3, right: 2 }, style: 'share' },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [6, 45, 18],
    rowHeights: { 0: 30, 1: 33 },
    freezeRows: 2,
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { from: 2, to: 2 },
      footer: '&CСторінка &P з &N',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 },
    },
    charts: [
      {
        type: 'pie',
        title: 'Стан виконання',
        categories: { top: 2, left: 1, bottom: 3, right: 1 },
        values: { top: 2, left: 2, bottom: 3, right: 2 },
        anchor: { row: 6, col: 0 },
      },
    ],
  };
}

function summarySpec(): SheetSpec {
  return {
    name: "Зведення 2023 (ради's)",
    role: 'summary',
    values: [['Усього заходів', 28]],
    styles: { plain: { font: FONT } },
    bands: [{ range: { top: 0, left: 0, bottom: 0, right: 1 }, style: 'plain' }],
    merges: [],
    columnWidths: [30, 10],
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: false },
  };
}

describe('writeSpecsToFile round trip', () => {
  let dir: string;
  let file: string;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-write-'));
    file = path.join(dir, 'звіт.xlsx');
    await writeSpecsToFile([tableSpec(), summarySpec()], file);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    ws = wb.getWorksheet('Виконання плану 2023') as ExcelJS.Worksheet;
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes both sheets, in order, and leaves no temp file behind', async () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Виконання плану 2023', "Зведення 2023 (ради's)"]);
    expect(await fs.readdir(dir)).toEqual(['звіт.xlsx']);
  });

  it('writes the values, and reads back as the same grid', async () => {
    expect(ws.getCell('B2').value).toBe('Заплановані заходи');
    expect(ws.getCell('A4').value).toBe(2);
    const grid = (await readWorkbook(file)).sheets[0].grid;
    expect(grid.rows).toEqual([
      ['ВИКОНАННЯ ПЛАНУ'],
      ['№\nз/п', 'Заплановані заходи', 'Виконано'],
      [1, 'Моніторинг змін законодавства', 'Так'],
      [2, 'Перевірки підприємств', 0.75],
    ]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it('applies fonts per band, later bands winning property by property', () => {
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true });
    expect(ws.getCell('B2').font).toMatchObject({ name: 'Times New Roman', size: 12, bold: true });
    expect(ws.getCell('B3').font).toMatchObject({ name: 'Times New Roman', size: 12 });
    expect(ws.getCell('B3').font.bold).toBeFalsy();
    expect(ws.getCell('B3').font.italic).toBeFalsy();
    expect(ws.getCell('C4').font).toMatchObject({ italic: true, color: { argb: 'FFC00000' } });
    // The header band keeps the base band's wrap and vertical alignment and adds centring.
    expect(ws.getCell('B2').alignment).toMatchObject({
      horizontal: 'center',
      vertical: 'top',
      wrapText: true,
    });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    expect(ws.getCell('C4').alignment).toMatchObject({
      horizontal: 'right',
      vertical: 'top',
      wrapText: true,
    });
    expect(ws.getCell('B2').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFD9D9D9' },
    });
    expect(ws.getCell('C4').numFmt).toBe('0%');
    expect(ws.getCell('C3').numFmt ?? 'General').toBe('General');
  });

  it('draws thin borders on all four edges of every cell in a bordered band, and none elsewhere', () => {
    for (let r = 2; r <= 4; r++) {
      for (let c = 1; c <= 3; c++) {
        const border = ws.getCell(r, c).border;
        for (const edge of ['top', 'left', 'bottom', 'right'] as const) {
          expect({ cell: ws.getCell(r, c).address, edge, style: border?.[edge]?.style }).toEqual({
            cell: ws.getCell(r, c).address,
            edge,
            style: 'thin',
          });
        }
      }
    }
    expect(ws.getCell('B1').border?.top).toBeUndefined();
  });

  it('keeps merges, column widths, row heights and frozen rows', () => {
    expect(ws.model.merges).toEqual(['A1:C1']);
    // Widths in the workbook's own unit (digits of its Times New Roman 12: 6 pt), as wide as the spec says.
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([6, 45, 18].map(fileColumnWidth));
    expect(fileColumnWidth(8) * 6).toBe(8 * 5.25);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getRow(2).height).toBe(33);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('sets the print setup: A4, landscape, fit to one page wide, print titles, footer, margins', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    });
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 });
    expect(ws.headerFooter.oddFooter).toBe('&CСторінка &P з &N');

    const summary = wb.worksheets[1];
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait' });
    expect(summary.pageSetup.fitToPage).toBeFalsy();
  });

  it('makes Times New Roman 12 the workbook standard font, so column widths mean the same everywhere', async () => {
    const parts = unzipSync(new Uint8Array(await fs.readFile(file)));
    const styles = new TextDecoder().decode(parts['xl/styles.xml']);
    const first = /<font>[\s\S]*?<\/font>/.exec(styles)![0];
    expect(first).toContain('<name val="Times New Roman"/>');
    expect(first).toContain('<sz val="12"/>');
    expect(first).not.toContain('scheme');
  });

  it('marks the workbook and each sheet role as generated', () => {
    expect(wb.creator).toBe(GENERATED_MARK);
    expect(wb.keywords).toBe(GENERATED_MARK);
    expect(wb.definedNames.getRanges(generatedMarkName('execution-table')).ranges).toEqual([
      "'Виконання плану 2023'!$A$1",
    ]);
    expect(wb.definedNames.getRanges(generatedMarkName('summary')).ranges).toEqual([
      "'Зведення 2023 (ради''s)'!$A$1",
    ]);
  });
});

describe('writeSpecsToFile failures', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-write-fail-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('leaves the existing file untouched and no temp file when rendering fails', async () => {
    const file = path.join(dir, 'звіт.xlsx');
    await fs.writeFile(file, 'old contents');
    const broken: SheetSpec = {
      ...summarySpec(),
      bands: [{ range: { top: 0, left: 0, bottom: 0, right: 0 }, style: 'nope' }],
    };
    await expect(writeSpecsToFile([broken], file)).rejects.toThrow(/unknown style "nope"/);
    expect(await fs.readdir(dir)).toEqual(['звіт.xlsx']);
    expect(await fs.readFile(file, 'utf8')).toBe('old contents');
  });

  it('replaces an existing file in one step when writing succeeds', async () => {
    const file = path.join(dir, 'звіт.xlsx');
    await expect(writeSpecsToFile([summarySpec()], file)).rejects.toThrow(/file exists/);
    await writeSpecsToFile([summarySpec()], file, { overwrite: true });
    expect((await readWorkbook(file)).sheets[0].grid.rows).toEqual([['Усього заходів', 28]]);
    expect(await fs.readdir(dir)).toEqual(['звіт.xlsx']);
  });

  it('rejects when the folder does not exist', async () => {
    await expect(writeSpecsToFile([summarySpec()], path.join(dir, 'немає', 'звіт.xlsx'))).rejects.toThrow();
  });

  it('specsToWorkbook leaves charts, which ExcelJS cannot write, to the package step, without failing', () => {
    const built = specsToWorkbook([tableSpec()]);
    expect(built.worksheets).toHaveLength(1);
  });
});
