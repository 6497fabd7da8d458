// Generate, part one: the new sheets written under temporary names, in as few requests as Excel's 5 MB
// request limit allows (one, up to several thousand measures), nothing of ours marked yet. The same
// requests bring back what our earlier report sheets hold, to see whether the user changed them.
import type { SheetSpec } from '../core/report/sheet-spec';
import { fingerprintBox, valuesFingerprint } from './fingerprint';
import { queueHeartbeat, type LockOwner } from './generate-lock';
import type { LocatedPlan } from './locate-plan';
import { type IsSetSupported, OPTIONAL_REQUIREMENTS, supports } from './requirements';
import { readAreas, RESPONSE_BUDGET } from './area-reads';
import type { Box } from './sheet-reads';
import { layoutWrites, packRequests, rangeAddress, valueWrites, type Write } from './write-spec';
import type { SheetInfo } from './workbook-info';

export interface WriteEnv {
  isSet: IsSetSupported;
  lock: LockOwner;
  progress: (fraction: number) => void;
}

export interface Written {
  /** The new sheets, ids loaded, in the specs' order. */
  fresh: Excel.Worksheet[];
  /** Our old sheets (by id) that no longer hold what we wrote: the user changed them. */
  changed: Set<string>;
}

/** Our old sheets to replace, and how to tell whether the user changed each since we wrote it. */
function changeChecks(located: LocatedPlan, replace: SheetInfo[]) {
  const checks: { sheet: SheetInfo; fingerprint: string; box: Box }[] = [];
  const changed = new Set<string>();
  for (const sheet of replace) {
    const fingerprint = located.owned.get(sheet.id)?.fingerprint;
    if (!fingerprint) continue; // written before fingerprints: replaced as it always was
    const now = located.windows.get(sheet.id)?.extent ?? null;
    const then = fingerprintBox(fingerprint);
    if (!now || !then) {
      if (now !== then) changed.add(sheet.id);
      continue;
    }
    if (
      now.top !== then.top ||
      now.left !== then.left ||
      now.bottom !== then.bottom ||
      now.right !== then.right
    )
      changed.add(sheet.id); // a line added or removed: no need to read the cells
    else checks.push({ sheet, fingerprint, box: now });
  }
  return { checks, changed };
}

function suspend(context: Excel.RequestContext, isSet: IsSetSupported, screen: boolean): void {
  if (supports(isSet, OPTIONAL_REQUIREMENTS.calculationSuspend))
    context.workbook.application.suspendApiCalculationUntilNextSync();
  // Once per action: repeated calls make the window flicker (the reference says so).
  if (screen && supports(isSet, OPTIONAL_REQUIREMENTS.screenUpdatingSuspend))
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

export async function writeTemporarySheets(
  context: Excel.RequestContext,
  located: LocatedPlan,
  specs: SheetSpec[],
  temps: string[],
  replace: SheetInfo[],
  leftovers: SheetInfo[],
  env: WriteEnv,
): Promise<Written> {
  const { isSet } = env;
  const support = {
    freezePanes: supports(isSet, OPTIONAL_REQUIREMENTS.freezePanes),
    printSetup: supports(isSet, OPTIONAL_REQUIREMENTS.printSetup),
    rangeAreas: supports(isSet, OPTIONAL_REQUIREMENTS.rangeAreas),
  };
  // Formats first, then values, then what needs the values in place (charts).
  const layout = specs.flatMap((spec, i) => layoutWrites(i, spec, support));
  const writes: Write[] = [
    ...layout.filter((w) => !w.after),
    ...specs.flatMap((spec, i) => valueWrites(i, spec)),
    ...layout.filter((w) => w.after),
  ];
  const requests = packRequests(writes);

  // What our old sheets hold comes back with the first write when it fits its response, else before it.
  const { checks, changed } = changeChecks(located, replace);
  const perCell = located.windows.get(located.sheet.id)?.bytesPerCell ?? 16;
  const estimate = checks.reduce(
    (n, c) => n + (c.box.bottom - c.box.top + 1) * (c.box.right - c.box.left + 1) * perCell * 1.5,
    0,
  );
  let reads: { check: (typeof checks)[number]; range: Excel.Range }[] = [];
  if (estimate > RESPONSE_BUDGET) {
    const read = await readAreas(
      context,
      checks.map((c, i) => ({
        key: String(i),
        sheet: c.sheet,
        area: c.box,
        withTypes: false,
        withMerges: false,
        bytesPerCell: perCell,
      })),
    );
    checks.forEach((c, i) => {
      const rows = read.get(String(i))!.rows;
      if (valuesFingerprint(rows.values, c.box.top, c.box.left) !== c.fingerprint) changed.add(c.sheet.id);
    });
  }

  const fresh: Excel.Worksheet[] = [];
  let sent = 0;
  env.progress(0.1);
  await requests.reduce(async (previous, request, n) => {
    await previous;
    suspend(context, isSet, n === 0);
    if (n === 0) {
      for (const old of leftovers) context.workbook.worksheets.getItem(old.id).delete();
      for (const name of temps) fresh.push(context.workbook.worksheets.add(name));
      fresh.forEach((ws) => ws.load('id'));
      if (estimate <= RESPONSE_BUDGET) {
        reads = checks.map((check) => {
          const range = context.workbook.worksheets.getItem(check.sheet.id).getRange(rangeAddress(check.box));
          range.load('values');
          return { check, range };
        });
      }
    }
    queueHeartbeat(context, env.lock);
    for (const w of request) w.queue(fresh[w.sheet]);
    // Sequential by design: each request waits for the last (a reduce keeps the syncs out of a loop).
    await context.sync();
    sent += request.length;
    env.progress(0.1 + (0.8 * sent) / Math.max(1, writes.length));
  }, Promise.resolve());

  for (const { check, range } of reads)
    if (valuesFingerprint(range.values, check.box.top, check.box.left) !== check.fingerprint)
      changed.add(check.sheet.id);
  return { fresh, changed };
}
