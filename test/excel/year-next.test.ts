// «План на наступний рік» in the Excel host: the core's draft, built as an .xlsx in the pane (xlsx-lite) and
// opened with Excel.createWorkbook — a new workbook, never this one. The bytes read back as a plan for the
// next year, cell for cell what the CLI writes.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyse } from '../../src/core/analyse';
import { openPackage, readWorkbookInfo } from '../../src/node/xlsx-package';
import { readWorkbook } from '../../src/node/xlsx-read';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { runCli } from '../cli/run-cli';
import { SAMPLE } from '../cli/workbooks';
import { sampleSeed } from '../e2e/support/sample-seed';
import { FakeExcel } from './fake-excel';
import { fakeWithPlan, serviceFor, syncsOf } from './plan-fixture';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'excel-next-year-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sampleFake(opts?: ConstructorParameters<typeof FakeExcel>[1]): Promise<FakeExcel> {
  const fake = new FakeExcel(await sampleSeed(SAMPLE), opts);
  fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2023-12-20' }));
  return fake;
}

/** The workbook Excel was asked to open, as a file the Node host reads. */
async function opened(fake: FakeExcel, name: string): Promise<string> {
  expect(fake.createdWorkbooks).toHaveLength(1);
  const file = path.join(dir, name);
  await fs.writeFile(file, fake.createdWorkbooks[0]);
  return file;
}

describe('next year’s plan from Excel', () => {
  it('opens a new workbook that reads back as the plan for 2024: 28 measures, execution empty, this one unchanged', async () => {
    const fake = await sampleFake();
    const before = fake.sheetNames().map((n) => fake.snapshot(n));
    const service = serviceFor(fake);
    let result: Awaited<ReturnType<typeof service.createNextYearPlan>> | null = null;
    const syncs = await syncsOf(fake, async () => {
      result = await service.createNextYearPlan();
    });
    // Three to read the plan (as a check), one to send the new workbook.
    expect(syncs).toBe(4);
    expect(fake.sheetNames().map((n) => fake.snapshot(n))).toEqual(before);

    const file = await opened(fake, 'excel-2024.xlsx');
    const wb = await readWorkbook(file);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Лист1', 'Перелік до плану 2024']);
    const plan = analyse(wb.sheets[0].grid, { asOf: '2024-03-01' });
    if (!plan.ok) throw new Error('the new workbook holds no plan');
    expect(plan.plan.period).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    expect(plan.plan.measures).toHaveLength(28);
    expect(plan.plan.measures.every((m) => m.execution === '')).toBe(true);
    const errors = plan.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}:${f.row}`);
    expect(errors).toEqual(['missing-execution:8', 'missing-execution:9', 'missing-execution:10']);
    for (const f of plan.findings)
      expect(['missing-execution', 'due-soon', 'conditional-unreported', 'untidy-text']).toContain(f.rule);
    // Only the officer's list is ours (the CLI's mark); the plan is the user's from the start.
    const info = readWorkbookInfo(openPackage(await fs.readFile(file)));
    expect([...info.marks]).toEqual([['Перелік до плану 2024', 'next-year-notes']]);

    expect(result).toMatchObject({
      from: { from: '2023-01-01', to: '2023-12-31' },
      to: { from: '2024-01-01', to: '2024-12-31' },
      sheets: ['Лист1', 'Перелік до плану 2024'],
      movedDeadlines: 6,
      unmoved: [],
      yearInText: 2,
    });
    expect(result!.carriedOver.map((m) => m.number)).toEqual(['17', '18', '19']);
    expect(result!.draftsThisPlan.map((m) => [m.number, m.newDeadline])).toEqual([
      ['27', 'Грудень\n\n2024 року'],
    ]);
  });

  it('writes the same plan cells as the CLI’s next-year', async () => {
    const fake = await sampleFake();
    await serviceFor(fake).createNextYearPlan();
    const excel = await readWorkbook(await opened(fake, 'parity-excel.xlsx'));
    const cli = path.join(dir, 'parity-cli.xlsx');
    expect((await runCli(['next-year', SAMPLE, '-o', cli])).code).toBe(0);
    const fromCli = await readWorkbook(cli);
    expect(excel.sheets[0].grid.rows).toEqual(fromCli.sheets[0].grid.rows);
    expect(excel.sheets[0].grid.merges).toEqual(fromCli.sheets[0].grid.merges);
    expect(excel.sheets[1].grid.rows).toEqual(fromCli.sheets[1].grid.rows);
  });

  it('carries the office’s list of positions: the positions sheet, or the settings’ list', async () => {
    const fake = fakeWithPlan(12, [{ name: 'Посади', rows: [['Посада'], ['Секретар ради']] }]);
    await serviceFor(fake).createNextYearPlan();
    const wb = await readWorkbook(await opened(fake, 'positions.xlsx'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Лист1', 'Посади', 'Перелік до плану 2024']);
    expect(wb.sheets[1].grid.rows).toEqual([['Посада'], ['Секретар ради']]);

    const listed = fakeWithPlan(12);
    listed.wb.settings.set(SETTINGS_KEY, JSON.stringify({ positions: ['Керуючий справами'] }));
    await serviceFor(listed).createNextYearPlan();
    const back = await readWorkbook(await opened(listed, 'positions-settings.xlsx'));
    expect(back.sheets[1].grid.rows).toEqual([['Посада'], ['Керуючий справами']]);
  });

  it('without ExcelApi 1.8 says so and names the CLI, and opens nothing', async () => {
    const fake = await sampleFake({ apiVersion: '1.7' });
    const service = serviceFor(fake);
    expect(service.missingFeatures()).toEqual(
      expect.arrayContaining([{ feature: 'next-year', requirement: 'ExcelApi 1.8' }]),
    );
    const error = await service.createNextYearPlan().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'requirement-missing' });
    expect((error as Error).message).toMatch(/ExcelApi 1\.8.*plan-report next-year/s);
    expect(fake.createdWorkbooks).toEqual([]);
  });

  it('an Office without Excel.createWorkbook at all is told the same', async () => {
    const fake = await sampleFake();
    const service = serviceFor(fake, { createWorkbook: undefined });
    // No `Excel` global in this test: as on a host whose Office.js lacks the function.
    const error = await service.createNextYearPlan().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'requirement-missing' });
    expect((error as Error).message).toMatch(/plan-report next-year/);
  });

  it('a plan too large for one request is refused before it is sent, with the CLI named', async () => {
    const fake = fakeWithPlan(4000);
    const error = await serviceFor(fake, { createWorkbookLimit: 64 * 1024 })
      .createNextYearPlan()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large' });
    expect((error as Error).message).toMatch(/plan-report next-year/);
    expect(fake.createdWorkbooks).toEqual([]);
  });

  it('speaks the pane’s language in the officer’s list', async () => {
    const fake = await sampleFake();
    await serviceFor(fake, { displayLanguage: () => 'en-US' }).createNextYearPlan();
    const wb = await readWorkbook(await opened(fake, 'en.xlsx'));
    expect(wb.sheets[1].grid.rows[0][0]).toBe(
      'LIST FOR THE OFFICER: the plan for 2024 drafted from the plan for 2023',
    );
  });
});
