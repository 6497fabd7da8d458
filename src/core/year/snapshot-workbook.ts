// Taking a snapshot in a workbook, whatever the host: the snapshot sheet (replacing ours for the same date),
// the earlier snapshots read back from their sheets, and the changes since the last one as a second sheet.
// Hosts read the workbook's sheets (cells and which are ours) and write the sheets this returns.
import type { Grid } from '../grid';
import type { Lang } from '../i18n/lang';
import type { Finding, Plan, Summary } from '../types';
import { buildChangesSheet, changesSheetName } from './changes-sheet';
import { compareSnapshots, type SnapshotChanges } from './changes';
import { readSnapshotSheet } from './read-snapshot';
import type { ReportPeriod } from './report-period';
import { placeSheet, type ExistingSheet } from './sheet-place';
import { previousSnapshot, takeSnapshot, type Snapshot } from './snapshot';
import { buildSnapshotSheet, snapshotSheetName } from './snapshot-sheet';
import type { YearSheetSpec } from './year-sheet';

export interface WorkbookSheetView extends ExistingSheet {
  /** The sheet's cells, for the sheets that may hold snapshots (ours of role `snapshot`, and users'). */
  grid?: Grid;
}

export interface SnapshotInput {
  plan: Plan;
  findings: Finding[];
  summary: Summary;
  asOf: string;
  /** Today, YYYY-MM-DD. */
  taken: string;
  reportPeriod?: ReportPeriod;
  /** Compare with the snapshot of this date instead of the latest earlier one. */
  since?: string;
  lang?: Lang;
}

export interface KeptSnapshot {
  sheet: string;
  snapshot: Snapshot;
}

export type SnapshotPlan =
  | {
      ok: true;
      snapshot: Snapshot;
      /** The snapshot compared with, and the sheet it was read from. */
      previous: KeptSnapshot | null;
      changes: SnapshotChanges | null;
      /** The sheets to write, in order: the snapshot, then the changes (when there is an earlier snapshot). */
      sheets: { spec: YearSheetSpec; replaces: string | null }[];
      /** Every snapshot found in the workbook before this one, by date. */
      kept: KeptSnapshot[];
    }
  | { ok: false; reason: 'since-not-found'; since: string; dates: string[] };

/** The snapshots kept in a workbook's sheets: ours, and any sheet that reads as one. */
export function keptSnapshots(sheets: readonly WorkbookSheetView[]): KeptSnapshot[] {
  const out: KeptSnapshot[] = [];
  for (const s of sheets) {
    if (!s.grid || (s.role !== null && s.role !== 'snapshot')) continue;
    const read = readSnapshotSheet(s.grid);
    if (read.ok) out.push({ sheet: s.name, snapshot: read.snapshot });
  }
  return out.sort((a, b) =>
    a.snapshot.asOf < b.snapshot.asOf ? -1 : a.snapshot.asOf > b.snapshot.asOf ? 1 : 0,
  );
}

export function planSnapshot(input: SnapshotInput, sheets: readonly WorkbookSheetView[]): SnapshotPlan {
  const lang = input.lang ?? 'uk';
  const snapshot = takeSnapshot(input.plan, input.findings, input.summary, {
    asOf: input.asOf,
    taken: input.taken,
    reportPeriod: input.reportPeriod,
    lang,
  });
  // Only earlier states count (a snapshot for the same date is the one being replaced), of this plan's sheet
  // when there are such.
  const all = keptSnapshots(sheets).filter((k) => k.snapshot.asOf !== input.asOf);
  const same = all.filter((k) => k.snapshot.planSheet === input.plan.sheetName);
  const pool = same.length > 0 ? same : all;
  let previous: KeptSnapshot | null;
  if (input.since) {
    previous = pool.find((k) => k.snapshot.asOf === input.since) ?? null;
    if (!previous)
      return {
        ok: false,
        reason: 'since-not-found',
        since: input.since,
        dates: pool.map((k) => k.snapshot.asOf),
      };
  } else {
    const found = previousSnapshot(
      pool.map((k) => ({ asOf: k.snapshot.asOf, k })),
      input.asOf,
    );
    previous = found?.k ?? null;
  }

  const placed = placeSheet(snapshotSheetName(input.asOf), 'snapshot', sheets);
  const out: { spec: YearSheetSpec; replaces: string | null }[] = [
    { spec: buildSnapshotSheet(snapshot, lang, placed.name), replaces: placed.replaces },
  ];
  let changes: SnapshotChanges | null = null;
  if (previous) {
    changes = compareSnapshots(previous.snapshot, snapshot);
    const where = placeSheet(changesSheetName(input.asOf), 'snapshot-changes', sheets, [placed.name]);
    out.push({ spec: buildChangesSheet(changes, lang, where.name), replaces: where.replaces });
  }
  return { ok: true, snapshot, previous, changes, sheets: out, kept: all };
}

export interface CurrentChanges {
  /** The plan's state now, as of `asOf` (not written anywhere). */
  snapshot: Snapshot;
  /** The last snapshot kept up to `asOf` (of this plan's sheet when there are such), and its sheet. */
  previous: KeptSnapshot | null;
  changes: SnapshotChanges | null;
  /** Every snapshot found in the workbook, by date. */
  kept: KeptSnapshot[];
}

/**
 * What changed since the last snapshot kept in the workbook, without writing one: the plan as of `asOf`
 * compared with the latest snapshot of that date or earlier (one taken today for the same date shows what
 * changed since it was taken).
 */
export function changesSinceKept(
  input: Omit<SnapshotInput, 'since'>,
  sheets: readonly WorkbookSheetView[],
): CurrentChanges {
  const snapshot = takeSnapshot(input.plan, input.findings, input.summary, {
    asOf: input.asOf,
    taken: input.taken,
    reportPeriod: input.reportPeriod,
    lang: input.lang ?? 'uk',
  });
  const kept = keptSnapshots(sheets);
  const same = kept.filter((k) => k.snapshot.planSheet === input.plan.sheetName);
  const pool = (same.length > 0 ? same : kept).filter((k) => k.snapshot.asOf <= input.asOf);
  const previous = pool.length > 0 ? pool[pool.length - 1] : null;
  const changes = previous ? compareSnapshots(previous.snapshot, snapshot) : null;
  return { snapshot, previous, changes, kept };
}
