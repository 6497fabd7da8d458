// Generate: the plan read under the workbook's generate lock, the report built by the core, written under
// temporary names (report-write.ts) and swapped in for our old sheets (sheet-swap.ts). Five round trips
// whatever the plan's size while its values fit one request:
//   1 the sheet list and records   2 the lock, windows and marks   3 the plan's area
//   4 the new sheets (+1 per further 4 MB of request)   5 the swap.
// A failure is put right at once when the workbook is still there; otherwise the next run does it.
import type { GenerateResult } from '../app/plan-service';
import type { Lang } from '../core/i18n/lang';
import { buildExecutionTable } from '../core/report/execution-table';
import { buildSummarySheet } from '../core/report/summary-sheet';
import type { SheetSpec } from '../core/report/sheet-spec';
import { lockRefusal, type LockOwner, queueAcquire, releaseQuietly } from './generate-lock';
import { type LocateEnv, locatePlan } from './locate-plan';
import { OPTIONAL_REQUIREMENTS, supports } from './requirements';
import { writeTemporarySheets } from './report-write';
import { planSheetNames } from './sheet-naming';
import { keptReport, planSwap, recoverSwap, swapSheets, type SwapPlan } from './sheet-swap';
import { isWorkSheet, WORK_NAME, type WorkbookInfo } from './workbook-info';

export interface GenerateEnv extends LocateEnv {
  lock: LockOwner;
  lang: () => Lang;
}

/** After a failure before the swap: whatever still has a temporary name is unfinished and goes. */
async function deleteTemporarySheets(context: Excel.RequestContext, temps: string[]): Promise<void> {
  const found = temps.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  found.forEach((ws) => ws.load('name'));
  await context.sync();
  found.filter((ws) => !ws.isNullObject).forEach((ws) => ws.delete());
  await context.sync();
}

export async function generateReport(
  context: Excel.RequestContext,
  env: GenerateEnv,
  progress: (fraction: number) => void,
): Promise<GenerateResult> {
  progress(0);
  const seen: { info: WorkbookInfo | null } = { info: null };
  const located = await locatePlan(context, env, {
    beforeWindows: (ctx, info) => {
      queueAcquire(ctx, info, env.lock, env.lang());
      seen.info = info;
    },
  }).catch(async (e: unknown) => {
    const refused = seen.info ? lockRefusal(e, seen.info, env.lock, env.lang()) : null;
    if (refused) throw refused;
    // Anything else after the lock was asked for (no plan, a lost connection): it goes if it is ours.
    if (seen.info) await releaseQuietly(context, env.lock).catch(() => undefined);
    throw e;
  });
  const { info } = located;
  let swap: SwapPlan | null = null;
  const stamp = env.lock.now().toString(36).slice(-6);
  const specs: SheetSpec[] = [
    // The report is an official Ukrainian paper: its own words stay Ukrainian whatever language Office or
    // the pane speaks (the CLI's --lang is there for anyone who needs an English copy).
    buildExecutionTable(located.plan, { lang: 'uk' }),
    buildSummarySheet(located.plan, located.summary, { lang: 'uk' }),
  ];
  const roles = new Map([...located.owned].map(([id, o]) => [id, o.role]));
  const naming = planSheetNames(
    specs,
    info.sheets.filter((s) => !isWorkSheet(s.name)),
    roles,
  );
  const temps = specs.map((_, i) => `~tmp-${stamp}-${i}`);
  const parked = naming.replace.map((_, i) => `~old-${stamp}-${i}`);
  // What a run that lost the workbook left: ours by their names; we hold the lock, so no run is using them.
  const leftovers = info.sheets.filter((s) => WORK_NAME.test(s.name));
  progress(0.1);
  try {
    const written = await writeTemporarySheets(context, located, specs, temps, naming.replace, leftovers, {
      isSet: env.isSet,
      lock: env.lock,
      progress,
    });
    swap = planSwap(
      located,
      specs,
      written.fresh,
      naming,
      parked,
      written.changed,
      env.today(),
      supports(env.isSet, OPTIONAL_REQUIREMENTS.marks),
    );
    await swapSheets(context, swap);
  } catch (e) {
    // Put things back as they were (or, once old sheets are gone, finish the swap): never half of each.
    const plan = swap;
    await (plan ? recoverSwap(context, plan) : deleteTemporarySheets(context, temps)).catch(() => undefined);
    await releaseQuietly(context, env.lock).catch(() => undefined);
    throw e;
  }
  progress(1);
  const { kept, notes } = keptReport(swap, env.lang());
  return kept.length ? { sheets: naming.names, kept, notes } : { sheets: naming.names };
}
