// A plan seen for a reporting period: which measures were due by the period's end, which are still running,
// which are not yet due. A measure not yet due is no finding and is not "missing": its report comes later.
import type { Finding, Measure, Period, Plan, RuleId, Summary } from '../types';
import { summarise } from '../summary/summarise';
import type { ReportPeriod } from './report-period';

/**
 * - `due`: the deadline ended by the period's end (or before it began);
 * - `ongoing`: the deadline began by the period's end and runs past it (continuous, `ІІІ-ІV квартал` in Q3);
 * - `not-yet-due`: the deadline begins after the period;
 * - `conditional`: no date, done if the event happens (judged in every period);
 * - `undated`: the deadline is missing or not understood.
 */
export const STANDINGS = ['due', 'ongoing', 'not-yet-due', 'conditional', 'undated'] as const;
export type Standing = (typeof STANDINGS)[number];

export function standingOf(m: Measure, period: Period): Standing {
  const d = m.deadline;
  if (d.kind === 'conditional') return 'conditional';
  if (d.from === null || d.to === null) return 'undated';
  if (d.to <= period.to) return 'due';
  if (d.from > period.to) return 'not-yet-due';
  return 'ongoing';
}

/** Findings that judge a measure by its deadline: they wait until the measure is due. */
const DEADLINE_FINDINGS: ReadonlySet<RuleId> = new Set<RuleId>([
  'missing-execution',
  'due-soon',
  'late-execution',
]);

export interface MeasureStanding {
  row: number;
  number: string;
  standing: Standing;
  /** Anything reported: a status word or an execution text. */
  reported: boolean;
}

export interface PeriodView {
  period: ReportPeriod;
  /** The date deadlines were judged as of (the period's end unless an earlier date was asked for). */
  asOf: string;
  measures: MeasureStanding[];
  /** The findings for this period: deadline findings of measures not yet due are left out. */
  findings: Finding[];
  /** The summary over those findings. */
  summary: Summary;
}

/** The period's view of a plan validated as of `asOf` (which the caller has already limited to the period's end). */
export function periodView(plan: Plan, findings: Finding[], period: ReportPeriod, asOf: string): PeriodView {
  const measures = plan.measures.map((m) => ({
    row: m.row,
    number: m.number,
    standing: standingOf(m, period),
    reported: m.status.status !== 'none',
  }));
  const notYetDue = new Set(measures.filter((m) => m.standing === 'not-yet-due').map((m) => m.row));
  const kept = findings.filter((f) => !(DEADLINE_FINDINGS.has(f.rule) && notYetDue.has(f.row)));
  return { period, asOf, measures, findings: kept, summary: summarise(plan, kept, asOf) };
}

export type StandingCounts = Record<Standing, { total: number; unreported: number }>;

export function standingCounts(view: Pick<PeriodView, 'measures'>): StandingCounts {
  const counts = Object.fromEntries(STANDINGS.map((s) => [s, { total: 0, unreported: 0 }])) as StandingCounts;
  for (const m of view.measures) {
    counts[m.standing].total++;
    if (!m.reported) counts[m.standing].unreported++;
  }
  return counts;
}
