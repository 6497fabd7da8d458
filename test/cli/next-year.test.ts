import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { openPackage, readWorkbookInfo } from '../../src/node/xlsx-package';
import { readWorkbook } from '../../src/node/xlsx-read';
import { runCli } from './run-cli';
import { SAMPLE, writeCleanPlan } from './workbooks';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-next-year-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
const at = (name: string) => path.join(dir, name);

describe('plan-report next-year', () => {
  it('writes next year’s plan and the officer’s list into a new workbook', async () => {
    const before = await fs.readFile(SAMPLE);
    const run = await runCli(['next-year', SAMPLE, '-o', at('plan-2024.xlsx')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('План на 2024 записано');
    expect(run.stdout).toContain(
      'Перенесено термінів: 6; не вдалося перенести: 0; перенесено невиконаних заходів: 3',
    );
    expect((await fs.readFile(SAMPLE)).equals(before)).toBe(true);
    const wb = await readWorkbook(at('plan-2024.xlsx'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Лист1', 'Перелік до плану 2024']);
    // The plan is the user's: only the list carries our mark.
    const info = readWorkbookInfo(openPackage(await fs.readFile(at('plan-2024.xlsx'))));
    expect([...info.marks]).toEqual([['Перелік до плану 2024', 'next-year-notes']]);
  });

  it('reads back as the plan for 2024 with 28 measures; as of March only January’s and February’s deadlines are missed', async () => {
    await runCli(['next-year', SAMPLE, '-o', at('back.xlsx')]);
    const run = await runCli(['check', at('back.xlsx'), '--as-of', '2024-03-01', '--json']);
    const json = JSON.parse(run.stdout);
    expect(json.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(json.measures).toHaveLength(28);
    expect(json.measures.every((m: { execution: string }) => m.execution === '')).toBe(true);
    const errors = json.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.map((f: { rule: string; row: number }) => `${f.rule}:${f.row}`)).toEqual([
      'missing-execution:8',
      'missing-execution:9',
      'missing-execution:10',
    ]);
    const rules = new Set(json.findings.map((f: { rule: string }) => f.rule));
    for (const r of rules)
      expect(['missing-execution', 'due-soon', 'conditional-unreported', 'untidy-text']).toContain(r);
    const m27 = json.measures.find((m: { number: string }) => m.number === '27');
    expect(m27.deadline).toMatchObject({
      text: 'Грудень\n\n2024 року',
      from: '2024-12-01',
      to: '2024-12-31',
    });
  });

  it('prints everything for scripts with --json', async () => {
    const run = await runCli(['next-year', SAMPLE, '-o', at('j.xlsx'), '--json']);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      sheet: 'Лист1',
      planSheet: 'Лист1',
      notesSheet: 'Перелік до плану 2024',
      from: { from: '2023-01-01', to: '2023-12-31' },
      to: { from: '2024-01-01', to: '2024-12-31' },
      shiftYears: 1,
      unmoved: [],
      emptied: { execution: 26, status: 0, actualDate: 0 },
    });
    expect(
      json.moved
        .filter((m: { field: string }) => m.field === 'deadline')
        .map((m: { number: string }) => m.number),
    ).toEqual(['2', '3', '4', '12', '26', '27']);
    expect(json.carriedOver.map((m: { number: string }) => m.number)).toEqual(['17', '18', '19']);
    expect(json.draftsThisPlan.map((m: { number: string }) => m.number)).toEqual(['27']);
    expect(json.yearInText.map((m: { number: string }) => m.number)).toEqual(['2', '27']);
  });

  it('names the new file for the next year beside the input by default', async () => {
    const sub = at('default');
    await fs.mkdir(sub);
    await fs.copyFile(SAMPLE, path.join(sub, 'plan-2023.xlsx'));
    const run = await runCli(['next-year', 'plan-2023.xlsx'], { cwd: sub });
    expect(run.code).toBe(0);
    await expect(fs.stat(path.join(sub, 'plan-2024.xlsx'))).resolves.toBeDefined();
    await writeCleanPlan(path.join(sub, 'план.xlsx'));
    await runCli(['next-year', 'план.xlsx'], { cwd: sub });
    await expect(fs.stat(path.join(sub, 'план-2024.xlsx'))).resolves.toBeDefined();
  });

  it('keeps the office’s list of positions', async () => {
    await writeCleanPlan(at('with-positions.xlsx'), [
      { name: 'Посади', rows: [['Посада'], ['Начальник відділу'], ['Головний спеціаліст']] },
    ]);
    await runCli(['next-year', at('with-positions.xlsx'), '-o', at('with-positions-2024.xlsx')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('with-positions-2024.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['План', 'Посади', 'Перелік до плану 2024']);
    expect(wb.getWorksheet('Посади')!.getCell('A3').value).toBe('Головний спеціаліст');
  });

  it('never writes over its input, an existing file (without --force) or a non-.xlsx', async () => {
    await fs.copyFile(SAMPLE, at('in.xlsx'));
    const before = await fs.readFile(at('in.xlsx'));
    const same = await runCli(['next-year', at('in.xlsx'), '-o', at('in.xlsx')]);
    expect(same.code).toBe(2);
    await fs.writeFile(at('exists.xlsx'), 'mine');
    expect((await runCli(['next-year', at('in.xlsx'), '-o', at('exists.xlsx')])).code).toBe(2);
    expect(await fs.readFile(at('exists.xlsx'), 'utf8')).toBe('mine');
    expect((await runCli(['next-year', at('in.xlsx'), '-o', at('exists.xlsx'), '--force'])).code).toBe(0);
    const xlsm = await runCli(['next-year', at('in.xlsx'), '-o', at('out.xlsm')]);
    expect(xlsm.code).toBe(2);
    expect(xlsm.stderr).toContain('.xlsx');
    expect((await fs.readFile(at('in.xlsx'))).equals(before)).toBe(true);
  });

  it('speaks English when asked', async () => {
    const run = await runCli(['next-year', SAMPLE, '-o', at('en.xlsx'), '--lang', 'en']);
    expect(run.stdout).toContain('The plan for 2024 written');
    const wb = await readWorkbook(at('en.xlsx'));
    expect(wb.sheets[1].grid.rows[0][0]).toBe(
      'LIST FOR THE OFFICER: the plan for 2024 drafted from the plan for 2023',
    );
  });
});
