// `--period 2024-H1 | 2024-Q3 | 2024-9M | 2024 | FROM..TO` for check, generate and snapshot: the argument's
// schema, what it does to a loaded plan (findings as of the period's end, measures not yet due left out),
// the lines `check` prints about it and the additive `reportPeriod` of `--json`.
import { z } from 'zod';
import { dottedDate } from '../core/calendar';
import type { Lang } from '../core/i18n/lang';
import { periodView, STANDINGS, standingCounts, type PeriodView } from '../core/year/period-view';
import {
  overlapsPlan,
  parseReportPeriod,
  periodAsOf,
  reportPeriodPhrase,
  type ReportPeriod,
} from '../core/year/report-period';
import { CliError } from './cli-error';
import type { LoadedPlan } from './load-plan';
import { sayYear } from './year-messages';

export const periodArgSchema = z.string().transform((text, ctx): ReportPeriod => {
  const parsed = parseReportPeriod(text);
  if (parsed.ok) return parsed.period;
  ctx.addIssue({ code: 'custom', message: parsed.reason });
  return z.NEVER;
});

export function periodError(lang: Lang, value: unknown): CliError {
  return new CliError(sayYear(lang, 'badPeriod', { value: String(value) }));
}

/** The as-of date for a run: the period's end, unless an earlier date was asked for (or today is earlier). */
export function asOfFor(period: ReportPeriod | undefined, asOf: string): string {
  return period ? periodAsOf(period, asOf) : asOf;
}

/** The loaded plan seen for the period; a period outside the plan's is refused. */
export function applyPeriod(loaded: LoadedPlan, period: ReportPeriod, asOf: string, lang: Lang): PeriodView {
  const { plan } = loaded;
  if (!overlapsPlan(period, plan.period)) {
    throw new CliError(
      sayYear(lang, 'periodOutsidePlan', {
        period: reportPeriodPhrase(period, lang),
        from: dottedDate(plan.period.from),
        to: dottedDate(plan.period.to),
      }),
    );
  }
  return periodView(plan, loaded.findings, period, asOf);
}

/** What `check` says about the period, after its heading. */
export function periodLines(view: PeriodView, lang: Lang): string[] {
  const lines = [
    sayYear(lang, 'reportPeriod', {
      period: reportPeriodPhrase(view.period, lang),
      from: dottedDate(view.period.from),
      to: dottedDate(view.period.to),
      asOf: dottedDate(view.asOf),
    }),
  ];
  const notYet = view.measures.filter((m) => m.standing === 'not-yet-due');
  if (notYet.length > 0) {
    lines.push(
      sayYear(lang, 'notYetDue', {
        count: String(notYet.length),
        numbers: notYet.map((m) => m.number || `р. ${m.row}`).join(', '),
      }),
    );
  }
  return lines;
}

const row = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.strictObject({
  total: z.number().int().nonnegative(),
  unreported: z.number().int().nonnegative(),
});

/** `--json`'s `reportPeriod`: present only when `--period` was given. */
export const reportPeriodJsonSchema = z.strictObject({
  code: z.string(),
  from: isoDate,
  to: isoDate,
  /** The title's phrase in the chosen language: `І півріччя 2024 року`. */
  phrase: z.string(),
  asOf: isoDate,
  counts: z.strictObject(Object.fromEntries(STANDINGS.map((s) => [s, count]))),
  measures: z.array(
    z.strictObject({ row, number: z.string(), standing: z.enum(STANDINGS), reported: z.boolean() }),
  ),
});
export type ReportPeriodJson = z.infer<typeof reportPeriodJsonSchema>;

export function reportPeriodJson(view: PeriodView, lang: Lang): ReportPeriodJson {
  return {
    code: view.period.code,
    from: view.period.from,
    to: view.period.to,
    phrase: reportPeriodPhrase(view.period, lang),
    asOf: view.asOf,
    counts: standingCounts(view),
    measures: view.measures.map((m) => ({ ...m })),
  };
}

/** `-2024-H1`: a period's report does not take the year report's default file name. */
export function periodSuffix(period: ReportPeriod | undefined): string {
  return period ? `-${period.code.replace('..', '_')}` : '';
}
