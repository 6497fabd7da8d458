// Writing sheets of ours, whatever they are (the report, a snapshot): the plan read under the workbook's
// lock (generate-lock.ts), the new sheets written under temporary names (report-write.ts) and swapped in for
// our old ones (sheet-swap.ts). Two round trips after the plan is read, whatever the sheets' size while
// their values fit one request:  4 the new sheets (+1 per further 4 MB)  5 the swap.
// A failure is put right at once when the workbook is still there; otherwise the next run does it.
import type { SheetSpec } from '../core/report/sheet-spec';
import type { Lang } from '../core/i18n/lang';
import { lockRefusal, type LockOwner, queueAcquire, releaseQuietly } from './generate-lock';
import { type LocateEnv, type LocateHooks, type LocatedPlan, locatePlan } from './locate-plan';
import { OPTIONAL_REQUIREMENTS, supports } from './requirements';
import { writeTemporarySheets } from './report-write';
import type { NamePlan } from './sheet-naming';
import { keptReport, planSwap, recoverSwap, swapSheets, type SwapPlan } from './sheet-swap';
import { WORK_NAME, type WorkbookInfo } from './workbook-info';

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

/** Round trips 1–3 with the lock asked for in round trip 2: the plan, read while no other run writes. */
export async function locateUnderLock(
  context: Excel.RequestContext,
  env: GenerateEnv,
  hooks: LocateHooks = {},
): Promise<LocatedPlan> {
  const seen: { info: WorkbookInfo | null } = { info: null };
  return locatePlan(context, env, {
    ...hooks,
    beforeWindows: (ctx, info) => {
      queueAcquire(ctx, info, env.lock, env.lang());
      seen.info = info;
      hooks.beforeWindows?.(ctx, info);
    },
  }).catch(async (e: unknown) => {
    const refused = seen.info ? lockRefusal(e, seen.info, env.lock, env.lang()) : null;
    if (refused) throw refused;
    // Anything else after the lock was asked for (no plan, a lost connection): it goes if it is ours.
    if (seen.info) await releaseQuietly(context, env.lock).catch(() => undefined);
    throw e;
  });
}

export interface WrittenSheets {
  names: string[];
  kept: { sheet: string; keptAs: string }[];
  notes: string[];
}

/**
 * Round trips 4–5: `specs` written and swapped in for the sheets `naming` replaces, each marked as ours
 * (custom properties, the mark list, and the defined name `…<role>_<markKeys[i]>` the CLI reads too); the
 * lock released with the swap, or after a failure.
 */
export async function replaceOurSheets(
  context: Excel.RequestContext,
  located: LocatedPlan,
  specs: SheetSpec[],
  naming: NamePlan,
  markKeys: string[],
  env: GenerateEnv,
  progress: (fraction: number) => void,
  activate = false,
): Promise<WrittenSheets> {
  const { info } = located;
  let swap: SwapPlan | null = null;
  const stamp = env.lock.now().toString(36).slice(-6);
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
      supports(env.isSet, OPTIONAL_REQUIREMENTS.names),
      markKeys,
    );
    await swapSheets(context, swap, activate);
  } catch (e) {
    // Put things back as they were (or, once old sheets are gone, finish the swap): never half of each.
    const plan = swap;
    await (plan ? recoverSwap(context, plan) : deleteTemporarySheets(context, temps)).catch(() => undefined);
    await releaseQuietly(context, env.lock).catch(() => undefined);
    throw e;
  }
  progress(1);
  return { names: naming.names, ...keptReport(swap, env.lang()) };
}
