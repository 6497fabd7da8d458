// «Вставити зразок плану»: a new sheet the pane then reads as the plan, marked as our example.
import { SAMPLE_MARK } from '../../src/excel/sample-sheet';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { FakeExcel } from './fake-excel';
import { serviceFor, syncsOf } from './plan-fixture';

describe('the example plan', () => {
  it('is inserted into an empty workbook in 2 round trips, activated, marked, and read as the plan', async () => {
    const fake = new FakeExcel([{ name: 'Аркуш1', rows: [] }]);
    const service = serviceFor(fake);
    await expect(service.check()).rejects.toMatchObject({ code: 'no-plan' });
    let name = '';
    const syncs = await syncsOf(fake, async () => {
      name = await service.insertSamplePlan();
    });
    expect(syncs).toBe(2);
    expect(name).toBe('Зразок плану');
    expect(fake.sheetNames()).toEqual(['Аркуш1', 'Зразок плану']);
    expect(fake.wb.activeSheetId).toBe(fake.sheet('Зразок плану').id);
    expect(String(fake.values('Зразок плану')[0][0])).toMatch(/^ЗРАЗОК\. Цей аркуш вставила надбудова/);
    expect(fake.definedNames()).toEqual([{ name: SAMPLE_MARK, value: "'Зразок плану'!$A$1" }]);
    const result = await service.check();
    expect(result).toMatchObject({ sheetName: 'Зразок плану', measureCount: 4, sectionCount: 2 });
    // A plan for the year checked as of (TODAY, 2024-01-15, here).
    expect(result.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('is a plan for the year of the as-of date in the settings', async () => {
    const fake = new FakeExcel([{ name: 'Аркуш1', rows: [] }]);
    fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2023-06-30' }));
    const service = serviceFor(fake);
    await service.insertSamplePlan();
    expect((await service.check()).period.from).toBe('2023-01-01');
  });

  it('takes a free name and a free mark the second time, and leaves the other sheets alone', async () => {
    const fake = new FakeExcel([{ name: 'Аркуш1', rows: [['моє']] }]);
    const before = fake.snapshot('Аркуш1');
    const service = serviceFor(fake);
    await service.insertSamplePlan();
    expect(await service.insertSamplePlan()).toBe('Зразок плану (2)');
    expect(fake.definedNames().map((n) => n.name)).toEqual([SAMPLE_MARK, `${SAMPLE_MARK}_2`]);
    expect(fake.snapshot('Аркуш1')).toBe(before);
  });
});
