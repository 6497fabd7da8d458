import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { buildSummarySheet } from '../../src/core/report/summary-sheet';
import { buildExecutionTable } from '../../src/core/report/execution-table';
import { analyse } from '../../src/core/analyse';
import { specsToXlsx } from '../../src/node/xlsx-write';
import { sampleGrid } from '../helpers/sample';

const text = (parts: Record<string, Uint8Array>, name: string) => new TextDecoder().decode(parts[name]);

describe('the .xlsx package after ExcelJS: chart parts and page breaks', () => {
  let parts: Record<string, Uint8Array>;
  let summary: ReturnType<typeof buildSummarySheet>;
  let table: ReturnType<typeof buildExecutionTable>;
  let bytes: Buffer;

  beforeAll(async () => {
    const a = analyse(await sampleGrid(), { asOf: '2024-01-15' });
    if (!a.ok) throw new Error('no plan');
    table = buildExecutionTable(a.plan);
    summary = buildSummarySheet(a.plan, a.summary);
    bytes = await specsToXlsx([table, summary]);
    parts = unzipSync(new Uint8Array(bytes));
  });

  it('adds a pie chart part, its drawing and relationships, and content types', () => {
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining([
        'xl/charts/chart1.xml',
        'xl/drawings/drawing1.xml',
        'xl/drawings/_rels/drawing1.xml.rels',
      ]),
    );
    const types = text(parts, '[Content_Types].xml');
    expect(types).toContain(
      'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
    );
    expect(types).toContain(
      'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"',
    );
    // The summary is the second sheet: its relationships point at the drawing, its XML at the relationship.
    const rels = text(parts, 'xl/worksheets/_rels/sheet2.xml.rels');
    const id = /Id="(rId\d+)"[^>]*Target="..\/drawings\/drawing1.xml"/.exec(rels)![1];
    const sheet = text(parts, 'xl/worksheets/sheet2.xml');
    expect(sheet).toContain(`<drawing r:id="${id}"/>`);
    // In schema order: after the page setup and footer, before the end.
    expect(sheet.indexOf('<drawing ')).toBeGreaterThan(sheet.indexOf('<headerFooter'));
    expect(text(parts, 'xl/worksheets/sheet1.xml')).not.toContain('<drawing ');
  });

  it('reads its labels and counts from the status table, cached as the sheet shows them', () => {
    const chart = text(parts, 'xl/charts/chart1.xml');
    const spec = summary.charts![0];
    const col = (c: number) => String.fromCharCode(65 + c);
    expect(chart).toContain(
      `<c:f>'Зведення 2023'!$${col(spec.categories.left)}$${spec.categories.top + 1}:$${col(spec.categories.left)}$${spec.categories.bottom + 1}</c:f>`,
    );
    for (let r = spec.values.top; r <= spec.values.bottom; r++) {
      expect(chart).toContain(`<c:v>${summary.values[r][spec.values.left]}</c:v>`);
      expect(chart).toContain(`<c:v>${summary.values[r][spec.categories.left]}</c:v>`);
    }
    expect(chart).toContain('<c:pieChart>');
    const drawing = text(parts, 'xl/drawings/drawing1.xml');
    expect(drawing).toContain(
      `<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${spec.anchor.row}</xdr:row>`,
    );
    expect(drawing).toContain(`<xdr:to><xdr:col>${spec.to!.col + 1}</xdr:col>`);
  });

  it('writes well-formed XML in every part it touched', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-chart-'));
    try {
      for (const name of [
        'xl/charts/chart1.xml',
        'xl/drawings/drawing1.xml',
        'xl/drawings/_rels/drawing1.xml.rels',
        'xl/worksheets/sheet2.xml',
        'xl/worksheets/_rels/sheet2.xml.rels',
        '[Content_Types].xml',
        'xl/styles.xml',
      ]) {
        const file = path.join(dir, name.replace(/[/[\]]/g, '_'));
        await fs.writeFile(file, parts[name]);
        execFileSync('xmllint', ['--noout', file]);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("writes the layout's page breaks across all columns, and its print scale", () => {
    const sheet = text(parts, 'xl/worksheets/sheet1.xml');
    const breaks = [...sheet.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual(table.print.breaks);
    expect(sheet).toMatch(new RegExp(`<pageSetup [^>]*scale="${table.print.scale}"`));
    expect(sheet).not.toMatch(/<pageSetUpPr fitToPage="1"/);
  });

  it('still opens in ExcelJS with every sheet and value', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([table.name, summary.name]);
    expect(wb.worksheets[1].getCell('A1').value).toBe(summary.values[0][0]);
  });
});
