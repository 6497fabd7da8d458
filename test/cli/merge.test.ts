// `plan-report merge` on the scripted round trip (see round-trip-scenario.ts): the exact merge report, the
// merged plan, and every input protected from -o.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { measureKeys } from '../../src/core/requests/keys';
import type { Plan } from '../../src/core/types';
import { samplePlan } from '../core/requests/fixtures';
import { DIGITAL, OFFICER, roundTripScenario, TEXTS, type Scenario } from './round-trip-scenario';
import { runCli } from './run-cli';
import { SAMPLE } from './workbooks';
import { oleFile } from '../node/fixtures';

jest.setTimeout(120_000);

let dir: string;
let s: Scenario;
let plan: Plan;
let inputs: Map<string, Buffer>;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-merge-'));
  s = await roundTripScenario(dir);
  plan = await samplePlan();
  inputs = new Map(
    await Promise.all([s.plan, ...s.answers].map(async (f) => [f, await fs.readFile(f)] as const)),
  );
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const rel = (f: string) => (f.startsWith(dir) ? path.relative(dir, f) : f);
const merge = (out: string, ...extra: string[]) =>
  runCli(['merge', rel(s.plan), ...s.answers.map(rel), '-o', out, '--as-of', '2024-01-15', ...extra], {
    cwd: dir,
  });

const A = {
  officer: 'відповіді/1-відділ-запобігання.xlsx',
  general: 'відповіді/2-загальний.xlsx',
  org: 'відповіді/3-організаційний.xlsx',
  hr: 'відповіді/4-кадри.xlsx',
  digital: 'відповіді/6-цифровий.xlsx',
};
const HR = 'Головний спеціаліст з кадрової роботи';
const ORG = 'Начальник організаційного відділу';
const src = (file: string, person: string, row: number, cell: string) => ({ file, person, row, cell });
const respondent = (
  person: string,
  file: string,
  measures: number,
  answered: number,
  unchanged: number,
  deleted: string[] = [],
  realigned = 0,
) => ({
  person,
  file,
  inPlan: true,
  measures,
  answered,
  unchanged,
  deleted,
  realigned,
});
const NOT_REQUEST = 'це не запит, створений plan-report (немає прихованого аркуша запиту)';

function expectedReport(prefer: 'plan' | 'answers') {
  const m = (n: number) => plan.measures[n - 1];
  const took = prefer === 'answers';
  return {
    plan: 'план.xlsx',
    sheet: 'Лист1',
    output: 'об’єднаний.xlsx',
    prefer,
    files: [
      { file: A.officer, status: 'merged', person: OFFICER, message: 'внесено' },
      { file: A.general, status: 'merged', person: 'Начальник загального відділу', message: 'внесено' },
      { file: A.org, status: 'merged', person: ORG, message: 'внесено' },
      { file: A.hr, status: 'merged', person: HR, message: 'внесено' },
      { file: A.digital, status: 'merged', person: DIGITAL, message: 'внесено' },
      {
        file: 'відповіді/7-нотатки.xlsx',
        status: 'rejected',
        reason: 'not-request',
        details: 'no marker',
        message: NOT_REQUEST,
      },
      {
        file: 'відповіді/8-обрізаний.xlsx',
        status: 'rejected',
        reason: 'unreadable',
        details: 'Файл пошкоджено або обрізано (неповний архів)',
        message: 'файл не вдалося прочитати: Файл пошкоджено або обрізано (неповний архів)',
      },
      {
        file: 'відповіді/9-таблиця.xlsx',
        status: 'rejected',
        reason: 'unreadable',
        details:
          'Файл не є книгою Excel .xlsx — це текстовий файл (CSV чи простий текст). Відкрийте файл і збережіть його як книгу Excel (.xlsx)',
        message:
          'файл не вдалося прочитати: Файл не є книгою Excel .xlsx — це текстовий файл (CSV чи простий текст). Відкрийте файл і збережіть його як книгу Excel (.xlsx)',
      },
      {
        file: path.resolve(SAMPLE),
        status: 'rejected',
        reason: 'not-request',
        details: 'no marker',
        message: NOT_REQUEST,
      },
    ],
    respondents: [
      respondent(OFFICER, A.officer, 24, 3, 20, ['7'], 2),
      respondent('Начальник загального відділу', A.general, 1, 0, 1),
      respondent(ORG, A.org, 1, 1, 0),
      respondent(HR, A.hr, 2, 1, 1),
      respondent(DIGITAL, A.digital, 1, 1, 0),
    ],
    notAnswered: [{ person: 'Головний спеціаліст з питань персоналу', measures: ['23'] }],
    measures: { total: 28, answered: 5, stillEmpty: [] },
    changes: [
      ...(took
        ? [
            {
              row: 7,
              cell: 'E7',
              field: 'execution',
              number: '1',
              kind: 'text',
              value: TEXTS.m1,
              old: m(1).execution,
              overwrites: true,
              from: [src(A.officer, OFFICER, 10, 'D10')],
            },
          ]
        : []),
      ...(took
        ? [
            {
              row: 11,
              cell: 'E11',
              field: 'execution',
              number: '5',
              kind: 'text',
              value: `${m(5).execution}\n${TEXTS.m5}`,
              old: m(5).execution,
              overwrites: true,
              from: [src(A.org, ORG, 10, 'D10')],
            },
          ]
        : []),
      {
        row: 27,
        cell: 'E27',
        field: 'execution',
        number: '18',
        kind: 'text',
        value: TEXTS.m18,
        old: '',
        overwrites: false,
        from: [src(A.officer, OFFICER, 31, 'D31')],
      },
      {
        row: 28,
        cell: 'E28',
        field: 'execution',
        number: '19',
        kind: 'text',
        value: TEXTS.m19,
        old: '',
        overwrites: false,
        from: [src(A.hr, HR, 10, 'D10')],
      },
    ],
    conflicts: [
      {
        kind: 'plan-differs',
        row: 7,
        cell: 'E7',
        field: 'execution',
        number: '1',
        plan: m(1).execution,
        answers: [{ text: TEXTS.m1, from: [src(A.officer, OFFICER, 10, 'D10')] }],
        planChangedSinceRequest: false,
        resolution: took ? 'took-answer' : 'kept-plan',
        message: 'у плані вже інший текст',
      },
      {
        kind: 'plan-differs',
        row: 11,
        cell: 'E11',
        field: 'execution',
        number: '5',
        plan: m(5).execution,
        answers: [{ text: `${m(5).execution}\n${TEXTS.m5}`, from: [src(A.org, ORG, 10, 'D10')] }],
        planChangedSinceRequest: false,
        resolution: took ? 'took-answer' : 'kept-plan',
        message: 'у плані вже інший текст',
      },
      {
        kind: 'answer-cleared',
        row: 29,
        cell: 'E29',
        field: 'execution',
        number: '20',
        plan: m(20).execution,
        answers: [{ text: '', from: [src(A.hr, HR, 11, 'D11')] }],
        planChangedSinceRequest: null,
        resolution: 'kept-plan',
        message: 'у відповіді текст видалено (об’єднання не стирає клітинок плану)',
      },
    ],
    orphans: [
      {
        file: A.digital,
        person: DIGITAL,
        row: 10,
        key: measureKeys(plan)[24],
        number: '25',
        measure: m(25).measure,
        answers: { execution: TEXTS.m25 },
      },
    ],
    extraRows: [
      {
        file: A.officer,
        person: OFFICER,
        row: 37,
        key: '',
        texts: { measure: 'Опитування працівників', execution: TEXTS.extra },
      },
    ],
    extraRowsOmitted: 0,
    lockedChanged: [
      {
        file: A.officer,
        person: OFFICER,
        cell: 'B17',
        row: 17,
        number: '9',
        field: 'measure',
        text: TEXTS.m9,
        planText: m(9).measure,
      },
    ],
    invalid: [
      {
        file: A.officer,
        person: OFFICER,
        cell: 'E18',
        row: 18,
        number: '10',
        field: 'status',
        text: 'Зроблено',
        reason: 'not-a-status',
        message:
          'не одне зі слів списку (Виконано, Виконано частково, Виконується, Не виконано, Не розпочато)',
      },
    ],
    // The sample has no status or actual-date column: those answers are listed, not dropped.
    unplaced: [
      {
        field: 'status',
        row: 27,
        number: '18',
        text: 'Виконано',
        from: [src(A.officer, OFFICER, 31, 'E31')],
      },
      {
        field: 'actualDate',
        row: 27,
        number: '18',
        text: '05.12.2023',
        from: [src(A.officer, OFFICER, 31, 'F31')],
      },
    ],
    check: { error: 0, warning: 0, info: 22 },
  };
}

describe('plan-report merge on the round trip', () => {
  it('gives the exact merge report in --json, exit code 1 (answers not taken as given)', async () => {
    const run = await merge('об’єднаний.xlsx', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual(expectedReport('plan'));
  });

  it('wrote a merged plan with the answers, which checks like any plan: no error left', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'об’єднаний.xlsx'));
    const ws = wb.worksheets[0];
    expect(ws.getCell('E27').value).toBe(TEXTS.m18);
    expect(ws.getCell('E28').value).toBe(TEXTS.m19);
    expect(ws.getCell('E7').value).toBe(plan.measures[0].execution);
    const check = await runCli(['check', 'об’єднаний.xlsx', '--as-of', '2024-01-15'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/0 помилок/);
    // Package level: only the sheet and the shared strings differ from the plan's parts.
    const before = unzipSync(inputs.get(s.plan)!);
    const after = unzipSync(await fs.readFile(path.join(dir, 'об’єднаний.xlsx')));
    const changed = Object.keys(before).filter((n) => !Buffer.from(before[n]).equals(Buffer.from(after[n])));
    expect(changed.sort()).toEqual(['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']);
  });

  it('prints the report in Ukrainian, texts in full', async () => {
    const run = await merge('звіт-текстом.xlsx');
    expect(run.code).toBe(1);
    const out = run.stdout;
    expect(out).toContain('План: план.xlsx, аркуш «Лист1». Відповіді: 9 файлів.');
    expect(out).toContain(
      `  ${OFFICER} (${A.officer}): надіслано 24 заходи, нових відповідей 3, без змін 20, видалено рядків 1 (7), рядків зіставлено за текстом 2`,
    );
    expect(out).toContain('Не відповіли (1):\n  Головний спеціаліст з питань персоналу: 1 захід (23)');
    expect(out).toContain(`  відповіді/7-нотатки.xlsx: ${NOT_REQUEST}`);
    expect(out).toContain(`  E27 (захід 18, що зроблено): «${TEXTS.m18}» — ${OFFICER} (${A.officer}!D31)`);
    expect(out).toContain('Розбіжності — залишено текст плану (--prefer answers, щоб узяти відповіді) (3):');
    expect(out).toContain(`    у плані:     «${plan.measures[0].execution}»`);
    expect(out).toContain(`Відповіді на заходи, яких у плані вже немає — не внесено (1):`);
    expect(out).toContain(
      'Немає куди внести: у плані немає стовпця (2):\n  стан виконання, захід 18: «Виконано»',
    );
    expect(out).toContain('Записано: звіт-текстом.xlsx');
    expect(out).toContain('Перевірка об’єднаного плану: 22 примітки');
    const en = await merge('english.xlsx', '--lang', 'en');
    expect(en.stdout).toContain('Did not answer (1):');
    expect(en.stdout).toContain('this is not a request made by plan-report');
  });

  it('with --prefer answers takes the answers over the plan’s texts, never over a cell emptied', async () => {
    const run = await merge('з-відповідями.xlsx', '--prefer', 'answers', '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ ...expectedReport('answers'), output: 'з-відповідями.xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'з-відповідями.xlsx'));
    expect(wb.worksheets[0].getCell('E7').value).toBe(TEXTS.m1);
    expect(wb.worksheets[0].getCell('E29').value).toBe(plan.measures[19].execution);
  });

  it('exits 1 while the report lists anything not taken as given, 0 otherwise', async () => {
    const run = await runCli(['merge', rel(s.plan), A.hr, '-o', 'кадри.xlsx', '--prefer', 'answers'], {
      cwd: dir,
    });
    expect(run.stdout).toContain('E29');
    expect(run.code).toBe(1); // the emptied measure 20 is still listed
    const general = await runCli(['merge', rel(s.plan), A.general, '-o', 'загальний.xlsx'], { cwd: dir });
    expect(general.code).toBe(0);
    expect(general.stdout).toContain('Змін у плані немає.');
  });
});

describe('plan-report merge protects its inputs', () => {
  it('never writes over the plan or an answer, nor over an existing file without --force', async () => {
    const overPlan = await runCli(['merge', rel(s.plan), A.hr, '-o', rel(s.plan)], { cwd: dir });
    expect(overPlan).toMatchObject({ code: 2, stdout: '' });
    expect(overPlan.stderr).toMatch(/не можна записати у вхідний файл/);
    const viaOtherPath = await runCli(['merge', rel(s.plan), A.hr, '-o', `./відповіді/../${A.hr}`], {
      cwd: dir,
    });
    expect(viaOtherPath.code).toBe(2);
    expect(viaOtherPath.stderr).toMatch(/вхідний файл/);
    await fs.writeFile(path.join(dir, 'зайнято.xlsx'), 'моє');
    const exists = await runCli(['merge', rel(s.plan), A.hr, '-o', 'зайнято.xlsx'], { cwd: dir });
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(/уже існує.*--force/);
    expect(await fs.readFile(path.join(dir, 'зайнято.xlsx'), 'utf8')).toBe('моє');
    const forced = await runCli(['merge', rel(s.plan), A.hr, '-o', 'зайнято.xlsx', '--force'], { cwd: dir });
    expect(forced.code).toBe(1);
    for (const [file, bytes] of inputs) expect((await fs.readFile(file)).equals(bytes)).toBe(true);
  });

  it('refuses bad arguments with one clear line', async () => {
    const noOut = await runCli(['merge', rel(s.plan), A.hr], { cwd: dir });
    expect(noOut.stderr).toMatch(/-o merged\.xlsx/);
    const prefer = await runCli(['merge', rel(s.plan), A.hr, '-o', 'x.xlsx', '--prefer', 'mine'], {
      cwd: dir,
    });
    expect(prefer.stderr).toMatch(/--prefer «mine»: можна answers або plan/);
    const notXlsx = await runCli(['merge', rel(s.plan), A.hr, '-o', 'x.csv'], { cwd: dir });
    expect(notXlsx.stderr).toMatch(/\.xlsx/);
    const noPlan = await runCli(['merge', 'немає.xlsx', A.hr, '-o', 'x.xlsx'], { cwd: dir });
    expect(noPlan).toMatchObject({ code: 2 });
    expect(noPlan.stderr).toMatch(/Файл не знайдено/);
    const missingAnswer = await runCli(['merge', rel(s.plan), 'немає.xlsx', '-o', 'x2.xlsx', '--json'], {
      cwd: dir,
    });
    expect(JSON.parse(missingAnswer.stdout).files[0]).toMatchObject({
      reason: 'unreadable',
      details: expect.stringMatching(/Файл не знайдено/),
    });
  });

  it('sets aside encrypted and old-format answers with their reason, through the same package checks as any read', async () => {
    await fs.writeFile(path.join(dir, 'зашифровано.xlsx'), oleFile(['EncryptionInfo', 'EncryptedPackage']));
    await fs.writeFile(path.join(dir, 'старий.xlsx'), oleFile(['Workbook']));
    await fs.writeFile(path.join(dir, 'порожній.xlsx'), '');
    const run = await runCli(
      [
        'merge',
        rel(s.plan),
        'зашифровано.xlsx',
        'старий.xlsx',
        'порожній.xlsx',
        A.general,
        '-o',
        'x3.xlsx',
        '--json',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout).files;
    expect(
      files.map((f: { file: string; reason?: string; details?: string }) => [f.file, f.reason, f.details]),
    ).toEqual([
      ['зашифровано.xlsx', 'unreadable', expect.stringMatching(/^Книгу захищено паролем/)],
      ['старий.xlsx', 'unreadable', expect.stringMatching(/^Старий формат \.xls/)],
      ['порожній.xlsx', 'unreadable', 'Файл порожній (0 байтів)'],
      [A.general, undefined, undefined],
    ]);
  });
});
