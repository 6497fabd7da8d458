import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readSnapshotSheet } from '../../src/core/year/read-snapshot';
import { openPackage, readWorkbookInfo } from '../../src/node/xlsx-package';
import { readWorkbook } from '../../src/node/xlsx-read';
import { runCli } from './run-cli';
import { SAMPLE } from './workbooks';

let dir: string;
let sampleBytes: Buffer;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-snapshot-'));
  sampleBytes = await fs.readFile(SAMPLE);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const at = (name: string) => path.join(dir, name);
const sheetPart = async (file: string, part: string) => Buffer.from(unzipSync(await fs.readFile(file))[part]);

/** The clerk writes measure 18's report into the plan sheet (a cell edit, nothing else). */
async function reportMeasure18(from: string, to: string): Promise<void> {
  const files = unzipSync(await fs.readFile(from));
  const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
  const edited = sheet.replace(
    '<c r="E27" s="5"/>',
    '<c r="E27" s="5" t="inlineStr"><is><t>Перевірено подання декларацій 30.11.2023</t></is></c>',
  );
  expect(edited).not.toBe(sheet);
  files['xl/worksheets/sheet1.xml'] = strToU8(edited);
  await fs.writeFile(to, zipSync(files));
}

describe('plan-report snapshot', () => {
  it('adds `Стан на 30.06.2023` to a copy of the workbook, the plan sheet unchanged, the input untouched', async () => {
    const run = await runCli(['snapshot', SAMPLE, '--as-of', '2023-06-30', '-o', at('s1.xlsx')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Стан на 30.06.2023 записано');
    expect(run.stdout).toContain('Це перший знімок');
    expect((await fs.readFile(SAMPLE)).equals(sampleBytes)).toBe(true);
    const wb = await readWorkbook(at('s1.xlsx'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Лист1', 'Стан на 30.06.2023']);
    expect(
      (await sheetPart(at('s1.xlsx'), 'xl/worksheets/sheet1.xml')).equals(
        Buffer.from(unzipSync(sampleBytes)['xl/worksheets/sheet1.xml']),
      ),
    ).toBe(true);
    const back = readSnapshotSheet(wb.sheets[1].grid);
    expect(back.ok && back.snapshot.measures).toHaveLength(28);
    expect(back.ok && back.snapshot.taken).toBe('2024-01-15');
  });

  it('keeps one sheet per date: a second date adds one, the same date again replaces ours', async () => {
    await runCli(['snapshot', SAMPLE, '--as-of', '2023-06-30', '-o', at('a.xlsx')]);
    const second = await runCli(['snapshot', at('a.xlsx'), '--as-of', '2023-12-31', '-o', at('b.xlsx')]);
    expect(second.code).toBe(0);
    const again = await runCli(['snapshot', at('b.xlsx'), '--as-of', '2023-12-31', '-o', at('c.xlsx')]);
    expect(again.stdout).toContain('замінено попередній знімок на цю дату');
    const names = (await readWorkbook(at('c.xlsx'))).sheets.map((s) => s.name);
    expect(names).toEqual(['Лист1', 'Стан на 30.06.2023', 'Стан на 31.12.2023', 'Зміни на 31.12.2023']);
    const info = readWorkbookInfo(openPackage(await fs.readFile(at('c.xlsx'))));
    expect([...info.marks]).toEqual([
      ['Стан на 30.06.2023', 'snapshot'],
      ['Стан на 31.12.2023', 'snapshot'],
      ['Зміни на 31.12.2023', 'snapshot-changes'],
    ]);
    expect(info.sheets.map((s) => s.sheetId)).toEqual([1, 2, 3, 4]);
  });

  it('says what changed since the last snapshot, as a sheet and in --json', async () => {
    await runCli(['snapshot', SAMPLE, '--as-of', '2023-06-30', '-o', at('june.xlsx')]);
    await reportMeasure18(at('june.xlsx'), at('june-edited.xlsx'));
    const run = await runCli([
      'snapshot',
      at('june-edited.xlsx'),
      '--as-of',
      '2024-01-15',
      '-o',
      at('jan.xlsx'),
      '--json',
    ]);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ asOf: '2024-01-15', planSheet: 'Лист1', kept: ['2023-06-30'] });
    expect(json.snapshot.sheet).toBe('Стан на 15.01.2024');
    expect(json.changes.since).toBe('2023-06-30');
    expect(json.changes.sheet).toBe('Зміни на 15.01.2024');
    const items = json.changes.items.map((c: { kind: string; number: string }) => `${c.kind}:${c.number}`);
    expect(items).toEqual(expect.arrayContaining(['reported:18', 'status-changed:18', 'newly-overdue:19']));
    expect(items).not.toContain('newly-overdue:18');
    // Overdue is what check reports as missing-execution (#12): 17, in progress after its deadline, is not.
    expect(items).not.toContain('newly-overdue:17');
    expect(json.snapshot.measures.find((m: { number: string }) => m.number === '19')).toMatchObject({
      overdue: true,
      status: 'none',
    });
    const wb = await readWorkbook(at('jan.xlsx'));
    const changes = wb.sheets.find((s) => s.name === 'Зміни на 15.01.2024')!.grid.rows;
    expect(changes[0][0]).toBe('ЗМІНИ СТАНУ ВИКОНАННЯ ПЛАНУ з 30.06.2023 по 15.01.2024');
    expect(
      changes.some(
        (r) => r[0] === 18 && r[2] === 'Надійшов звіт' && r[4] === 'Перевірено подання декларацій 30.11.2023',
      ),
    ).toBe(true);
  });

  it('compares with the date asked for by --since, and says which dates there are', async () => {
    await runCli(['snapshot', SAMPLE, '--as-of', '2023-03-31', '-o', at('q1.xlsx')]);
    await runCli(['snapshot', at('q1.xlsx'), '--as-of', '2023-06-30', '-o', at('q2.xlsx')]);
    const run = await runCli([
      'snapshot',
      at('q2.xlsx'),
      '--as-of',
      '2023-09-30',
      '--since',
      '2023-03-31',
      '-o',
      at('q3.xlsx'),
      '--json',
    ]);
    expect(JSON.parse(run.stdout).changes.since).toBe('2023-03-31');
    const missing = await runCli([
      'snapshot',
      at('q2.xlsx'),
      '--as-of',
      '2023-09-30',
      '--since',
      '2023-05-01',
      '-o',
      at('q3b.xlsx'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('немає знімка стану на 01.05.2023. Є знімки на: 31.03.2023, 30.06.2023');
    const bad = await runCli(['snapshot', SAMPLE, '--since', '2023-02-30', '-o', at('x.xlsx')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since «2023-02-30»');
  });

  it('takes the state at a period’s end with --period', async () => {
    const run = await runCli(['snapshot', SAMPLE, '--period', '2023-H1', '-o', at('h1.xlsx'), '--json']);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ asOf: '2023-06-30', reportPeriod: '2023-H1' });
  });

  it('never writes over its input or an existing file, and keeps a macro workbook’s extension', async () => {
    const copy = at('copy.xlsx');
    await fs.copyFile(SAMPLE, copy);
    const same = await runCli(['snapshot', copy, '-o', copy]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('не можна записати у вхідний файл');
    await fs.writeFile(at('taken.xlsx'), 'mine');
    const exists = await runCli(['snapshot', copy, '-o', at('taken.xlsx')]);
    expect(exists.code).toBe(2);
    expect(await fs.readFile(at('taken.xlsx'), 'utf8')).toBe('mine');
    const forced = await runCli(['snapshot', copy, '-o', at('taken.xlsx'), '--force']);
    expect(forced.code).toBe(0);
    const xlsm = await runCli(['snapshot', copy, '-o', at('copy.xlsm')]);
    expect(xlsm.code).toBe(2);
    expect(xlsm.stderr).toContain('без макросів: її копію треба зберегти як .xlsx');
    const csv = await runCli(['snapshot', copy, '-o', at('copy.csv')]);
    expect(csv.stderr).toContain('.xlsx');
    expect((await fs.readFile(copy)).equals(sampleBytes)).toBe(true);
  });

  it('writes beside the input by default, without stacking dates in the name', async () => {
    const copy = at('план.xlsx');
    await fs.copyFile(SAMPLE, copy);
    await runCli(['snapshot', copy, '--as-of', '2023-06-30'], { cwd: dir });
    await runCli(['snapshot', at('план-стан-2023-06-30.xlsx'), '--as-of', '2023-12-31'], { cwd: dir });
    await expect(fs.stat(at('план-стан-2023-12-31.xlsx'))).resolves.toBeDefined();
  });

  it('skips a sheet of ours that looks like a plan when choosing the plan sheet', async () => {
    // Our snapshot sheet moved before the plan: the plan is still the one read.
    await runCli(['snapshot', SAMPLE, '--as-of', '2023-06-30', '-o', at('m.xlsx')]);
    const files = unzipSync(await fs.readFile(at('m.xlsx')));
    const book = new TextDecoder().decode(files['xl/workbook.xml']);
    const sheets = /<sheets>(<sheet [^>]*\/>)(<sheet [^>]*\/>)<\/sheets>/.exec(book)!;
    files['xl/workbook.xml'] = strToU8(
      book
        .replace(sheets[0], `<sheets>${sheets[2]}${sheets[1]}</sheets>`)
        .replace(/localSheetId="(\d)"/g, (_m, n) => `localSheetId="${1 - Number(n)}"`),
    );
    await fs.writeFile(at('moved.xlsx'), zipSync(files));
    const run = await runCli([
      'snapshot',
      at('moved.xlsx'),
      '--as-of',
      '2023-12-31',
      '-o',
      at('moved-2.xlsx'),
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).planSheet).toBe('Лист1');
    const named = await runCli([
      'snapshot',
      at('moved.xlsx'),
      '--sheet',
      'Стан на 30.06.2023',
      '-o',
      at('moved-3.xlsx'),
    ]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('створено цією програмою');
  });

  it('writes a workbook LibreOffice opens with every sheet', async () => {
    const { execFileSync } = await import('child_process');
    try {
      execFileSync('soffice', ['--version'], { stdio: 'pipe' });
    } catch {
      return; // LibreOffice is installed on CI and the dev machines; elsewhere this check is skipped.
    }
    await runCli(['snapshot', SAMPLE, '--as-of', '2023-06-30', '-o', at('lo.xlsx')]);
    const out = path.join(dir, 'lo-out');
    execFileSync('soffice', ['--headless', '--convert-to', 'xlsx', '--outdir', out, at('lo.xlsx')], {
      stdio: 'pipe',
      timeout: 120000,
    });
    const wb = await readWorkbook(path.join(out, 'lo.xlsx'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Лист1', 'Стан на 30.06.2023']);
    expect(readSnapshotSheet(wb.sheets[1].grid).ok).toBe(true);
  }, 150000);
});
