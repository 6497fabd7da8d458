// «Зафіксувати стан на дату» in the Excel host: a snapshot sheet per date, marked as ours (custom properties,
// the mark list, and the CLI's defined name), the plan sheet only read; the same date again replaces ours,
// never a duplicate; an earlier snapshot read back gives the changes sheet and the pane's list.
import { analyse } from '../../src/core/analyse';
import { compareSnapshots } from '../../src/core/year/changes';
import { readSnapshotSheet } from '../../src/core/year/read-snapshot';
import { takeSnapshot } from '../../src/core/year/snapshot';
import { buildSnapshotSheet } from '../../src/core/year/snapshot-sheet';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { FakeExcel } from './fake-excel';
import {
  fakeWithPlan,
  marked,
  ourNames,
  planSheet,
  seedGrid,
  serviceFor,
  syncsOf,
  TODAY,
} from './plan-fixture';

const JUNE = 'Стан на 30.06.2023';
const SEPT = 'Стан на 30.09.2023';
const CHANGES_SEPT = 'Зміни на 30.09.2023';

function asOf(fake: FakeExcel, date: string, extra: Record<string, unknown> = {}): void {
  fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: date, ...extra }));
}

/** The sheet as the core reads a grid (values only, as Excel hands them back). */
function gridOf(fake: FakeExcel, sheet: string) {
  return { sheetName: sheet, rows: fake.values(sheet).map((r) => r.map((v) => (v === '' ? null : v))) };
}

describe('a snapshot in Excel', () => {
  it('writes `Стан на 30.06.2023` as the core builds it, marked as ours, the plan sheet unchanged, in 5 syncs', async () => {
    const fake = fakeWithPlan(28);
    asOf(fake, '2023-06-30');
    const plan = fake.snapshot('Лист1');
    const service = serviceFor(fake);
    let result: Awaited<ReturnType<typeof service.takeSnapshot>> | null = null;
    const progress: number[] = [];
    const syncs = await syncsOf(fake, async () => {
      result = await service.takeSnapshot((f) => progress.push(f));
    });
    expect(syncs).toBe(5);
    expect(result).toEqual({ asOf: '2023-06-30', sheets: [JUNE], replaced: false, changes: null });
    expect(progress[progress.length - 1]).toBe(1);
    expect(fake.sheetNames()).toEqual(['Лист1', JUNE]);
    expect(fake.snapshot('Лист1')).toBe(plan);

    const analysed = analyse(seedGrid(planSheet(28)), { asOf: '2023-06-30' });
    if (!analysed.ok) throw new Error('fixture is not a plan');
    const expected = buildSnapshotSheet(
      takeSnapshot(analysed.plan, analysed.findings, analysed.summary, { asOf: '2023-06-30', taken: TODAY }),
    );
    const written = fake.values(JUNE);
    expected.values.forEach((row, r) =>
      row.forEach((v, c) => expect([r, c, written[r]?.[c]]).toEqual([r, c, v === null ? '' : v])),
    );
    const sorted = (ms: { top: number; left: number }[]) =>
      [...ms].sort((a, b) => a.top - b.top || a.left - b.left);
    expect(sorted(fake.sheet(JUNE).merges)).toEqual(sorted(expected.merges));
    expect(fake.sheet(JUNE).freezeRows).toBe(expected.freezeRows);
    // Ours three ways: custom properties naming the sheet, and the defined name the CLI reads.
    expect(marked(fake).map((s) => s.name)).toEqual([JUNE]);
    expect(fake.sheet(JUNE).customProperties.get('generatedRole')).toBe('snapshot');
    expect(ourNames(fake)).toEqual([`anticorruption_plan_addin.snapshot_20230630 -> '${JUNE}'!$A$1`]);
    // And it reads back as the state it recorded.
    const back = readSnapshotSheet(gridOf(fake, JUNE));
    const overdue = new Set(analysed.summary.overdue.map((o) => o.row));
    expect(back.ok && back.snapshot.measures.map((m) => [m.number, m.status, m.overdue])).toEqual(
      analysed.plan.measures.map((m) => [m.number, m.status.status, overdue.has(m.row)]),
    );
  });

  it('the same date again replaces ours: no duplicate sheet, no second name, the plan still unchanged', async () => {
    const fake = fakeWithPlan(28);
    asOf(fake, '2023-06-30');
    const plan = fake.snapshot('Лист1');
    const service = serviceFor(fake);
    await service.takeSnapshot();
    fake.userEdit('Лист1', 'E4', 'Проведено навчання 20.06.2023');
    const again = await service.takeSnapshot();
    expect(again).toMatchObject({ sheets: [JUNE], replaced: true, changes: null });
    await service.takeSnapshot();
    expect(fake.sheetNames()).toEqual(['Лист1', JUNE]);
    expect(marked(fake)).toHaveLength(1);
    expect(ourNames(fake)).toEqual([`anticorruption_plan_addin.snapshot_20230630 -> '${JUNE}'!$A$1`]);
    expect(fake.values(JUNE).flat()).toContain('Проведено навчання 20.06.2023');
    expect(fake.snapshot('Лист1')).not.toBe(plan); // the user's edit, not ours
    const afterEdit = fake.snapshot('Лист1');
    await service.takeSnapshot();
    expect(fake.snapshot('Лист1')).toBe(afterEdit);
  });

  it('a later date reads the earlier snapshot back: the changes sheet and the list the pane shows', async () => {
    const fake = fakeWithPlan(28);
    asOf(fake, '2023-06-30');
    const service = serviceFor(fake);
    await service.takeSnapshot();
    const june = readSnapshotSheet(gridOf(fake, JUNE));
    if (!june.ok) throw new Error('the June snapshot does not read back');
    // Measure 7 (row 10) had no report; measure 1 (row 4) changes its report.
    fake.userEdit('Лист1', 'E10', 'Проведено 15.09.2023');
    fake.userEdit('Лист1', 'E4', 'Інший звіт');
    asOf(fake, '2023-09-30');
    const result = await service.takeSnapshot();
    expect(result.sheets).toEqual([SEPT, CHANGES_SEPT]);
    expect(fake.sheetNames()).toEqual(['Лист1', JUNE, SEPT, CHANGES_SEPT]);
    expect(result.changes).toMatchObject({ since: '2023-06-30', asOf: '2023-09-30', sinceSheet: JUNE });

    const sept = readSnapshotSheet(gridOf(fake, SEPT));
    if (!sept.ok) throw new Error('the September snapshot does not read back');
    const expected = compareSnapshots(june.snapshot, sept.snapshot);
    expect(result.changes!.changes).toEqual(expected.changes);
    expect(result.changes!.counts).toEqual(expected.counts);
    const kinds = result.changes!.changes.map((c) => `${c.kind}:${c.number}`);
    expect(kinds).toEqual(expect.arrayContaining(['reported:7', 'report-changed:1']));
    // The changes sheet is the core's, and ours too.
    expect(fake.values(CHANGES_SEPT)[0][0]).toBe('ЗМІНИ СТАНУ ВИКОНАННЯ ПЛАНУ з 30.06.2023 по 30.09.2023');
    expect(ourNames(fake)).toEqual([
      `anticorruption_plan_addin.snapshot_20230630 -> '${JUNE}'!$A$1`,
      `anticorruption_plan_addin.snapshot_20230930 -> '${SEPT}'!$A$1`,
      `anticorruption_plan_addin.snapshot_changes_20230930 -> '${CHANGES_SEPT}'!$A$1`,
    ]);
    expect(marked(fake).map((s) => s.customProperties.get('generatedRole'))).toEqual([
      'snapshot',
      'snapshot',
      'snapshot-changes',
    ]);
  });

  it('changes since the last snapshot without writing anything, in 3 syncs', async () => {
    const fake = fakeWithPlan(28);
    asOf(fake, '2023-06-30');
    const service = serviceFor(fake);
    expect(await service.changesSinceSnapshot()).toEqual({
      asOf: '2023-06-30',
      snapshots: [],
      changes: null,
    });
    await service.takeSnapshot();
    fake.userEdit('Лист1', 'E10', 'Проведено 01.07.2023');
    asOf(fake, '2023-07-15');
    const before = fake.sheetNames().map((n) => fake.snapshot(n));
    let result: Awaited<ReturnType<typeof service.changesSinceSnapshot>> | null = null;
    const syncs = await syncsOf(fake, async () => {
      result = await service.changesSinceSnapshot();
    });
    expect(syncs).toBe(3);
    expect(fake.sheetNames().map((n) => fake.snapshot(n))).toEqual(before);
    expect(result!.snapshots).toEqual(['2023-06-30']);
    expect(result!.changes).toMatchObject({ since: '2023-06-30', asOf: '2023-07-15', sinceSheet: JUNE });
    expect(result!.changes!.changes.map((c) => `${c.kind}:${c.number}`)).toContain('reported:7');
  });

  it("never touches a user's sheet of the same name: ours becomes `(2)` and stays so", async () => {
    const fake = fakeWithPlan(28, [{ name: JUNE, rows: [['мої нотатки на 30.06']] }]);
    asOf(fake, '2023-06-30');
    const mine = fake.snapshot(JUNE);
    const service = serviceFor(fake);
    expect((await service.takeSnapshot()).sheets).toEqual([`${JUNE} (2)`]);
    expect((await service.takeSnapshot()).sheets).toEqual([`${JUNE} (2)`]);
    expect(fake.snapshot(JUNE)).toBe(mine);
    expect(fake.sheetNames()).toEqual(['Лист1', JUNE, `${JUNE} (2)`]);
  });

  it("a user's copy of our snapshot is theirs: never replaced, never marked by our names", async () => {
    const fake = fakeWithPlan(28);
    asOf(fake, '2023-06-30');
    const service = serviceFor(fake);
    await service.takeSnapshot();
    const copy = fake.userCopySheet(JUNE);
    // Excel gives the copy sheet-scoped copies of the names: not marks (office-js#2875).
    expect(fake.sheetNamesOf(copy.name)).toEqual(['anticorruption_plan_addin.snapshot_20230630']);
    const copied = fake.snapshot(copy.name);
    await service.takeSnapshot();
    expect(fake.snapshot(copy.name)).toBe(copied);
    expect(fake.sheetNames().sort()).toEqual(['Лист1', JUNE, copy.name].sort());
    expect(ourNames(fake)).toEqual([`anticorruption_plan_addin.snapshot_20230630 -> '${JUNE}'!$A$1`]);
  });

  it('keeps, under another name, our snapshot the user changed since (a note added), and writes a new one', async () => {
    const fake = fakeWithPlan(28);
    asOf(fake, '2023-06-30');
    const service = serviceFor(fake);
    await service.takeSnapshot();
    fake.userEdit(JUNE, 'A60', 'Погоджено: О. Сєнкевич');
    const result = await service.takeSnapshot();
    // `Стан на 30.06.2023 (змінено 15.01)` is 34 characters: the date stays whole, the note is shortened.
    const keptAs = `${JUNE} (зм. 15.01)`;
    expect(result.kept).toEqual([{ sheet: JUNE, keptAs }]);
    expect(result.notes?.[0]).toMatch(/змінено після формування/);
    expect(fake.values(keptAs).flat()).toContain('Погоджено: О. Сєнкевич');
    // The kept one is the user's now: no mark of ours, no name of ours.
    expect(marked(fake).map((s) => s.name)).toEqual([JUNE]);
    expect(ourNames(fake)).toEqual([`anticorruption_plan_addin.snapshot_20230630 -> '${JUNE}'!$A$1`]);
  });

  it('works without custom properties (ExcelApi 1.11): the setting and the defined name mark it', async () => {
    const fake = fakeWithPlan(28, [], false, { apiVersion: '1.11' });
    asOf(fake, '2023-06-30');
    const service = serviceFor(fake);
    await service.takeSnapshot();
    fake.reopen();
    await service.takeSnapshot();
    expect(fake.sheetNames()).toEqual(['Лист1', JUNE]);
    expect(ourNames(fake)).toEqual([`anticorruption_plan_addin.snapshot_20230630 -> '${JUNE}'!$A$1`]);
  });

  it('on Excel 2016 (ExcelApi 1.6: names read by their value, no custom properties) as well', async () => {
    const fake = fakeWithPlan(28, [], false, { apiVersion: '1.6' });
    asOf(fake, '2023-06-30');
    const service = serviceFor(fake);
    await service.takeSnapshot();
    asOf(fake, '2023-09-30');
    expect((await service.takeSnapshot()).sheets).toEqual([SEPT, CHANGES_SEPT]);
    asOf(fake, '2023-06-30');
    expect(await service.takeSnapshot()).toMatchObject({ sheets: [JUNE], replaced: true });
    expect(fake.sheetNames().sort()).toEqual(['Лист1', JUNE, SEPT, CHANGES_SEPT].sort());
    expect(ourNames(fake)).toHaveLength(3);
  });

  it('says plainly what is missing on an Excel without ExcelApi 1.4', async () => {
    const fake = fakeWithPlan(5, [], false, { apiVersion: '1.3' });
    const service = serviceFor(fake);
    expect(service.missingFeatures()).toEqual(
      expect.arrayContaining([{ feature: 'snapshot', requirement: 'ExcelApi 1.4' }]),
    );
    await expect(service.takeSnapshot()).rejects.toMatchObject({ code: 'requirement-missing' });
    expect(fake.sheetNames()).toEqual(['Лист1']);
  });

  it('a sync failing in the swap of a same-date snapshot leaves the old one, still ours and named', async () => {
    const fake = fakeWithPlan(28);
    asOf(fake, '2023-06-30');
    const service = serviceFor(fake);
    await service.takeSnapshot();
    const old = fake.contents(JUNE);
    const names = ourNames(fake);
    await service.takeSnapshot();
    const swapOps = fake.requests[fake.requests.length - 1].actions;
    expect(swapOps).toBeGreaterThan(8);
    for (let afterOps = 0; afterOps < swapOps; afterOps++) {
      fake.fault = { at: fake.syncs + 5, afterOps, code: 'GeneralException' };
      await expect(service.takeSnapshot()).rejects.toMatchObject({ code: 'unexpected' });
      fake.fault = null;
      expect([afterOps, fake.sheetNames()]).toEqual([afterOps, ['Лист1', JUNE]]);
      expect(fake.contents(JUNE)).toBe(old);
      expect([afterOps, ourNames(fake)]).toEqual([afterOps, names]);
      expect(marked(fake).map((s) => s.name)).toEqual([JUNE]);
    }
  });

  it('costs the same syncs at 28 and 5,000 measures', async () => {
    const counts: number[] = [];
    for (const n of [28, 5000]) {
      const fake = fakeWithPlan(n, [], true);
      asOf(fake, '2023-06-30');
      const service = serviceFor(fake);
      await service.takeSnapshot();
      asOf(fake, '2023-09-30');
      counts.push(await syncsOf(fake, () => service.takeSnapshot()));
      counts.push(await syncsOf(fake, () => service.changesSinceSnapshot()));
    }
    expect(counts).toEqual([5, 3, 5, 3]);
  }, 60_000);
});
