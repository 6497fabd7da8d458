// The reporting period in Excel: the settings' `2023-H1` (the CLI's --period) applied to check and generate —
// deadlines judged as of the period's end, measures due later not findings, titles and sheet names saying
// the period, the sheets marked per period.
import { SETTINGS_KEY } from '../../src/excel/settings';
import { SAMPLE } from '../cli/workbooks';
import { sampleSeed } from '../e2e/support/sample-seed';
import { FakeExcel } from './fake-excel';
import { marked, serviceFor, syncsOf } from './plan-fixture';

async function sample(settings: Record<string, unknown>): Promise<FakeExcel> {
  const fake = new FakeExcel(await sampleSeed(SAMPLE));
  fake.wb.settings.set(SETTINGS_KEY, JSON.stringify(settings));
  return fake;
}

describe('a reporting period in Excel', () => {
  it('check as of the half-year’s end: measures due in the second half are no findings', async () => {
    const fake = await sample({ asOf: '2024-01-15', period: '2023-H1' });
    const result = await serviceFor(fake).check();
    expect(result.asOf).toBe('2023-06-30');
    expect(result.reportPeriod).toEqual({
      code: '2023-H1',
      from: '2023-01-01',
      to: '2023-06-30',
      notYetDue: 2,
    });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Measures 12 and 27 are due in the second half: nothing but the tidiness of their texts is said of them.
    expect(
      result.findings.filter((f) => ['12', '27'].includes(f.measureNumber ?? '') && f.rule !== 'untidy-text'),
    ).toEqual([]);
    // Without the period, as of the same date, measures 18 and 19 are errors (their year has ended).
    fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2024-01-15' }));
    const year = await serviceFor(fake).check();
    expect(year.reportPeriod).toBeUndefined();
    expect(year.findings.filter((f) => f.severity === 'error').map((f) => f.measureNumber)).toEqual([
      '18',
      '19',
    ]);
  });

  it('an earlier as-of date inside the period is kept', async () => {
    const fake = await sample({ asOf: '2023-05-01', period: '2023-H1' });
    expect((await serviceFor(fake).check()).asOf).toBe('2023-05-01');
  });

  it('generate writes the period’s report: `за І півріччя 2023 року`, its own sheets and marks, 5 syncs', async () => {
    const fake = await sample({ asOf: '2024-01-15', period: '2023-H1' });
    const plan = fake.snapshot('Лист1');
    const service = serviceFor(fake);
    let sheets: string[] = [];
    expect(
      await syncsOf(fake, async () => {
        sheets = (await service.generate()).sheets;
      }),
    ).toBe(5);
    expect(sheets).toEqual(['Виконання плану І півр. 2023', 'Зведення І півр. 2023']);
    const title = fake.values(sheets[0]).slice(0, 4).flat().join('\n');
    expect(title).toContain('за І півріччя 2023 року');
    expect(fake.values(sheets[1]).flat().join('\n')).toContain('Заходи за терміном у звітному періоді');
    expect(fake.snapshot('Лист1')).toBe(plan);
    expect(
      fake
        .definedNames()
        .filter((n) => n.name.startsWith('anticorruption_plan_addin.'))
        .map((n) => n.name),
    ).toEqual([
      'anticorruption_plan_addin.execution_table_2023H1',
      'anticorruption_plan_addin.summary_2023H1',
    ]);

    // The year's report beside it, and each regenerated in place.
    fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2024-01-15' }));
    await service.generate();
    fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2024-01-15', period: '2023-H1' }));
    await service.generate();
    expect(fake.sheetNames().sort()).toEqual(
      [
        'Лист1',
        'Виконання плану І півр. 2023',
        'Зведення І півр. 2023',
        'Виконання плану 2023',
        'Зведення 2023',
      ].sort(),
    );
    expect(marked(fake)).toHaveLength(4);
  });

  it('the snapshot of a period is as of its end and names it', async () => {
    const fake = await sample({ asOf: '2024-01-15', period: '2023-9M' });
    const result = await serviceFor(fake).takeSnapshot();
    expect(result.sheets).toEqual(['Стан на 30.09.2023']);
    const meta = fake.values('Стан на 30.09.2023').slice(0, 7).flat().join('\n');
    expect(meta).toContain('9 місяців 2023 року (2023-9M)');
  });

  it('a period outside the plan’s is refused with what to do', async () => {
    const fake = await sample({ asOf: '2024-01-15', period: '2025-Q1' });
    const error = await serviceFor(fake)
      .check()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'bad-period' });
    expect((error as Error).message).toMatch(/І квартал 2025 року.*01\.01\.2023 – 31\.12\.2023/);
    await expect(serviceFor(fake).generate()).rejects.toMatchObject({ code: 'bad-period' });
    expect(fake.sheetNames()).toEqual(['Лист1']);
  });
});
