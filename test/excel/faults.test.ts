// The Excel host under faults: a sync that fails half-way through generate, a plan of 100,000 measures, and a
// storm of edits. Nothing of the user's is lost, nothing half-made is left, and the user is told what to do.
import { ServiceError } from '../../src/app/plan-service';
import { analyse } from '../../src/core/analyse';
import { MARKS_KEY } from '../../src/excel/settings';
import { FakeExcel } from './fake-excel';
import type { FakeContext } from './fake-excel';
import {
  fakeWithPlan,
  marked,
  ourNames,
  planSheet,
  seedGrid,
  serviceFor,
  SUMMARY,
  syncsOf,
  TABLE,
  TODAY,
} from './plan-fixture';

/** Ids in the workbook's mark setting that name no sheet any more, or name a sheet that is not a report. */
function strayMarks(fake: FakeExcel): unknown[] {
  const raw = fake.wb.settings.get(MARKS_KEY);
  const list = typeof raw === 'string' ? (JSON.parse(raw) as { id: string }[]) : [];
  const reports = new Set(fake.wb.sheets.filter((s) => [TABLE, SUMMARY].includes(s.name)).map((s) => s.id));
  return list.filter((m) => !reports.has(m.id));
}

const REPORT_NAMES = [
  `anticorruption_plan_addin.execution_table -> '${TABLE}'!$A$1`,
  `anticorruption_plan_addin.summary -> '${SUMMARY}'!$A$1`,
];

const temporary = (fake: FakeExcel): string[] => fake.sheetNames().filter((n) => /^~/.test(n));

/** Counts the operations queued in each sync, without changing what the sync does. */
function countOps(fake: FakeExcel): number[] {
  const counts: number[] = [];
  const sync = fake.sync.bind(fake);
  fake.sync = (ctx: FakeContext) => {
    counts.push(ctx.queue.length);
    return sync(ctx);
  };
  return counts;
}

afterEach(() => jest.useRealTimers());

const FAULTS: [string, string, RegExp][] = [
  ['RequestPayloadSizeLimitExceeded', 'too-large', /завеликий запит.*Розбийте план/],
  ['InvalidOperation', 'protected', /захищено.*Зніміть захист/],
  ['RequestAborted', 'workbook-closed', /Зв’язок із книгою втрачено.*Відкрийте книгу знову/],
];

describe('a sync that fails half-way through generate', () => {
  /** Operations in each of generate's syncs, from a run that does not fail. */
  async function opsPerSync(withReport: boolean): Promise<number[]> {
    const fake = fakeWithPlan(28);
    if (withReport) await serviceFor(fake).generate();
    const counts = countOps(fake);
    await serviceFor(fake).generate();
    return counts;
  }

  describe.each([false, true])('with a report already there: %s', (withReport) => {
    let ops: number[];
    // The last two syncs write: the new sheets under temporary names, then the swap (mark, rename, delete).
    let writeSyncs: number[];
    beforeAll(async () => {
      ops = await opsPerSync(withReport);
      writeSyncs = [ops.length - 1, ops.length];
    });
    /** Every point of the swap; a sample of the (long) write. */
    const pointsOf = (nth: number): number[] => {
      const total = ops[nth - 1];
      return nth === writeSyncs[1]
        ? Array.from({ length: total }, (_, i) => i)
        : [0, 1, Math.floor(total / 2), total - 1];
    };

    it.each(FAULTS)(
      '%s: a message that says what to do, nothing half-made left',
      async (code, kind, message) => {
        for (const nth of writeSyncs) {
          const total = ops[nth - 1];
          for (const afterOps of pointsOf(nth)) {
            const fake = fakeWithPlan(28);
            const service = serviceFor(fake);
            if (withReport) await service.generate();
            const plan = fake.snapshot('Лист1');
            const before = fake.sheetNames();
            const reports = withReport ? [fake.contents(TABLE), fake.contents(SUMMARY)] : [];
            fake.fault = { at: fake.syncs + nth, afterOps, code, message: 'Excel refused.' };

            const error = await service.generate().catch((e: unknown) => e);
            const where = `${code} in sync ${nth} after ${afterOps}/${total} operations`;
            expect([where, error]).toEqual([where, expect.any(ServiceError)]);
            expect([where, (error as ServiceError).code]).toEqual([where, kind]);
            expect((error as ServiceError).message).toMatch(message);
            expect([where, temporary(fake)]).toEqual([where, []]);
            expect(fake.snapshot('Лист1')).toBe(plan);
            expect([where, strayMarks(fake)]).toEqual([where, []]);
            if (withReport) {
              // A whole report stays, the earlier one or (once the swap had deleted part of it) the new one,
              // which holds the same contents here: the same sheets, same cells, still ours.
              expect([where, fake.sheetNames()]).toEqual([where, before]);
              expect([fake.contents(TABLE), fake.contents(SUMMARY)]).toEqual(reports);
              expect(marked(fake).map((s) => s.name)).toEqual([TABLE, SUMMARY]);
              expect([where, ourNames(fake)]).toEqual([where, REPORT_NAMES]);
            } else {
              expect([where, fake.sheetNames()]).toEqual([where, ['Лист1']]);
              expect(marked(fake)).toEqual([]);
              expect([where, ourNames(fake)]).toEqual([where, []]);
            }

            // Once Excel is fine again, the next run writes the report.
            await expect(service.generate()).resolves.toEqual({ sheets: [TABLE, SUMMARY] });
            expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
            expect(strayMarks(fake)).toEqual([]);
            expect([where, ourNames(fake)]).toEqual([where, REPORT_NAMES]);
          }
        }
      },
    );

    it('the connection lost at any point of the write: the next run finishes or clears it, never a (2) copy', async () => {
      for (const nth of writeSyncs) {
        const total = ops[nth - 1];
        for (const afterOps of pointsOf(nth)) {
          const fake = fakeWithPlan(28);
          const service = serviceFor(fake);
          if (withReport) await service.generate();
          const plan = fake.snapshot('Лист1');
          const start = fake.syncs + nth;
          // From that point on every request fails: the clean-up cannot run either.
          fake.fault = { at: start, afterOps, code: 'RequestAborted' };
          fake.afterSync = (n) => {
            if (fake.fault && n >= start) fake.fault = { ...fake.fault, at: n + 1, afterOps: 0 };
          };
          const where = `lost in sync ${nth} after ${afterOps}/${total} operations`;
          await expect(service.generate()).rejects.toMatchObject({ code: 'workbook-closed' });
          fake.fault = null;
          fake.afterSync = null;
          // Reopened and run again (by this pane or by the ribbon: both find what was left).
          await expect(service.generate()).resolves.toEqual({ sheets: [TABLE, SUMMARY] });
          expect([where, fake.sheetNames()]).toEqual([where, ['Лист1', TABLE, SUMMARY]]);
          expect([where, marked(fake).map((s) => s.name)]).toEqual([where, [TABLE, SUMMARY]]);
          expect([where, strayMarks(fake)]).toEqual([where, []]);
          expect([where, ourNames(fake)]).toEqual([where, REPORT_NAMES]);
          expect(fake.snapshot('Лист1')).toBe(plan);
        }
      }
    }, 120_000);
  });

  it('says it in English when Excel speaks English', async () => {
    const fake = fakeWithPlan(28);
    const ops = await opsPerSync(false);
    fake.fault = { at: ops.length - 1, afterOps: 1, code: 'InvalidOperation' };
    const error = (await serviceFor(fake, { displayLanguage: () => 'en-US' })
      .generate()
      .catch((e: unknown) => e)) as ServiceError;
    expect(error.code).toBe('protected');
    expect(error.message).toMatch(/Unprotect/);
  });

  it("a user's sheet whose name merely looks like ours is never touched", async () => {
    const fake = fakeWithPlan(28, [{ name: '~tmp-копія', rows: [['нотатки']] }]);
    const service = serviceFor(fake);
    const ops = await opsPerSync(false);
    const start = ops.length - 1;
    fake.fault = { at: start, afterOps: 10, code: 'RequestAborted' };
    fake.afterSync = (n) => {
      if (fake.fault && n >= start) fake.fault = { ...fake.fault, at: n + 1, afterOps: 0 };
    };
    const error = (await service.generate().catch((e: unknown) => e)) as ServiceError;
    expect(error.code).toBe('workbook-closed');
    expect(error.message).toMatch(/Відкрийте книгу знову/);
    fake.fault = null;
    fake.afterSync = null;
    await service.generate();
    expect(fake.sheetNames()).toEqual(['Лист1', '~tmp-копія', TABLE, SUMMARY]);
    expect(fake.values('~tmp-копія')).toEqual([['нотатки']]);
  });
});

describe('a plan of 100,000 measures', () => {
  const N = 100_000;

  it('check reads it whole, in blocks under Excel’s limits whatever the platform, in a bounded number of syncs', async () => {
    const small = fakeWithPlan(28, [], true);
    const smallSyncs = await syncsOf(small, () => serviceFor(small).check());
    const fake = fakeWithPlan(N, [], true);
    // Desktop Excel: no 5 MB refusal to prompt block reads. They are sized by cells and estimated bytes anyway.
    fake.payloadLimit = Number.POSITIVE_INFINITY;
    let measureCount = 0;
    const syncs = await syncsOf(fake, async () => {
      measureCount = (await serviceFor(fake).check()).measureCount;
    });
    expect(measureCount).toBe(N);
    expect(syncs).toBeGreaterThan(smallSyncs);
    expect(syncs).toBeLessThanOrEqual(smallSyncs + 12);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  }, 120_000);

  it('generate reads it in blocks and writes it under the 5 MB limit, with progress rising to 1', async () => {
    const fake = fakeWithPlan(N, [], true);
    const plan = fake.snapshot('Лист1');
    const progress: number[] = [];
    let result: unknown;
    const syncs = await syncsOf(fake, async () => {
      result = await serviceFor(fake).generate((f) => progress.push(f));
    });
    expect(result).toEqual({ sheets: [TABLE, SUMMARY] });
    expect(fake.maxRequestBytes).toBeLessThan(fake.payloadLimit);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
    progress.forEach((f, i) => expect([i, f >= (progress[i - 1] ?? 0)]).toEqual([i, true]));
    // Past Excel's 5 MB limits the plan is read in row blocks and the report written in 4 MB requests:
    // more round trips than a small plan's 5, set by the bytes moved, not by the rows.
    expect(syncs).toBeGreaterThan(5);
    expect(syncs).toBeLessThanOrEqual(24);
    // The last measure made it into the table (looked up directly: the sheet has half a million cells).
    const table = fake.sheet(TABLE);
    const texts = new Set([...table.cells.values()].map((c) => c.value));
    expect(texts.has(`Захід ${N}`)).toBe(true);
    expect(texts.has('Захід 1')).toBe(true);
    expect(fake.snapshot('Лист1')).toBe(plan);
  }, 300_000);
});

describe('a plan with long reports past the response limit', () => {
  it('is read in blocks, halved when Excel still refuses one, and nothing is lost', async () => {
    const seed = planSheet(2500);
    const report = (n: number): string =>
      `Звіт ${n}: ${'проведено перевірку, складено довідку; '.repeat(45)}`;
    seed.rows!.forEach((row) => {
      if (typeof row[0] === 'number' && typeof row[4] === 'string') row[4] = report(row[0]);
    });
    const fake = new FakeExcel([seed]);
    // Below what the host budgets for (4 MB): Excel refuses blocks the estimate thought would fit.
    fake.payloadLimit = 2 * 1024 * 1024;
    const refused: string[] = [];
    const sync = fake.sync.bind(fake);
    fake.sync = (ctx: FakeContext) =>
      sync(ctx).catch((e: { code?: string }) => {
        refused.push(String(e.code));
        throw e;
      });
    const result = await serviceFor(fake).check();
    expect(result.measureCount).toBe(2500);
    // At least one block was refused, and halved until Excel took it.
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(new Set(refused)).toEqual(new Set(['ResponsePayloadSizeLimitExceeded']));
    // Nothing was lost on the way: the same findings as the core gives on the same cells.
    const expected = analyse(seedGrid(seed), { asOf: TODAY });
    if (!expected.ok) throw new Error('fixture is not a plan');
    expect(result.findings.map((f) => `${f.rule}@${f.cell}`).sort()).toEqual(
      expected.findings.map((f) => `${f.rule}@${f.cell}`).sort(),
    );
  }, 120_000);
});

describe('a storm of edits', () => {
  it('500 edits within one second cause one re-check after the debounce, with the last edit in it', async () => {
    const fake = fakeWithPlan(28);
    const service = serviceFor(fake);
    const rechecks: Promise<number>[] = [];
    const stop = await service.watchPlan(() => {
      rechecks.push(service.check().then((r) => r.findings.filter((f) => f.row === 5).length));
    });
    jest.useFakeTimers();
    for (let i = 0; i < 500; i++) {
      fake.userEdit('Лист1', 'E5', i === 499 ? '' : `правка ${i}`);
      jest.advanceTimersByTime(2);
    }
    expect(rechecks).toHaveLength(0);
    jest.advanceTimersByTime(600);
    await jest.runAllTimersAsync();
    jest.advanceTimersByTime(10_000);
    expect(rechecks.length).toBeGreaterThanOrEqual(1);
    expect(rechecks.length).toBeLessThanOrEqual(2);
    jest.useRealTimers();
    // The re-check saw the last edit: measure 2's execution cell (E5) is empty again, so it is reported.
    expect(await rechecks[rechecks.length - 1]).toBeGreaterThan(0);
    await stop();
    expect(fake.handlerCount('Лист1')).toBe(0);
  });

  it('two bursts farther apart than the debounce give two re-checks, no more', async () => {
    const fake = fakeWithPlan(28);
    const service = serviceFor(fake);
    let rechecks = 0;
    const stop = await service.watchPlan(() => {
      rechecks++;
      void service.check();
    });
    jest.useFakeTimers();
    // Two bursts of 250 edits, 700 ms apart (longer than the debounce): a re-check after each, no more.
    for (const burst of [0, 1]) {
      for (let i = 0; i < 250; i++) {
        fake.userEdit('Лист1', 'E5', `правка ${burst}-${i}`);
        jest.advanceTimersByTime(1);
      }
      jest.advanceTimersByTime(700);
      await jest.runAllTimersAsync();
    }
    jest.advanceTimersByTime(10_000);
    expect(rechecks).toBe(2);
    jest.useRealTimers();
    await stop();
  });
});

describe('the fixture', () => {
  it('planSheet seeds are what the tests above assume', () => {
    const seed = planSheet(28);
    // Row 5 of the sheet is measure 2 (title, header, section I, measures 1 and 2).
    expect(seed.rows![4][0]).toBe(2);
  });
});
