// What the commands write and never write: a race between two runs to one output leaves exactly one report
// (the other refused), no input is written over even with --force (by path, hard link or another name), a
// killed run's temporary file goes at the next run, a long input name still gives a default output that fits,
// and write failures are said in words with the path.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbook } from '../../src/node/xlsx-read';
import { runCli } from './run-cli';
import { SAMPLE } from './workbooks';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-output-safety-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function caseFolder(): Promise<string> {
  const folder = await fs.mkdtemp(path.join(dir, 'case-'));
  await fs.copyFile(SAMPLE, path.join(folder, 'план.xlsx'));
  return folder;
}

const oneLine = (text: string): void => expect(text.replace(/\n$/, '').split('\n')).toHaveLength(1);

describe('two generate runs to one output, neither with --force', () => {
  it('exactly one writes; the other exits 2 saying the file exists; the report is whole', async () => {
    const folder = await caseFolder();
    const args = ['generate', 'план.xlsx', '-o', 'звіт.xlsx', '--as-of', '2024-01-15'];
    const runs = await Promise.all([runCli(args, { cwd: folder }), runCli(args, { cwd: folder })]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2]);
    const loser = runs.find((r) => r.code === 2)!;
    oneLine(loser.stderr);
    expect(loser.stderr).toMatch(/звіт\.xlsx уже існує/);
    const wb = await readWorkbook(path.join(folder, 'звіт.xlsx'));
    expect(wb.sheets.length).toBeGreaterThanOrEqual(2);
    expect((await fs.readdir(folder)).sort()).toEqual(['звіт.xlsx', 'план.xlsx']);
  }, 60_000);
});

describe('inputs are never outputs, even with --force', () => {
  it('the positions file', async () => {
    const folder = await caseFolder();
    await fs.writeFile(path.join(folder, 'посади.xlsx'), await fs.readFile(SAMPLE));
    const before = await fs.readFile(path.join(folder, 'посади.xlsx'));
    const run = await runCli(
      ['generate', 'план.xlsx', '--positions', 'посади.xlsx', '-o', 'посади.xlsx', '--force'],
      { cwd: folder },
    );
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/посади\.xlsx — один із вхідних/);
    expect(await fs.readFile(path.join(folder, 'посади.xlsx'))).toEqual(before);
  });

  it('a hard link to the plan', async () => {
    const folder = await caseFolder();
    await fs.link(path.join(folder, 'план.xlsx'), path.join(folder, 'копія.xlsx'));
    const run = await runCli(['generate', 'план.xlsx', '-o', 'копія.xlsx', '--force'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/вхідний файл копія\.xlsx/);
    expect(await fs.readFile(path.join(folder, 'план.xlsx'))).toEqual(await fs.readFile(SAMPLE));
  });

  it('the plan by another path (a symbolic link to its folder)', async () => {
    const folder = await caseFolder();
    await fs.symlink(folder, path.join(dir, `link-${path.basename(folder)}`));
    const other = path.join(dir, `link-${path.basename(folder)}`, 'план.xlsx');
    const run = await runCli(['generate', 'план.xlsx', '-o', other, '--force'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(await fs.readFile(path.join(folder, 'план.xlsx'))).toEqual(await fs.readFile(SAMPLE));
  });
});

describe('temporary files and names', () => {
  it('a killed run’s temporary file is removed by the next run; a live run’s fresh one stays', async () => {
    const folder = await caseFolder();
    const dead = path.join(folder, '.plan-report-999999999-0123456789ab.tmp');
    const live = path.join(folder, `.plan-report-${process.pid}-ba9876543210.tmp`);
    const old = path.join(folder, `.plan-report-${process.pid}-aaaaaaaaaaaa.tmp`);
    // Named as versions before #11 named theirs: removed once old, kept while it may be a run's.
    const legacyOld = path.join(folder, '.план-звіт.xlsx.0123456789ab.tmp');
    const legacyFresh = path.join(folder, '.план-звіт.xlsx.ba9876543210.tmp');
    for (const f of [dead, live, old, legacyOld, legacyFresh]) await fs.writeFile(f, 'half a report');
    const past = new Date(Date.now() - 3600_000);
    await fs.utimes(old, past, past);
    await fs.utimes(legacyOld, past, past);
    const run = await runCli(['generate', 'план.xlsx', '--as-of', '2024-01-15'], { cwd: folder });
    expect(run.code).toBe(0);
    expect((await fs.readdir(folder)).sort()).toEqual(
      [path.basename(live), path.basename(legacyFresh), 'план-звіт.xlsx', 'план.xlsx'].sort(),
    );
  });

  it('a long input name gives a default output within 255 bytes, and it is written', async () => {
    const folder = await caseFolder();
    const long = `${'План заходів щодо запобігання корупції '.repeat(6).slice(0, 120).trim()}.xlsx`;
    expect(Buffer.byteLength(long)).toBeGreaterThan(200);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255);
    await fs.rename(path.join(folder, 'план.xlsx'), path.join(folder, long));
    const run = await runCli(['generate', long, '--as-of', '2024-01-15'], { cwd: folder });
    expect(run.stderr).toBe('');
    const names = await fs.readdir(folder);
    const report = names.find((n) => n.endsWith('-звіт.xlsx'))!;
    expect(Buffer.byteLength(report)).toBeLessThanOrEqual(255);
    expect(long.startsWith(report.slice(0, 20))).toBe(true);
  });
});

describe('write failures in words', () => {
  it('a name too long: the reason in Ukrainian, English with --lang en, the path named', async () => {
    const folder = await caseFolder();
    const out = `${'д'.repeat(200)}.xlsx`;
    const uk = await runCli(['generate', 'план.xlsx', '-o', out], { cwd: folder });
    expect(uk.code).toBe(2);
    oneLine(uk.stderr);
    expect(uk.stderr).toContain('назва файлу чи шлях задовгі (ENAMETOOLONG)');
    expect(uk.stderr).toContain(out);
    const en = await runCli(['generate', 'план.xlsx', '-o', out, '--lang', 'en'], { cwd: folder });
    expect(en.stderr).toContain('the file name or path is too long (ENAMETOOLONG)');
  });
});

describe('-o naming an existing folder', () => {
  it.each([
    ['snapshot', ['--as-of', '2024-01-15'], /^план-стан-2024-01-15\.xlsx$/],
    ['next-year', [], /^план-\d{4}\.xlsx$/],
  ])(
    '%s writes its default name into the folder',
    async (command, extra, name) => {
      const folder = await caseFolder();
      await fs.mkdir(path.join(folder, 'вихід'));
      const run = await runCli([command, 'план.xlsx', '-o', 'вихід', ...extra], { cwd: folder });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const written = await fs.readdir(path.join(folder, 'вихід'));
      expect(written).toHaveLength(1);
      expect(written[0]).toMatch(name);
    },
    60_000,
  );
});

describe('requests -o FOLDER', () => {
  it('makes the folder asked for, never the folders above it', async () => {
    const folder = await caseFolder();
    const run = await runCli(['requests', 'план.xlsx', '-o', 'немає/запити', '--as-of', '2024-01-15'], {
      cwd: folder,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Теки немає не існує/);
    expect((await fs.readdir(folder)).sort()).toEqual(['план.xlsx']);
  });
});
