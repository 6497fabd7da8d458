import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { batchErrorJsonSchema, batchSkippedJsonSchema } from '../../src/cli/batch-json';
import { checkJsonSchema } from '../../src/cli/json-output';
import { runCli } from './run-cli';
import { SAMPLE, writeCleanPlan, writeNoPlan } from './workbooks';

jest.setTimeout(60_000);

let dir: string;
let folder: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-batch-'));
  folder = path.join(dir, 'плани');
  await fs.mkdir(folder);
  await writeCleanPlan(path.join(folder, 'громада-10.xlsx'));
  await writeCleanPlan(path.join(folder, 'громада-2.xlsx'));
  await fs.copyFile(SAMPLE, path.join(folder, 'місто.xlsx'));
  await fs.writeFile(path.join(folder, 'пошкоджений.xlsx'), 'not a zip at all');
  await writeNoPlan(path.join(folder, 'нотатки.xlsx'));
  // Left out: Excel's lock file, a hidden file, another kind of file, a subfolder's plan.
  await fs.writeFile(path.join(folder, '~$місто.xlsx'), 'lock');
  await fs.writeFile(path.join(folder, '.прихований.xlsx'), 'hidden');
  await fs.writeFile(path.join(folder, 'примітки.txt'), 'text');
  await fs.mkdir(path.join(folder, 'архів'));
  await writeCleanPlan(path.join(folder, 'архів', 'старий.xlsx'));
  // Ours, not plans: a report generated beside its plan, and a request to a department.
  const made = await runCli(['generate', path.join(folder, 'місто.xlsx')]);
  expect(made.code).toBe(0);
  const requests = await runCli(['requests', SAMPLE, '-o', path.join(dir, 'запити')]);
  expect(requests.code).toBe(0);
  const [request] = (await fs.readdir(path.join(dir, 'запити'))).sort();
  await fs.copyFile(path.join(dir, 'запити', request), path.join(folder, 'запит.xlsx'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const ORDER = [
  'громада-2.xlsx',
  'громада-10.xlsx',
  'запит.xlsx',
  'місто-звіт.xlsx',
  'місто.xlsx',
  'нотатки.xlsx',
  'пошкоджений.xlsx',
];

describe('plan-report check DIR', () => {
  it('a line per workbook, sorted as people read names, then a total; exit code the worst (2)', async () => {
    const { code, stdout, stderr } = await runCli(['check', 'плани', '--as-of', '2023-06-15'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(2);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(ORDER.length + 1);
    expect(lines.slice(0, -1).map((l) => l.split(':')[0])).toEqual(ORDER.map((f) => path.join('плани', f)));
    expect(lines[0]).toBe(
      `${path.join('плани', 'громада-2.xlsx')}: 0 помилок, 0 попереджень, 0 приміток (2 заходи у 1 розділі)`,
    );
    expect(lines[2]).toMatch(/запит\.xlsx: пропущено — це запит підрозділу/);
    expect(lines[3]).toMatch(/місто-звіт\.xlsx: пропущено — це звіт, створений plan-report/);
    expect(lines[4]).toMatch(
      /місто\.xlsx: \d+ помил\S+, \d+ попереджен\S+, \d+ приміт\S+ \(28 заходів у 5 розділах\)$/,
    );
    expect(lines[5]).toMatch(/нотатки\.xlsx: не перевірено — .+/);
    expect(lines[6]).toMatch(/пошкоджений\.xlsx: не перевірено — .+/);
    expect(lines[7]).toMatch(/^Разом: 7 файлів; перевірено 3, не перевірено 2, пропущено 2; .+\.$/);
    expect(stdout).not.toMatch(/старий|примітки\.txt|~\$|прихований/);
  });

  it('--json: one object per line, each the single-file object or {file, error} / {file, skipped}', async () => {
    const { code, stdout } = await runCli(['check', folder, '--json', '--as-of', '2024-01-15']);
    expect(code).toBe(2);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(ORDER.length);
    const objects = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects.map((o) => path.basename(String(o.file)))).toEqual(ORDER);
    const byName = (name: string) => objects[ORDER.indexOf(name)];
    // Exactly what `check FILE --json` prints for the same file.
    const single = await runCli([
      'check',
      path.join(folder, 'місто.xlsx'),
      '--json',
      '--as-of',
      '2024-01-15',
    ]);
    expect(byName('місто.xlsx')).toEqual(JSON.parse(single.stdout));
    expect(checkJsonSchema.safeParse(byName('громада-2.xlsx')).success).toBe(true);
    expect(batchErrorJsonSchema.parse(byName('пошкоджений.xlsx')).error).not.toBe('');
    expect(batchErrorJsonSchema.safeParse(byName('нотатки.xlsx')).success).toBe(true);
    expect(batchSkippedJsonSchema.parse(byName('місто-звіт.xlsx')).skipped).toBe('generated-report');
    expect(batchSkippedJsonSchema.parse(byName('запит.xlsx')).skipped).toBe('request');
  });

  it('--verbose: each file’s full report, then the lines and the total', async () => {
    const { stdout } = await runCli(['check', folder, '--verbose', '--as-of', '2024-01-15']);
    expect(stdout).toMatch(/^Файл: .*місто\.xlsx, аркуш «Лист1»/m);
    expect(stdout).toMatch(/^Помилки \(2\):$/m);
    expect(stdout).toMatch(/^ {2}Лист1!E\d+: захід 18/m);
    expect(stdout.trimEnd().split('\n').pop()).toMatch(/^Разом: 7 файлів/);
  });
});

describe('plan-report check FILE…', () => {
  it('checks every file named, in order; one that cannot be read does not stop the others', async () => {
    const clean = path.join(folder, 'громада-2.xlsx');
    const { code, stdout } = await runCli(
      ['check', 'нема.xlsx', clean, SAMPLE, clean, '--as-of', '2024-01-15', '--lang', 'en'],
      { cwd: dir },
    );
    expect(code).toBe(2);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^нема\.xlsx: not checked — /);
    expect(lines[1]).toMatch(/громада-2\.xlsx: 1 error, 0 warnings, 0 notes \(2 measures in 1 section\)$/);
    expect(lines[2]).toMatch(/plan-2023\.xlsx: 2 errors, /);
    expect(lines[3]).toMatch(/^Total: 3 files; checked 2, not checked 1, skipped 0; 3 errors, /);
  });

  it('exit code 1 when the worst is a plan with errors, 0 when all are clean', async () => {
    const clean = path.join(folder, 'громада-2.xlsx');
    const other = path.join(folder, 'громада-10.xlsx');
    expect((await runCli(['check', clean, SAMPLE])).code).toBe(1);
    const fine = await runCli(['check', clean, other, '--as-of', '2023-06-15']);
    expect(fine.code).toBe(0);
    expect(fine.stdout).toMatch(/^Разом: 2 файли; перевірено 2, не перевірено 0, пропущено 0; 0 помилок/m);
  });

  it('a file named on the command line is checked even if a folder listing would skip it', async () => {
    const { stdout } = await runCli(['check', path.join(folder, 'місто-звіт.xlsx'), SAMPLE]);
    expect(stdout).not.toMatch(/пропущено —/);
  });

  it('one file on its own prints as it always did; one empty folder is one line on stderr, exit 2', async () => {
    const one = await runCli(['check', SAMPLE]);
    expect(one.stdout).toMatch(/^Файл: .*plan-2023\.xlsx/);
    expect(one.stdout).not.toMatch(/Разом: \d+ файл/);
    const empty = path.join(dir, 'порожня');
    await fs.mkdir(empty);
    const none = await runCli(['check', empty]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr.trimEnd()).toMatch(/^plan-report: \S+: це тека, у якій немає книг \.xlsx чи \.xlsm$/);
  });
});
