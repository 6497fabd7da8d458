// The browser's xlsx writer: what it writes reads back — by ExcelJS, by our own reader, by LibreOffice —
// as the SheetSpec said, every text exactly as written, every part well-formed XML.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { analyse } from '../../src/core/analyse';
import { buildExecutionTable } from '../../src/core/report/execution-table';
import type { SheetSpec } from '../../src/core/report/sheet-spec';
import { readWorkbook } from '../../src/node/xlsx-read';
import { fileColumnWidth as nodeColumnWidth } from '../../src/node/xlsx-write';
import { fileColumnWidth, toBase64, writeXlsx } from '../../src/xlsx-lite';
import { soffice } from '../helpers/libreoffice';
import { sampleGrid } from '../helpers/sample';

const FONT = { name: 'Times New Roman', size: 12 };
const NOW = '2024-12-01T10:00:00Z';

function tableSpec(): SheetSpec {
  return {
    name: "План 2025 (ради's)",
    role: 'next-year-plan',
    values: [
      ['ВИКОНАННЯ ПЛАНУ', null, null],
      ['№\nз/п', 'Заплановані заходи', 'Частка'],
      [1, 'Моніторинг змін законодавства', 0.5],
      [2, '  два  пробіли  ', 0.75],
    ],
    styles: {
      base: { font: FONT, vertical: 'top', wrap: true, border: true },
      header: { font: { ...FONT, bold: true }, horizontal: 'center', fill: 'D9D9D9' },
      title: { font: { ...FONT, size: 14, bold: true }, horizontal: 'center', vertical: 'middle' },
      share: { font: { ...FONT, italic: true, color: 'C00000' }, numberFormat: '0%', horizontal: 'right' },
      date: { font: FONT, numberFormat: 'dd.mm.yyyy' },
    },
    bands: [
      { range: { top: 1, left: 0, bottom: 3, right: 2 }, style: 'base' },
      { range: { top: 1, left: 0, bottom: 1, right: 2 }, style: 'header' },
      { range: { top: 0, left: 0, bottom: 0, right: 2 }, style: 'title' },
      { range: { top: 2, left: 2, bottom: 3, right: 2 }, style: 'share' },
      { range: { top: 5, left: 0, bottom: 5, right: 0 }, style: 'date' },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [6, 45, 18],
    rowHeights: { 0: 30, 1: 33.5 },
    freezeRows: 2,
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { from: 2, to: 2 },
      footer: 'Сторінка &P з &N',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 },
      breaks: [3],
    },
  };
}

function notesSpec(): SheetSpec {
  return {
    name: 'Перелік до плану 2025',
    role: 'next-year-notes',
    values: [['Що перевірити', 28]],
    styles: { plain: { font: FONT } },
    bands: [{ range: { top: 0, left: 0, bottom: 0, right: 1 }, style: 'plain' }],
    merges: [],
    columnWidths: [30, 10],
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: false, scale: 85 },
  };
}

const MARK = 'anticorruption_plan_addin.next_year_notes_2025';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** `<t>` texts of the shared strings, decoded as SpreadsheetML says (entities, then `_xHHHH_`). */
function sharedStrings(bytes: Uint8Array): string[] {
  const xml = new TextDecoder().decode(unzipSync(bytes)['xl/sharedStrings.xml']);
  return [...xml.matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) =>
    m[1]
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/_x([0-9A-Fa-f]{4})_/g, (_s, h: string) => String.fromCharCode(parseInt(h, 16))),
  );
}

describe('xlsx-lite', () => {
  const bytes = writeXlsx([{ spec: tableSpec() }, { spec: notesSpec(), markName: MARK }], { now: NOW });
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await load(bytes);
    ws = wb.worksheets[0];
  });

  it('writes the sheets in order, with the values, merges, widths and heights of the spec', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["План 2025 (ради's)", 'Перелік до плану 2025']);
    expect(ws.getCell('A1').value).toBe('ВИКОНАННЯ ПЛАНУ');
    expect(ws.getCell('A2').value).toBe('№\nз/п');
    expect(ws.getCell('B4').value).toBe('  два  пробіли  ');
    expect(ws.getCell('C4').value).toBe(0.75);
    expect((ws.model as { merges: string[] }).merges).toEqual(['A1:C1']);
    expect(ws.getColumn(2).width).toBeCloseTo(fileColumnWidth(45), 4);
    expect(ws.getRow(2).height).toBe(33.5);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('widths in the same unit as the Node writer, so both print alike', () => {
    for (const w of [6, 16, 45, 60]) expect(fileColumnWidth(w)).toBe(nodeColumnWidth(w));
  });

  it('layers the bands property by property, later bands winning', () => {
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true });
    expect(ws.getCell('B2').font).toMatchObject({ bold: true, size: 12 });
    expect(ws.getCell('B2').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    expect(ws.getCell('B2').border.top).toMatchObject({ style: 'thin' });
    expect(ws.getCell('B2').alignment).toMatchObject({
      horizontal: 'center',
      vertical: 'top',
      wrapText: true,
    });
    expect(ws.getCell('C3').font).toMatchObject({ italic: true, color: { argb: 'FFC00000' } });
    expect(ws.getCell('C3').numFmt).toBe('0%');
    expect(ws.getCell('C3').border.left).toMatchObject({ style: 'thin' });
    expect(ws.getCell('A6').numFmt).toBe('dd.mm.yyyy');
    expect(ws.getCell('B3').font.bold).toBeFalsy();
  });

  it('prints as the spec says: A4, orientation, fit or scale, margins, repeated header, footer, breaks', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    });
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 });
    expect(ws.headerFooter.oddFooter).toBe('Сторінка &P з &N');
    const sheet = new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<brk id="3" max="16383" man="1"/>');
    expect(wb.worksheets[1].pageSetup).toMatchObject({ orientation: 'portrait', scale: 85 });
  });

  it('marks only the sheets it is asked to, with a workbook-scoped name', () => {
    const notes = wb.definedNames.getRanges(MARK).ranges;
    expect(notes).toEqual(["'Перелік до плану 2025'!$A$1"]);
    const workbook = new TextDecoder().decode(unzipSync(bytes)['xl/workbook.xml']);
    expect(workbook.match(/anticorruption_plan_addin/g)).toHaveLength(1);
  });

  it('reads back through the Node host as the same grid', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-lite-'));
    try {
      const file = path.join(dir, 'plan.xlsx');
      await fs.writeFile(file, bytes);
      const read = await readWorkbook(file);
      expect(read.sheets[0].grid.rows.slice(0, 4)).toEqual([
        ['ВИКОНАННЯ ПЛАНУ'],
        ['№\nз/п', 'Заплановані заходи', 'Частка'],
        [1, 'Моніторинг змін законодавства', 0.5],
        [2, '  два  пробіли  ', 0.75],
      ]);
      expect(read.sheets[0].grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps every character: markup, control characters, CR, a literal _xHHHH_, surrogates, 32,767 characters', () => {
    const hostile = [
      'a < b & c > d "лапки" \'апостроф\'',
      'рядок\r\nз CR\u0001\u001f\ufffe',
      'код _x000D_ і _x00ff_',
      'емодзі 😀 і половинка \ud83d',
      '=SUM(A1) +1 -1 @x #N/A',
      'ї'.repeat(32767),
    ];
    const spec: SheetSpec = { ...notesSpec(), values: hostile.map((t) => [t]) };
    const written = writeXlsx([{ spec }], { now: NOW });
    expect(sharedStrings(written)).toEqual(hostile);
  });

  it('every part is well-formed XML (xmllint)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-lite-xml-'));
    try {
      for (const [name, data] of Object.entries(unzipSync(bytes))) {
        const file = path.join(dir, name.replace(/[/[\]]/g, '_'));
        await fs.writeFile(file, data);
        execFileSync('xmllint', ['--noout', file]);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses what Excel would refuse: no sheet, a bad or repeated sheet name, no visible sheet', () => {
    expect(() => writeXlsx([])).toThrow(/needs a sheet/);
    expect(() => writeXlsx([{ spec: { ...notesSpec(), name: 'a/b' } }])).toThrow(/invalid sheet name/);
    expect(() =>
      writeXlsx([{ spec: notesSpec() }, { spec: { ...notesSpec(), name: 'перелік до плану 2025' } }]),
    ).toThrow(/two sheets/);
    expect(() => writeXlsx([{ spec: notesSpec(), state: 'veryHidden' }])).toThrow(/visible sheet/);
  });

  it('hides columns and sheets when asked (for request workbooks)', async () => {
    const written = writeXlsx(
      [
        { spec: tableSpec(), hiddenColumns: [2] },
        { spec: notesSpec(), state: 'veryHidden' },
      ],
      { now: NOW },
    );
    const back = await load(written);
    expect(back.worksheets[0].getColumn(3).hidden).toBe(true);
    expect(back.worksheets[1].state).toBe('veryHidden');
  });

  it('the same input gives the same bytes; base64 in chunks matches Node’s', () => {
    const again = writeXlsx([{ spec: tableSpec() }, { spec: notesSpec(), markName: MARK }], { now: NOW });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const big = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});

describe('xlsx-lite on the sample plan', () => {
  it('writes the execution table LibreOffice opens and reads as the same cells', async () => {
    const analysed = analyse(await sampleGrid(), { asOf: '2024-01-15' });
    if (!analysed.ok) throw new Error('the sample is not a plan');
    const spec = buildExecutionTable(analysed.plan, { lang: 'uk' });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-lite-lo-'));
    try {
      await fs.writeFile(path.join(dir, 'table.xlsx'), writeXlsx([{ spec }]));
      await soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', 'table.xlsx'], dir);
      const csv = await fs.readFile(path.join(dir, 'table.csv'), 'utf8');
      for (const m of analysed.plan.measures.slice(0, 5)) expect(csv).toContain(m.measure.split('\n')[0]);
      expect(csv).toContain('ВИКОНАННЯ ПЛАНУ');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('xlsx-lite in the pane', () => {
  it('is loaded only when used (next year’s plan, requests, answers): no module of the pane imports it statically', async () => {
    const files: string[] = [];
    const walk = async (d: string): Promise<void> => {
      for (const e of await fs.readdir(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) await walk(p);
        else if (/\.tsx?$/.test(e.name)) files.push(p);
      }
    };
    const src = path.join(__dirname, '..', '..', 'src');
    for (const d of ['taskpane', 'excel', 'commands', 'app', 'core']) await walk(path.join(src, d));
    const static_ = [];
    const dynamic = [];
    for (const f of files) {
      const text = await fs.readFile(f, 'utf8');
      if (/^import\s[^;]*from\s+'[./]*xlsx-lite/m.test(text)) static_.push(path.relative(src, f));
      if (/import\(\s*(?:\/\*[^*]*\*\/\s*)?'[./]*xlsx-lite(?:\/[\w-]+)?'\s*\)/.test(text))
        dynamic.push(path.relative(src, f));
    }
    expect(static_).toEqual([]);
    expect(dynamic.sort()).toEqual(
      ['apply-answers.ts', 'next-year-workbook.ts', 'requests-made.ts'].map((f) => path.join('excel', f)),
    );
  });
});
