// One generate at a time per workbook: the ribbon's command and the pane run in different runtimes, so the
// lock lives in the workbook. The second run is told a report is being generated and changes nothing; a
// lock left by a run that lost the workbook goes stale; the list of our sheets is merged, never overwritten.
import { ServiceError } from '../../src/app/plan-service';
import { MARKS_KEY } from '../../src/excel/settings';
import { FakeExcel } from './fake-excel';
import { fakeWithPlan, marked, serviceFor, SUMMARY, TABLE } from './plan-fixture';

function markIds(fake: FakeExcel): string[] {
  const raw = fake.wb.settings.get(MARKS_KEY);
  return (typeof raw === 'string' ? (JSON.parse(raw) as { id: string }[]) : []).map((m) => m.id).sort();
}

const visibleNames = (fake: FakeExcel) =>
  fake.wb.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);

describe('two generates at once', () => {
  it.each([false, true])(
    'with a report already there (%s): one writes it, the other is told and changes nothing',
    async (withReport) => {
      const fake = fakeWithPlan(28);
      const pane = serviceFor(fake);
      const ribbon = serviceFor(fake);
      if (withReport) await pane.generate();
      const results = await Promise.allSettled([pane.generate(), ribbon.generate()]);
      const done = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(done).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const error = refused[0].reason as ServiceError;
      expect(error).toBeInstanceOf(ServiceError);
      expect(error.code).toBe('busy');
      expect(error.message).toMatch(/Звіт уже формується/);
      expect(visibleNames(fake)).toEqual(['Лист1', TABLE, SUMMARY]);
      expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
      expect(markIds(fake)).toEqual([fake.sheet(TABLE).id, fake.sheet(SUMMARY).id].sort());
      // And the next one runs.
      await expect(ribbon.generate()).resolves.toEqual({ sheets: [TABLE, SUMMARY] });
      expect(markIds(fake)).toEqual([fake.sheet(TABLE).id, fake.sheet(SUMMARY).id].sort());
    },
  );

  it('says so in English too', async () => {
    const fake = fakeWithPlan(28);
    const a = serviceFor(fake, { displayLanguage: () => 'en-GB' });
    const results = await Promise.allSettled([
      a.generate(),
      serviceFor(fake, { displayLanguage: () => 'en-GB' }).generate(),
    ]);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect((refused.reason as Error).message).toMatch(/already being generated/);
  });
});

describe('a lock left by a run that lost the workbook', () => {
  function crash(fake: FakeExcel, from: number): void {
    // From the given sync on, every request fails: the run cannot even clean up after itself.
    fake.fault = { at: from, afterOps: 0, code: 'RequestAborted' };
    fake.afterSync = (n) => {
      if (fake.fault && n >= from) fake.fault = { ...fake.fault, at: n + 1 };
    };
  }
  function recover(fake: FakeExcel): void {
    fake.fault = null;
    fake.afterSync = null;
  }

  it('stops another runtime for a while, then goes stale; no (2) copies, nothing left over', async () => {
    let clock = Date.UTC(2024, 0, 15, 10, 0, 0);
    const fake = fakeWithPlan(28);
    const pane = serviceFor(fake, { now: () => clock });
    await pane.generate();
    crash(fake, fake.syncs + 3);
    await expect(pane.generate()).rejects.toMatchObject({ code: 'workbook-closed' });
    recover(fake);

    const ribbon = serviceFor(fake, { now: () => clock });
    await expect(ribbon.generate()).rejects.toMatchObject({ code: 'busy' });
    clock += 10 * 60 * 1000;
    await expect(ribbon.generate()).resolves.toEqual({ sheets: [TABLE, SUMMARY] });
    expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
    expect(marked(fake).map((s) => s.name)).toEqual([TABLE, SUMMARY]);
  });

  it('does not stop the runtime that left it', async () => {
    const fake = fakeWithPlan(28);
    const pane = serviceFor(fake);
    crash(fake, 3);
    await expect(pane.generate()).rejects.toMatchObject({ code: 'workbook-closed' });
    recover(fake);
    await expect(pane.generate()).resolves.toEqual({ sheets: [TABLE, SUMMARY] });
    expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
  });
});
