// «Створити запити» in the Excel host: the core's requests built from the plan as Excel hands it over,
// written by xlsx-lite and opened with Excel.createWorkbook (ExcelApi 1.8) — files that hold, cell for
// cell, what `plan-report requests` writes — or handed back for download where Excel cannot open them.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readAnswerFile } from '../../src/core/requests';
import { readWorkbook } from '../../src/node/xlsx-read';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { readXlsx } from '../../src/xlsx-lite/read-xlsx';
import { runCli } from '../cli/run-cli';
import { SAMPLE } from '../cli/workbooks';
import { sampleSeed } from '../e2e/support/sample-seed';
import { FakeExcel } from './fake-excel';
import { serviceFor, syncsOf } from './plan-fixture';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'excel-requests-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function sampleFake(apiVersion?: string): Promise<FakeExcel> {
  const fake = new FakeExcel(await sampleSeed(SAMPLE), apiVersion ? { apiVersion } : undefined);
  fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2024-01-15' }));
  return fake;
}

const cells = (sheets: { name: string; grid: { rows: unknown[][] } }[]) =>
  sheets.map((s) => [s.name, s.grid.rows]);

describe('request workbooks from Excel', () => {
  it('opens one new workbook per person, each what the CLI writes; the plan is only read', async () => {
    const fake = await sampleFake();
    const before = fake.snapshot('Лист1');
    const service = serviceFor(fake);
    let made: Awaited<ReturnType<typeof service.createRequests>> | null = null;
    const syncs = await syncsOf(fake, async () => {
      made = await service.createRequests('2024-01-29');
    });
    const result = made!;
    // Three to read the plan, then one request per new workbook.
    expect(syncs).toBe(3 + 6);
    expect(result.files.map((f) => [f.fileName, f.measures.length, f.opened])).toEqual(
      result.files.map((f) => [f.fileName, f.measures.length, true]),
    );
    expect(result.files.find((f) => f.measures.includes('5'))).toBeDefined();
    expect(result.files.filter((f) => f.measures.includes('5'))).toHaveLength(2);
    expect(fake.createdWorkbooks).toHaveLength(6);
    expect(fake.snapshot('Лист1')).toBe(before);

    const cli = await runCli(['requests', SAMPLE, '-o', dir, '--as-of', '2024-01-15', '--due', '2024-01-29']);
    expect(cli.code).toBe(0);
    for (const [i, file] of result.files.entries()) {
      const opened = fake.createdWorkbooks[i];
      expect(Array.from(opened)).toEqual(Array.from(file.bytes));
      const byCli = await readWorkbook(path.join(dir, file.fileName));
      expect(cells((await readWorkbook(Buffer.from(opened))).sheets)).toEqual(cells(byCli.sheets));
      const read = readAnswerFile(file.fileName, readXlsx(opened));
      expect(read.ok && read.answers.meta.due).toBe('2024-01-29');
      expect(read.ok && read.answers.entries.map((e) => e.key)).toEqual(
        (() => {
          const r = readAnswerFile(file.fileName, byCli.sheets);
          return r.ok ? r.answers.entries.map((e) => e.key) : null;
        })(),
      );
    }
  });

  it('without ExcelApi 1.8 hands the files back to download, opening none', async () => {
    const fake = await sampleFake('1.7');
    const made = await serviceFor(fake).createRequests('2024-01-29');
    expect(made.notOpened).toBe('no-create-workbook');
    expect(made.files).toHaveLength(6);
    expect(made.files.every((f) => !f.opened && f.bytes.length > 1000)).toBe(true);
    expect(fake.createdWorkbooks).toHaveLength(0);
  });

  it('a file too large to send opens none of them: all go to download', async () => {
    const fake = await sampleFake();
    const made = await serviceFor(fake, { createWorkbookLimit: 10_000 }).createRequests('2024-01-29');
    expect(made.notOpened).toBe('too-large');
    expect(fake.createdWorkbooks).toHaveLength(0);
  });

  it('refuses a reply-by date before the as-of date, in Ukrainian', async () => {
    const fake = await sampleFake();
    await expect(serviceFor(fake).createRequests('2024-01-01')).rejects.toThrow(
      'Дата «відповісти до» (01.01.2024) має бути датою не раніше 15.01.2024.',
    );
    expect(fake.createdWorkbooks).toHaveLength(0);
  });
});
