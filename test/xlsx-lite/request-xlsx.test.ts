// The pane's request workbook (xlsx-lite) against the CLI's (ExcelJS): the same cells as both readers read
// them, the same form — locked plan texts, unlocked answer cells, the status dropdown, the date check, the
// hidden key column, protection without a password, the very hidden data sheet — and a request made in the
// pane merges back with the CLI's own merge.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { analyse } from '../../src/core/analyse';
import { buildRequests, readAnswerFile, type RequestWorkbookSpec } from '../../src/core/requests';
import { requestWorkbookBytes } from '../../src/node/request-workbook';
import { readWorkbook } from '../../src/node/xlsx-read';
import { readXlsx } from '../../src/xlsx-lite/read-xlsx';
import { requestXlsx } from '../../src/xlsx-lite/request-xlsx';
import { answerRequest } from '../cli/answer-script';
import { runCli } from '../cli/run-cli';
import { SAMPLE } from '../cli/workbooks';
import { sampleGrid } from '../helpers/sample';

let specs: RequestWorkbookSpec[];
let dir: string;
beforeAll(async () => {
  const r = analyse(await sampleGrid(), { asOf: '2024-01-15' });
  if (!r.ok) throw new Error('sample');
  specs = buildRequests(r.plan, { asOf: '2024-01-15', due: '2024-01-29' }).requests;
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'request-xlsx-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const grids = (sheets: { name: string; grid: { rows: unknown[][] }; hidden: boolean }[]) =>
  sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: s.grid.rows }));

describe('request workbooks written in the pane', () => {
  it('hold, cell for cell, what the CLI writes, read by either reader', async () => {
    expect(specs.length).toBe(6);
    for (const spec of specs) {
      const lite = requestXlsx(spec, { now: '2024-01-15T00:00:00Z' });
      const cli = await requestWorkbookBytes(spec);
      const byExcelJs = grids((await readWorkbook(Buffer.from(lite))).sheets);
      expect(grids(readXlsx(lite))).toEqual(byExcelJs);
      expect(grids(readXlsx(cli))).toEqual(byExcelJs);
      expect(grids((await readWorkbook(cli)).sheets)).toEqual(byExcelJs);
      const read = readAnswerFile(spec.fileName, readXlsx(lite));
      expect(read.ok && read.answers.entries.map((e) => e.key)).toEqual(spec.measures.map((m) => m.key));
    }
  });

  it('is a form: answer cells open, the rest locked without a password, dropdown, date check, hidden key and data sheet', async () => {
    const spec = specs.find((s) => s.measures.some((m) => m.number === '18'))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(requestXlsx(spec) as unknown as ExcelJS.Buffer);
    const byCli = new ExcelJS.Workbook();
    await byCli.xlsx.load((await requestWorkbookBytes(spec)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Запит')!;
    const { columns, headerRow } = spec.sheet;
    const first = spec.sheet.unlocked[0].top + 1;
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    // ExcelJS's model says what is allowed: sorting, filtering, resizing; no password.
    expect(protection).toMatchObject({ sheet: true, sort: true, autoFilter: true, formatColumns: true });
    expect(protection.algorithmName ?? protection.hashValue ?? null).toBeNull();
    const cliSheet = byCli.getWorksheet('Запит') as unknown as { sheetProtection: unknown };
    expect(protection).toEqual(cliSheet.sheetProtection);
    for (const c of [columns.execution, columns.status, columns.actualDate])
      expect(ws.getCell(first, c + 1).protection).toMatchObject({ locked: false });
    for (const c of [columns.number, columns.measure, columns.deadline])
      expect(ws.getCell(first, c + 1).protection?.locked).not.toBe(false);
    expect(ws.getCell(headerRow + 1, columns.measure + 1).protection?.locked).not.toBe(false);
    const status = ws.getCell(first, columns.status + 1).dataValidation;
    expect(status).toMatchObject({ type: 'list', allowBlank: true, showErrorMessage: true });
    expect(status.formulae).toEqual(['"Виконано,Виконано частково,Виконується,Не виконано,Не розпочато"']);
    const date = ws.getCell(first, columns.actualDate + 1).dataValidation;
    expect(date).toMatchObject({ type: 'date', operator: 'between' });
    expect(ws.getColumn(columns.key + 1).hidden).toBe(true);
    expect(wb.getWorksheet('_plan-report-request')!.state).toBe('veryHidden');
    // No mark of a generated sheet: a request is the department's to fill, never replaced by us.
    const book = strFromU8(unzipSync(requestXlsx(spec))['xl/workbook.xml']);
    expect(book).not.toContain('anticorruption_plan_addin.');
    expect(book).toContain('state="veryHidden"');
  });

  it('made in the pane, answered by another program, merges back with the CLI', async () => {
    const spec = specs.find((s) => s.measures.some((m) => m.number === '18'))!;
    const request = path.join(dir, 'запит.xlsx');
    await fs.writeFile(request, requestXlsx(spec));
    const answer = path.join(dir, 'відповідь.xlsx');
    await answerRequest(request, answer, (s) =>
      s.set(18, 'execution', 'Проведено 3 навчання').set(18, 'status', 'Виконано'),
    );
    const out = path.join(dir, 'merged.xlsx');
    const run = await runCli(['merge', SAMPLE, answer, '-o', out, '--json']);
    const json = JSON.parse(run.stdout) as { changes: { cell: string; text?: string }[] };
    expect(json.changes.map((c) => c.cell)).toEqual(expect.arrayContaining(['E27']));
    const merged = await readWorkbook(out);
    const plan = analyse(merged.sheets[0].grid, { asOf: '2024-01-15' });
    expect(plan.ok && plan.plan.measures.find((m) => m.number === '18')?.execution).toBe(
      'Проведено 3 навчання',
    );
  });
});
