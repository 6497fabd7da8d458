import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkJsonSchema } from '../../src/cli/json-output';
import { readWorkbook } from '../../src/node/xlsx-read';
import { runCli } from './run-cli';
import { SAMPLE, writeCleanPlan, writeNoPlan } from './workbooks';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-check-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('plan-report check --json on the sample', () => {
  it('prints one object of the promised shape, with missing-execution on measures 18 and 19 only', async () => {
    const { code, stdout, stderr } = await runCli(['check', SAMPLE, '--json', '--as-of', '2024-01-15']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const json = checkJsonSchema.parse(JSON.parse(stdout));
    expect(json.sheet).toBe('Лист1');
    expect(json.asOf).toBe('2024-01-15');
    expect(json.period).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(json.columns).toMatchObject({
      number: 'A',
      measure: 'B',
      deadline: 'C',
      responsible: 'D',
      execution: 'E',
    });
    expect(json.measures).toHaveLength(28);
    expect(json.sections.map((s) => s.numeral)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    const rowOf = (n: string) => json.measures.find((m) => m.number === n)!.row;
    const missing = json.findings.filter((f) => f.rule === 'missing-execution');
    expect(missing.map((f) => f.row)).toEqual([rowOf('18'), rowOf('19')]);
    expect(missing.map((f) => f.cell)).toEqual([`E${rowOf('18')}`, `E${rowOf('19')}`]);
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual(missing);
    expect(json.measures.find((m) => m.number === '18')).toMatchObject({
      section: 'IV',
      status: 'none',
      execution: '',
    });
    expect(json.measures[0].section).toBe('I');
    expect(json.summary.total).toBe(28);
    expect(json.summary.findingsBySeverity.error).toBe(2);
    expect(
      json.measures.every((m) => m.deadline.from === null || /^\d{4}-\d{2}-\d{2}$/.test(m.deadline.from)),
    ).toBe(true);
  });

  it('prints the findings grouped by severity with sheet-qualified cells, then a count line', async () => {
    const { code, stdout } = await runCli(['check', SAMPLE, '--as-of', '2024-01-15']);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    const errorsAt = lines.indexOf('Помилки (2):');
    expect(errorsAt).toBeGreaterThan(0);
    expect(lines[errorsAt + 1]).toMatch(/^ {2}Лист1!E27: /);
    expect(lines[errorsAt + 2]).toMatch(/^ {2}Лист1!E28: /);
    expect(stdout).toMatch(/Прочитано: 28 заходів у 5 розділах\./);
    expect(stdout).toMatch(/Разом: 2 помилки, \d+ попереджен\S*, \d+ примітк\S*\.\n$/);
    const en = await runCli(['check', SAMPLE, '--as-of', '2024-01-15', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Errors \(2\):$/m);
    expect(en.stdout).toMatch(/Total: 2 errors,/);
  });

  it('uses today as the as-of date by default', async () => {
    const { stdout } = await runCli(['check', SAMPLE, '--json'], { today: '2023-03-01' });
    const json = checkJsonSchema.parse(JSON.parse(stdout));
    expect(json.asOf).toBe('2023-03-01');
    expect(json.findings.some((f) => f.rule === 'missing-execution')).toBe(false);
  });
});

describe('plan-report check exit codes', () => {
  it('exits 0 on a plan without errors', async () => {
    const file = path.join(dir, 'clean.xlsx');
    await writeCleanPlan(file);
    const { code, stdout, stderr } = await runCli(['check', file, '--as-of', '2023-06-01']);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/аркуш «План»/);
    expect(stdout).not.toMatch(/Помилки/);
    expect(code).toBe(0);
  });

  it('finds the plan on a later sheet when the first holds none', async () => {
    const file = path.join(dir, 'second.xlsx');
    await writeCleanPlan(file, [], [{ name: 'Нотатки', rows: [['чернетка']] }]);
    const { code, stdout } = await runCli(['check', file, '--json', '--as-of', '2023-06-01']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sheet).toBe('План');
    const wb = await readWorkbook(file);
    expect(wb.sheets.map((sh) => sh.name)).toEqual(['Нотатки', 'План']);
  });

  it.each([
    ['a missing file', 'missing.xlsx', /Файл не знайдено/],
    ['a file that is not a workbook', 'text.xlsx', /не є книгою Excel/],
    ['a workbook with no plan', 'noplan.xlsx', /не знайдено таблиці плану/],
  ])('exits 2 with one line on stderr for %s', async (_what, name, message) => {
    await fs.writeFile(path.join(dir, 'text.xlsx'), 'це не книга Excel');
    await writeNoPlan(path.join(dir, 'noplan.xlsx'));
    const { code, stdout, stderr } = await runCli(['check', name], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a sheet that does not exist or holds no plan, naming it', async () => {
    const missing = await runCli(['check', SAMPLE, '--sheet', 'Аркуш9']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/«Аркуш9».*«Лист1»/);
    const file = path.join(dir, 'with-notes.xlsx');
    await writeCleanPlan(file, [{ name: 'Нотатки', rows: [['текст']] }]);
    const notPlan = await runCli(['check', file, '--sheet', 'Нотатки', '--lang', 'en']);
    expect(notPlan.code).toBe(2);
    expect(notPlan.stderr).toMatch(/Sheet "Нотатки"/);
  });

  it.each([
    [['check', SAMPLE, '--as-of', '2024-02-30'], /2024-02-30.*РРРР-ММ-ДД/],
    [['check', SAMPLE, '--as-of', '15.01.2024', '--lang', 'en'], /15\.01\.2024.*YYYY-MM-DD/],
    [['check', SAMPLE, '--lang', 'de'], /--lang «de»/],
    [['check', SAMPLE, '--bogus'], /Невідомий параметр «--bogus»/],
    [['frobnicate'], /Невідома команда «frobnicate»/],
    [['check'], /Не вказано аргумент «план\.xlsx»/],
  ])('exits 2 on bad arguments: %j', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('positions list', () => {
  it('checks responsible persons against a --positions text file', async () => {
    const file = path.join(dir, 'clean-positions.xlsx');
    await writeCleanPlan(file);
    const list = path.join(dir, 'positions.txt');
    await fs.writeFile(list, '\uFEFFПосада\nНачальник відділу\n\n# коментар\n');
    const { stdout } = await runCli(['check', file, '--json', '--as-of', '2023-06-01', '--positions', list]);
    const unknown = JSON.parse(stdout).findings.filter(
      (f: { rule: string }) => f.rule === 'unknown-responsible',
    );
    expect(unknown.map((f: { row: number }) => f.row)).toEqual([6]);
    const without = await runCli(['check', file, '--json', '--as-of', '2023-06-01']);
    expect(
      JSON.parse(without.stdout).findings.some((f: { rule: string }) => f.rule === 'unknown-responsible'),
    ).toBe(false);
  });

  it('uses a Посади sheet of the workbook, and an .xlsx list given with --positions', async () => {
    const file = path.join(dir, 'clean-sheet.xlsx');
    await writeCleanPlan(file, [{ name: 'Перелік посад', rows: [['Посада'], ['Головний спеціаліст']] }]);
    const { stdout } = await runCli(['check', file, '--as-of', '2023-06-01']);
    expect(stdout).toMatch(/Список посад: Перелік посад \(1\)/);
    expect(stdout).toMatch(/План!D5/);
    const listFile = path.join(dir, 'list.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Посади');
    ws.addRow(['Начальник відділу']);
    ws.addRow(['Головний спеціаліст']);
    await wb.xlsx.writeFile(listFile);
    const json = JSON.parse(
      (await runCli(['check', file, '--json', '--as-of', '2023-06-01', '--positions', listFile])).stdout,
    );
    expect(json.findings.some((f: { rule: string }) => f.rule === 'unknown-responsible')).toBe(false);
  });

  it('exits 2 when the positions file is missing', async () => {
    const { code, stderr } = await runCli(['check', SAMPLE, '--positions', path.join(dir, 'nope.txt')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Файл зі списком посад не знайдено/);
  });
});
