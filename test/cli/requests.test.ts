import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readAnswerFile } from '../../src/core/requests/read-answers';
import { readWorkbook } from '../../src/node/xlsx-read';
import { runCli } from './run-cli';
import { SAMPLE } from './workbooks';

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-requests-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const OFFICER = 'Начальник відділу з питань запобігання та протидії корупції';
const FILES = [
  `${OFFICER}.xlsx`,
  'Начальник загального відділу.xlsx',
  'Начальник організаційного відділу.xlsx',
  'Головний спеціаліст з кадрової роботи.xlsx',
  'Головний спеціаліст з питань персоналу.xlsx',
  'Відділ цифрового розвитку, програмно-технічного забезпечення і захисту інформації.xlsx',
];

describe('plan-report requests', () => {
  it('writes one request per person into the folder and says whose and which measures', async () => {
    const sampleBytes = await fs.readFile(SAMPLE);
    const run = await runCli(['requests', SAMPLE, '-o', 'запити', '--as-of', '2024-01-15'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'Запити записано до теки запити: 6 файлів для 6 виконавців; відповідь — до 29.01.2024.',
      `  ${OFFICER}.xlsx: 24 заходи (1–4, 6–19, 21, 22, 24, 26–28)`,
      '  Начальник загального відділу.xlsx: 1 захід (5)',
      '  Начальник організаційного відділу.xlsx: 1 захід (5)',
      '  Головний спеціаліст з кадрової роботи.xlsx: 2 заходи (19, 20)',
      '  Головний спеціаліст з питань персоналу.xlsx: 1 захід (23)',
      `  ${FILES[5]}: 1 захід (25)`,
      '',
    ]);
    expect((await fs.readdir(path.join(dir, 'запити'))).sort()).toEqual([...FILES].sort());
    expect((await fs.readFile(SAMPLE)).equals(sampleBytes)).toBe(true);
    // Each file is our request for this plan and person, and reads back with nothing answered.
    const read = readAnswerFile('x', (await readWorkbook(path.join(dir, 'запити', FILES[1]))).sheets);
    expect(read).toMatchObject({
      ok: true,
      answers: { meta: { person: 'Начальник загального відділу', due: '2024-01-29' } },
    });
  });

  it('prints --json: files, persons, measures with their plan rows', async () => {
    const run = await runCli(
      ['requests', SAMPLE, '-o', 'json', '--as-of', '2024-01-15', '--due', '2024-02-01', '--json'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      sheet: 'Лист1',
      folder: 'json',
      asOf: '2024-01-15',
      due: '2024-02-01',
      unassigned: [],
    });
    expect(json.requests.map((r: { file: string }) => r.file)).toEqual(FILES);
    expect(json.requests[1]).toEqual({
      file: FILES[1],
      person: 'Начальник загального відділу',
      measures: [{ row: 11, number: '5' }],
    });
  });

  it('refuses to overwrite request files without --force, and overwrites them with it', async () => {
    const again = await runCli(['requests', SAMPLE, '-o', 'запити'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/вже є файли запитів: .*Начальник загального відділу\.xlsx.*--force/);
    const forced = await runCli(['requests', SAMPLE, '-o', 'запити', '--force', '--due', '2024-03-01'], {
      cwd: dir,
    });
    expect(forced.code).toBe(0);
    const read = readAnswerFile('x', (await readWorkbook(path.join(dir, 'запити', FILES[1]))).sheets);
    expect(read).toMatchObject({ ok: true, answers: { meta: { due: '2024-03-01' } } });
  });

  it('never writes a request over the plan lying in the same folder under a person’s name', async () => {
    const folder = path.join(dir, 'спільна');
    await fs.mkdir(folder);
    const plan = path.join(folder, 'Начальник загального відділу.xlsx');
    await fs.copyFile(SAMPLE, plan);
    const run = await runCli(['requests', plan, '-o', folder], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Начальник загального відділу (2).xlsx: 1 захід (5)');
    expect((await fs.readFile(plan)).equals(await fs.readFile(SAMPLE))).toBe(true);
  });

  it('refuses bad arguments with one clear line', async () => {
    const cases: [string[], RegExp][] = [
      [['requests', SAMPLE], /-o ТЕКА/],
      [['requests', SAMPLE, '-o', 'x', '--due', '2024-02-30'], /--due «2024-02-30»/],
      [
        ['requests', SAMPLE, '-o', 'x', '--as-of', '2024-02-01', '--due', '2024-01-01'],
        /раніше за дату --as-of/,
      ],
      [['requests', SAMPLE, '-o', path.relative(dir, SAMPLE)], /це файл, а не тека/],
      [['requests', 'немає.xlsx', '-o', 'x'], /Файл не знайдено/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, { cwd: dir });
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(run.stderr).toMatch(message);
    }
  });

  it('says which measures name nobody and went to nobody', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    wb.worksheets[0].getCell('D36').value = null; // measure 26
    const plan = path.join(dir, 'без-відповідальних.xlsx');
    await wb.xlsx.writeFile(plan);
    const run = await runCli(['requests', plan, '-o', 'без'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Увага: 1 захід без відповідальних — їх не надіслано нікому: 26.');
  });
});
