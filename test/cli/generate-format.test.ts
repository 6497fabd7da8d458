import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { reportOutputs } from '../../src/cli/report-formats';
import { runCli } from './run-cli';
import { SAMPLE } from './workbooks';

describe('plan-report generate --format', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'format-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('names the files: beside the plan by default, -o for its format and the same name for the other', () => {
    expect(reportOutputs('/p/план.xlsx', undefined, ['docx'])).toEqual([
      { format: 'docx', file: '/p/план-звіт.docx' },
    ]);
    expect(reportOutputs('/p/план.xlsx', '/o/звіт.xlsx', ['xlsx', 'docx'])).toEqual([
      { format: 'xlsx', file: '/o/звіт.xlsx' },
      { format: 'docx', file: '/o/звіт.docx' },
    ]);
    expect(
      reportOutputs('/p/план.xlsx', '/o/звіт.docx', ['docx', 'xlsx', 'docx']).map((o) => o.file),
    ).toEqual(['/o/звіт.xlsx', '/o/звіт.docx']);
  });

  it('writes a Word document, and both files with xlsx,docx', async () => {
    const docx = path.join(dir, 'звіт.docx');
    const one = await runCli(['generate', SAMPLE, '-o', docx, '--format', 'docx']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Документ Word: таблиця «Виконання плану 2023» (28 заходів у 5 розділах)');
    expect(Object.keys(unzipSync(await fs.readFile(docx)))).toContain('word/document.xml');
    expect(existsSync(path.join(dir, 'звіт.xlsx'))).toBe(false);

    const both = await runCli([
      'generate',
      SAMPLE,
      '-o',
      path.join(dir, 'два.xlsx'),
      '--format',
      'xlsx,docx',
    ]);
    expect(both.code).toBe(0);
    expect(both.stdout.match(/Звіт записано/g)).toHaveLength(2);
    expect(existsSync(path.join(dir, 'два.xlsx')) && existsSync(path.join(dir, 'два.docx'))).toBe(true);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite either file without --force, before writing anything', async () => {
    await fs.writeFile(path.join(dir, 'звіт.docx'), 'старий');
    const run = await runCli([
      'generate',
      SAMPLE,
      '-o',
      path.join(dir, 'звіт.xlsx'),
      '--format',
      'xlsx,docx',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('звіт.docx уже існує');
    expect(existsSync(path.join(dir, 'звіт.xlsx'))).toBe(false);
    expect(await fs.readFile(path.join(dir, 'звіт.docx'), 'utf8')).toBe('старий');
    const forced = await runCli([
      'generate',
      SAMPLE,
      '-o',
      path.join(dir, 'звіт.xlsx'),
      '--format',
      'xlsx,docx',
      '--force',
    ]);
    expect(forced.code).toBe(0);
    expect(await fs.readFile(path.join(dir, 'звіт.docx'), 'utf8')).not.toBe('старий');
  });

  it('says what is wrong with a bad --format or an -o of the wrong kind (exit code 2)', async () => {
    const bad = await runCli(['generate', SAMPLE, '--format', 'pdf']);
    expect([bad.code, bad.stderr.trim()]).toEqual([
      2,
      'plan-report: Невідомий формат --format «pdf»: можна xlsx, docx або xlsx,docx.',
    ]);
    const en = await runCli(['generate', SAMPLE, '--format', 'xlsx,odt', '--lang', 'en']);
    expect(en.stderr).toContain('Unknown --format "odt"');
    const kind = await runCli(['generate', SAMPLE, '-o', path.join(dir, 'r.xlsx'), '--format', 'docx']);
    expect(kind.stderr).toContain('має мати розширення .docx');
    const none = await runCli(['generate', SAMPLE, '-o', path.join(dir, 'r.pdf'), '--format', 'xlsx,docx']);
    expect(none.stderr).toContain('має мати розширення .xlsx або .docx');
  });

  it('refuses to write a Word copy over the plan itself', async () => {
    const plan = path.join(dir, 'план.docx');
    await fs.copyFile(SAMPLE, plan);
    const run = await runCli(['generate', plan, '-o', plan, '--format', 'docx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('не можна записати у вхідний файл');
  });
});
