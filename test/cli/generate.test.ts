import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyse } from '../../src/core/analyse';
import { statusLabel } from '../../src/core/i18n/messages';
import type { Plan, Summary } from '../../src/core/types';
import { readWorkbook } from '../../src/node/xlsx-read';
import { runCli } from './run-cli';
import { SAMPLE } from './workbooks';

let dir: string;
let plan: Plan;
let summary: Summary;
let sampleBytes: Buffer;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-generate-'));
  sampleBytes = await fs.readFile(SAMPLE);
  const wb = await readWorkbook(SAMPLE);
  const result = analyse(wb.sheets[0].grid, { asOf: '2024-01-15' });
  if (!result.ok) throw new Error('sample holds no plan');
  ({ plan, summary } = result);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : String(v));

describe('plan-report generate on the sample', () => {
  let out: string;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    out = path.join(dir, 'звіти', 'plan-2023-report.xlsx');
    await fs.mkdir(path.dirname(out));
    const run = await runCli(['generate', SAMPLE, '-o', out, '--as-of', '2024-01-15']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(out);
    expect(run.stdout).toMatch(/28 заходів у 5 розділах/);
    expect(run.stdout).toMatch(/2 помилки/);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  it('never changes the input', async () => {
    expect((await fs.readFile(SAMPLE)).equals(sampleBytes)).toBe(true);
  });

  it('writes the execution table: title, header, 5 merged sections, 28 measures byte for byte', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Виконання плану 2023', 'Зведення 2023']);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('ВИКОНАННЯ ПЛАНУ');
    expect(ws.getCell('A2').value).toBe(plan.title[1]);
    expect(ws.getCell('A3').value).toBe(plan.title[2]);
    const merges: string[] = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:E1', 'A2:E2', 'A3:E3']));

    let headerRow = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === '№ з/п') headerRow = r;
    });
    expect(headerRow).toBeGreaterThan(0);
    expect([1, 2, 3, 4, 5].map((c) => ws.getRow(headerRow).getCell(c).value)).toEqual([
      '№ з/п',
      'Заплановані заходи',
      'Термін виконання',
      'Відповідальні особи',
      'Проведений захід',
    ]);

    const sectionRows: number[] = [];
    // A measure's rows: its own, then the continuation rows of a text taller than one row (no number).
    const measureRows: number[][] = [];
    for (let r = headerRow + 1; r <= ws.rowCount; r++) {
      if (merges.includes(`A${r}:E${r}`)) sectionRows.push(r);
      else if (ws.getCell(`A${r}`).value !== null) measureRows.push([r]);
      else measureRows[measureRows.length - 1].push(r);
    }
    expect(sectionRows.map((r) => ws.getCell(`A${r}`).value)).toEqual(plan.sections.map((s) => s.text));
    expect(measureRows).toHaveLength(28);
    measureRows.forEach((rows, i) => {
      const m = plan.measures[i];
      const pieces = (c: number) =>
        rows.map((r) => text(ws.getRow(r).getCell(c).value)).filter((t) => t !== '');
      const want = [m.number, m.measure, m.deadline.text, m.responsibleText, m.execution];
      [1, 2, 3, 4, 5].forEach((c, k) => {
        // Pieces are the text in order with only the blanks at each cut left out.
        expect(pieces(c).join('\n').replace(/\s+/g, ' ').trim()).toBe(want[k].replace(/\s+/g, ' ').trim());
        if (rows.length === 1) expect(pieces(c).join('')).toBe(want[k]);
      });
    });

    // Every table cell: Times New Roman, thin borders, wrap.
    for (let r = headerRow; r <= ws.rowCount; r++) {
      for (let c = 1; c <= 5; c++) {
        const cell = ws.getRow(r).getCell(c);
        expect(cell.font?.name).toBe('Times New Roman');
        expect(cell.border?.top?.style).toBe('thin');
        expect(cell.border?.bottom?.style).toBe('thin');
        expect(cell.border?.left?.style).toBe('thin');
        expect(cell.border?.right?.style).toBe('thin');
        expect(cell.alignment?.wrapText).toBe(true);
      }
    }
    expect(ws.getCell('A1').font?.size).toBe(14);
    expect(ws.getRow(headerRow).getCell(2).font?.bold).toBe(true);

    // A4 landscape at the scale the pages were laid out for, header row repeated, page numbers.
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(ws.pageSetup.scale).toBeLessThanOrEqual(100);
    expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
    expect(ws.headerFooter.oddFooter).toBe('Сторінка &P з &N');
  });

  it('writes the summary with the counts the core made', () => {
    const ws = wb.worksheets[1];
    const byLabel = new Map<string, ExcelJS.Row>();
    let statusTable = 0;
    ws.eachRow((row, r) => {
      const label = text(row.getCell(1).value);
      if (label === 'Заходи за станом виконання') statusTable = r;
      if (statusTable && r > statusTable && !byLabel.has(label)) byLabel.set(label, row);
    });
    expect(statusTable).toBeGreaterThan(0);
    for (const [status, n] of Object.entries(summary.byStatus)) {
      if (n === 0) continue;
      expect(byLabel.get(statusLabel(status as keyof Summary['byStatus'], 'uk'))?.getCell(2).value).toBe(n);
    }
    expect(byLabel.get('Усього')?.getCell(2).value).toBe(28);
    expect(summary.byStatus.none).toBe(2);
  });
});

describe('plan-report generate: where it writes', () => {
  it('writes <name>-звіт.xlsx beside the input by default and refuses to overwrite it without --force', async () => {
    const input = path.join(dir, 'plan-2023.xlsx');
    await fs.copyFile(SAMPLE, input);
    const first = await runCli(['generate', 'plan-2023.xlsx', '--as-of', '2024-01-15'], { cwd: dir });
    expect(first.code).toBe(0);
    const report = path.join(dir, 'plan-2023-звіт.xlsx');
    const written = await fs.readFile(report);
    expect(first.stdout).toMatch(/Звіт записано: plan-2023-звіт\.xlsx/);

    const again = await runCli(['generate', 'plan-2023.xlsx'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/уже існує.*--force/);
    expect((await fs.readFile(report)).equals(written)).toBe(true);

    const forced = await runCli(['generate', 'plan-2023.xlsx', '--force', '--extra', 'status,actualDate'], {
      cwd: dir,
    });
    expect(forced.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    expect(wb.worksheets[0].getRow(5).getCell(6).value).toBe('Стан виконання');
    expect((await fs.readFile(input)).equals(sampleBytes)).toBe(true);
  });

  it('refuses to write over the input, even with --force', async () => {
    const input = path.join(dir, 'own.xlsx');
    await fs.copyFile(SAMPLE, input);
    const run = await runCli(['generate', 'own.xlsx', '-o', input, '--force'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/вхідний файл/);
    expect((await fs.readFile(input)).equals(sampleBytes)).toBe(true);
  });

  it('exits 2 on a bad --extra column or an output that is not .xlsx', async () => {
    const bad = await runCli([
      'generate',
      SAMPLE,
      '-o',
      path.join(dir, 'x.xlsx'),
      '--extra',
      'status,colour',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/«colour»/);
    const csv = await runCli(['generate', SAMPLE, '-o', path.join(dir, 'x.csv')]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/\.xlsx/);
  });
});
