// What changed between two snapshots: which measures changed status, got a report, became overdue. Measures
// are matched by key (snapshot.ts: the number as written), so rows may move between the two dates.
import type { Status } from '../types';
import type { Snapshot, SnapshotMeasure } from './snapshot';

export const CHANGE_KINDS = [
  'status-changed',
  'reported',
  'report-changed',
  'report-removed',
  'newly-overdue',
  'no-longer-overdue',
  'added',
  'removed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface SnapshotChange {
  kind: ChangeKind;
  key: string;
  number: string;
  measure: string;
  /** The plan row in the later snapshot (in the earlier one for a removed measure). */
  row: number;
  /** For status changes the status words; for reports the execution texts as written. */
  before?: Status | string;
  after?: Status | string;
}

export interface SnapshotChanges {
  since: string;
  asOf: string;
  changes: SnapshotChange[];
  counts: Record<ChangeKind, number>;
}

const isBlank = (s: string) => s.trim() === '';
/** A report is anything written in the execution or status cell. */
const reportOf = (m: SnapshotMeasure) => (isBlank(m.execution) ? m.statusText : m.execution);

/** The changes from `before` to `after`, in the order of the later plan (removed measures last). */
export function compareSnapshots(before: Snapshot, after: Snapshot): SnapshotChanges {
  const earlier = new Map(before.measures.map((m) => [m.key, m]));
  const changes: SnapshotChange[] = [];
  const add = (kind: ChangeKind, m: SnapshotMeasure, extra: Partial<SnapshotChange> = {}) =>
    changes.push({ kind, key: m.key, number: m.number, measure: m.measure, row: m.row, ...extra });

  for (const now of after.measures) {
    const was = earlier.get(now.key);
    if (!was) {
      add('added', now);
      if (now.overdue) add('newly-overdue', now);
      continue;
    }
    earlier.delete(now.key);
    if (was.status !== now.status) add('status-changed', now, { before: was.status, after: now.status });
    const [a, b] = [reportOf(was), reportOf(now)];
    if (isBlank(a) && !isBlank(b)) add('reported', now, { after: b });
    else if (!isBlank(a) && isBlank(b)) add('report-removed', now, { before: a });
    else if (a !== b) add('report-changed', now, { before: a, after: b });
    if (!was.overdue && now.overdue) add('newly-overdue', now);
    if (was.overdue && !now.overdue) add('no-longer-overdue', now);
  }
  for (const gone of earlier.values()) add('removed', gone);

  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const c of changes) counts[c.kind]++;
  return { since: before.asOf, asOf: after.asOf, changes, counts };
}
