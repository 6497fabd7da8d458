import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbook } from '../../src/node/xlsx-read';
import { checkJsonSchema } from '../../src/cli/json-output';
import { runCli } from './run-cli';
import { SAMPLE } from './workbooks';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-period-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('--period', () => {
  it('check --period 2023-H1: judged as of 30.06.2023, measures due in the second half are no findings', async () => {
    const run = await runCli(['check', SAMPLE, '--period', '2023-H1', '--as-of', '2024-01-15', '--json']);
    expect(run.code).toBe(0);
    const json = checkJsonSchema.parse(JSON.parse(run.stdout));
    expect(json.asOf).toBe('2023-06-30');
    expect(json.reportPeriod).toMatchObject({
      code: '2023-H1',
      from: '2023-01-01',
      to: '2023-06-30',
      phrase: 'І півріччя 2023 року',
    });
    const later = json
      .reportPeriod!.measures.filter((m) => m.standing === 'not-yet-due')
      .map((m) => m.number);
    expect(later).toEqual(['12', '27']);
    const laterRows = json
      .reportPeriod!.measures.filter((m) => m.standing === 'not-yet-due')
      .map((m) => m.row);
    expect(json.findings.filter((f) => laterRows.includes(f.row) && f.rule !== 'untidy-text')).toEqual([]);
    // Without the period, as of 15.01.2024, measures 18 and 19 are errors; for the first half they are not.
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(json.reportPeriod!.counts['not-yet-due']).toEqual({ total: 2, unreported: 0 });
  });

  it('check prints the period and the measures not yet due', async () => {
    const run = await runCli(['check', SAMPLE, '--period', '2023-H1']);
    expect(run.stdout).toContain(
      'Звітний період: І півріччя 2023 року (01.01.2023–30.06.2023), терміни перевірено станом на 30.06.2023.',
    );
    expect(run.stdout).toContain('Термін ще не настав (не зауваження): 2 — № 12, 27.');
    const en = await runCli(['check', SAMPLE, '--period', '2023-Q3', '--lang', 'en']);
    expect(en.stdout).toContain(
      'Reporting period: Q3 2023 (01.07.2023–30.09.2023), deadlines checked as of 30.09.2023.',
    );
  });

  it('an earlier --as-of wins over the period end', async () => {
    const run = await runCli(['check', SAMPLE, '--period', '2023', '--as-of', '2023-05-31', '--json']);
    expect(JSON.parse(run.stdout).asOf).toBe('2023-05-31');
  });

  it('generate --period 2023-H1: the title says `за І півріччя 2023 року`', async () => {
    await fs.copyFile(SAMPLE, path.join(dir, 'plan-2023.xlsx'));
    const run = await runCli(['generate', 'plan-2023.xlsx', '--period', '2023-H1'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('«Виконання плану І півр. 2023»');
    // Beside the input, named for the period so the year's report keeps its own name.
    const wb = await readWorkbook(path.join(dir, 'plan-2023-звіт-2023-H1.xlsx'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Виконання плану І півр. 2023', 'Зведення І півр. 2023']);
    const title = wb.sheets[0].grid.rows.slice(0, 4).map((r) => r[0]);
    expect(title).toContain("пов'язаним з корупцією у Покровській  міській раді за І півріччя 2023 року");
  });

  it('refuses a malformed period or one outside the plan', async () => {
    const bad = await runCli(['check', SAMPLE, '--period', '2023-H3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Неправильний звітний період --period «2023-H3»');
    const outside = await runCli(['generate', SAMPLE, '--period', '2025-Q1', '-o', path.join(dir, 'x.xlsx')]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('лежить поза періодом плану (01.01.2023–31.12.2023)');
  });

  it('leaves --json as it was without --period', async () => {
    const run = await runCli(['check', SAMPLE, '--json']);
    expect(JSON.parse(run.stdout)).not.toHaveProperty('reportPeriod');
  });
});
