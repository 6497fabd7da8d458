// The officer's year in Excel: «Зафіксувати стан на дату» (a snapshot sheet of ours and the changes since the
// last one), the changes since the last snapshot without writing, and the reads both need. The core decides
// everything (core/year: planSnapshot, changesSinceKept); this reads the workbook and writes its sheets.
// Round trips: snapshot 5, as generate (the snapshot sheets are read with the plan's area, in round trip 3);
// changes 3, as a check.
import type { ChangesList, ChangesResult, SnapshotResult } from '../app/plan-service';
import type { SnapshotChanges } from '../core/year/changes';
import { readSnapshotSheet } from '../core/year/read-snapshot';
import {
  changesSinceKept,
  planSnapshot,
  type KeptSnapshot,
  type WorkbookSheetView,
} from '../core/year/snapshot-workbook';
import type { AreaRequest } from './area-reads';
import { toGrid } from './cell-values';
import {
  type LocateEnv,
  type LocateHooks,
  type LocatedPlan,
  locatePlan,
  type PlanLocation,
} from './locate-plan';
import { type GenerateEnv, locateUnderLock, replaceOurSheets } from './our-sheets';
import type { NamePlan } from './sheet-naming';
import { isWorkSheet } from './workbook-info';

/**
 * The sheets that may hold a snapshot: ours of role `snapshot`, and any other sheet whose window already
 * reads as one (a snapshot whose mark was lost, one the CLI wrote before its marks were read). Read whole.
 */
function snapshotAreas(where: PlanLocation): AreaRequest[] {
  const out: AreaRequest[] = [];
  for (const s of where.info.sheets) {
    if (isWorkSheet(s.name) || s.id === where.sheet.id || s.id === where.positions?.id) continue;
    const w = where.windows.get(s.id);
    if (!w?.extent) continue;
    const role = where.owned.get(s.id)?.role ?? null;
    const candidate = role === 'snapshot' || (role === null && readSnapshotSheet(w.grid).ok);
    if (!candidate) continue;
    out.push({
      key: s.id,
      sheet: s,
      area: w.extent,
      withTypes: false,
      withMerges: false,
      bytesPerCell: w.bytesPerCell,
    });
  }
  return out;
}

const SNAPSHOT_HOOKS: LocateHooks = { windowAll: true, moreAreas: snapshotAreas };

/** Every sheet as the core sees a workbook: its name, whether it is ours (and as what), the cells read. */
function sheetViews(located: LocatedPlan): WorkbookSheetView[] {
  return located.info.sheets
    .filter((s) => !isWorkSheet(s.name))
    .map((s) => {
      const read = located.more.get(s.id);
      const role = located.owned.get(s.id)?.role ?? null;
      return {
        name: s.name,
        role,
        ...(read ? { grid: toGrid(s.name, read.rows, [], located.info.date1904) } : {}),
      };
    });
}

/** The core's snapshot input from the plan as read (for the settings' period, if any). */
function snapshotInput(located: LocatedPlan, taken: string) {
  return {
    plan: located.plan,
    findings: located.findings,
    summary: located.summary,
    asOf: located.asOf,
    taken,
    ...(located.period ? { reportPeriod: located.period } : {}),
    // A working sheet for the officer, read back in either language: Ukrainian, as the report.
    lang: 'uk' as const,
  };
}

function changesList(changes: SnapshotChanges | null, previous: KeptSnapshot | null): ChangesList | null {
  if (!changes || !previous) return null;
  return {
    since: changes.since,
    asOf: changes.asOf,
    sinceSheet: previous.sheet,
    changes: changes.changes,
    counts: changes.counts,
  };
}

export async function takeSnapshot(
  context: Excel.RequestContext,
  env: GenerateEnv,
  progress: (fraction: number) => void,
): Promise<SnapshotResult> {
  progress(0);
  const located = await locateUnderLock(context, env, SNAPSHOT_HOOKS);
  const planned = planSnapshot(snapshotInput(located, env.today()), sheetViews(located));
  // Only a `since` date asked for can fail, and the pane asks for none.
  if (!planned.ok) throw new Error(`no snapshot of ${planned.since}`);
  const specs = planned.sheets.map((s) => s.spec);
  const byName = new Map(located.info.sheets.map((s) => [s.name, s]));
  const naming: NamePlan = {
    names: specs.map((s) => s.name),
    replace: planned.sheets.flatMap((s) =>
      s.replaces && byName.has(s.replaces) ? [byName.get(s.replaces)!] : [],
    ),
  };
  // The CLI's marks: `…snapshot_20240630`, `…snapshot_changes_20240630`.
  const key = located.asOf.replace(/-/g, '');
  const written = await replaceOurSheets(
    context,
    located,
    specs,
    naming,
    specs.map(() => key),
    env,
    progress,
  );
  return {
    asOf: located.asOf,
    sheets: written.names,
    replaced: planned.sheets[0].replaces !== null,
    changes: changesList(planned.changes, planned.previous),
    ...(written.kept.length ? { kept: written.kept, notes: written.notes } : {}),
  };
}

export async function changesSinceSnapshot(
  context: Excel.RequestContext,
  env: LocateEnv,
): Promise<ChangesResult> {
  const located = await locatePlan(context, env, SNAPSHOT_HOOKS);
  const current = changesSinceKept(snapshotInput(located, env.today()), sheetViews(located));
  return {
    asOf: located.asOf,
    snapshots: [...new Set(current.kept.map((k) => k.snapshot.asOf))],
    changes: changesList(current.changes, current.previous),
  };
}
