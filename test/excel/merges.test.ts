// Merged cells are optional and partial: getMergedAreasOrNullObject needs ExcelApi 1.13 (Excel 2019 and older
// Mac lack it), returns only areas whose top-left cell is inside the range (office-js#3611), only top-left
// cells on some builds (office-js#1590), and fails past 512 areas. The host hands over what Excel gives,
// safely; the reader does not depend on merges being complete.
import { FakeExcel } from './fake-excel';
import { fakeWithPlan, findingKeys, planSheet, serviceFor } from './plan-fixture';

async function reading(fake: FakeExcel) {
  const r = await serviceFor(fake).check();
  return { measures: r.measureCount, sections: r.sectionCount, findings: findingKeys(r.findings) };
}

describe('merged cells', () => {
  it('give the same reading whether Excel reports them fully, as top-left cells only, or not at all', async () => {
    const full = await reading(fakeWithPlan(60));
    expect(full.measures).toBe(60);
    await expect(reading(fakeWithPlan(60, [], false, { mergesAsTopLeft: true }))).resolves.toEqual(full);
    await expect(reading(fakeWithPlan(60, [], false, { apiVersion: '1.12' }))).resolves.toEqual(full);
  });

  it('past 512 in the plan do not make the read fail', async () => {
    // 6,000 measures: 600 section rows merged across, beside the title.
    const withMerges = await reading(fakeWithPlan(6000, [], true));
    expect(withMerges.measures).toBe(6000);
    expect(withMerges.sections).toBe(600);
    await expect(reading(fakeWithPlan(6000, [], true, { apiVersion: '1.12' }))).resolves.toEqual(withMerges);
  }, 60_000);

  it('are not asked of the used range of an empty sheet (a null object) in the same request', async () => {
    const fake = new FakeExcel([{ name: 'Порожній' }, planSheet(12, 'План')]);
    await expect(serviceFor(fake).check()).resolves.toMatchObject({ sheetName: 'План', measureCount: 12 });
  });

  it('are not asked of an Excel without ExcelApi 1.13', async () => {
    const fake = fakeWithPlan(12, [], false, { apiVersion: '1.12' });
    await expect(serviceFor(fake).generate()).resolves.toMatchObject({ sheets: expect.any(Array) });
  });

  it('are read for the whole plan even when it is long (merges below the first rows count too)', async () => {
    const seed = planSheet(300);
    const fake = new FakeExcel([seed]);
    const service = serviceFor(fake);
    await service.generate();
    // The last section row (far below any first window) is merged in the report too: it was read as a section.
    const table = fake.sheet('Виконання плану 2023');
    const lastSection = Math.max(...table.merges.map((m) => m.top));
    expect(lastSection).toBeGreaterThan(300);
  });
});
