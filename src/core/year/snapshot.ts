// A snapshot: the plan's monitoring state on a date, per measure, so what was reported at 30.06 survives
// when the execution column is written over for 31.12. Kept in the workbook as a sheet of ours
// (snapshot-sheet.ts) and read back from it (read-snapshot.ts) to say what changed since (changes.ts).
import type { Lang } from '../i18n/lang';
import { findingText } from '../i18n/messages';
import type { Finding, Period, Plan, RuleId, Severity, Status, Summary } from '../types';
import type { ReportPeriod } from './report-period';

export interface SnapshotFinding {
  rule: RuleId;
  severity: Severity;
  /** The finding's message as the snapshot wrote it (in its language). */
  message: string;
}

export interface SnapshotMeasure {
  /** Who this measure is across snapshots: see measureKeys(). */
  key: string;
  /** Texts exactly as written in the plan on the date ('' for an empty cell or a column the plan lacks). */
  number: string;
  measure: string;
  deadline: string;
  /** The office's status word (status column), as written. */
  statusText: string;
  execution: string;
  actualDate: string;
  /** The status read from the status word or the execution text. */
  status: Status;
  /** The deadline had passed on the date and the measure was not settled. */
  overdue: boolean;
  findings: SnapshotFinding[];
  /** The plan sheet's row (1-based) on the date. */
  row: number;
}

export interface Snapshot {
  /** The date the state is of, YYYY-MM-DD. */
  asOf: string;
  /** The day the snapshot was taken, YYYY-MM-DD. */
  taken: string;
  planSheet: string;
  planPeriod: Period;
  /** The reporting period's code (`2024-H1`) when the snapshot was taken for one. */
  reportPeriod: string | null;
  measures: SnapshotMeasure[];
}

export interface SnapshotOptions {
  asOf: string;
  taken: string;
  reportPeriod?: ReportPeriod;
  /** Language the findings' messages are written in. */
  lang?: Lang;
}

/**
 * Keys that follow a measure from one snapshot to the next: its number as written without a trailing `.` or
 * `)` (`1.` and `1` are the same measure); a number seen again gets `#2`, `#3` in sheet order; a measure
 * without a number is known by its row (`р.12`), the best there is.
 */
export function measureKeys(measures: readonly { number: string; row: number }[]): string[] {
  const seen = new Map<string, number>();
  return measures.map((m) => {
    const number = m.number.trim().replace(/[.)]+$/u, '');
    if (number === '') return `р.${m.row}`;
    const n = (seen.get(number) ?? 0) + 1;
    seen.set(number, n);
    return n === 1 ? number : `${number}#${n}`;
  });
}

/** The state of every measure on `asOf`, from a plan validated (and summarised) as of that date. */
export function takeSnapshot(
  plan: Plan,
  findings: Finding[],
  summary: Summary,
  opts: SnapshotOptions,
): Snapshot {
  const lang = opts.lang ?? 'uk';
  const overdue = new Set(summary.overdue.map((o) => o.row));
  const byRow = new Map<number, SnapshotFinding[]>();
  for (const f of findings) {
    const list = byRow.get(f.row) ?? [];
    list.push({ rule: f.rule, severity: f.severity, message: findingText(f, lang) });
    byRow.set(f.row, list);
  }
  const keys = measureKeys(plan.measures);
  return {
    asOf: opts.asOf,
    taken: opts.taken,
    planSheet: plan.sheetName,
    planPeriod: { from: plan.period.from, to: plan.period.to },
    reportPeriod: opts.reportPeriod?.code ?? null,
    measures: plan.measures.map((m, i) => ({
      key: keys[i],
      number: m.number,
      measure: m.measure,
      deadline: m.deadline.text,
      statusText: m.statusText ?? '',
      execution: m.execution,
      actualDate: m.actualDate ?? '',
      status: m.status.status,
      overdue: overdue.has(m.row),
      findings: byRow.get(m.row) ?? [],
      row: m.row,
    })),
  };
}

/** The latest snapshot before `asOf` (the one a new snapshot is compared with), or null. */
export function previousSnapshot<T extends Pick<Snapshot, 'asOf'>>(
  snapshots: readonly T[],
  asOf: string,
): T | null {
  let best: T | null = null;
  for (const s of snapshots) if (s.asOf < asOf && (!best || s.asOf > best.asOf)) best = s;
  return best;
}
