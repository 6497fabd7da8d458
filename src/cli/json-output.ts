// The shape `plan-report check --json` prints: a public promise to scripts, so it is a zod schema and the
// object is checked against it before printing. Dates are YYYY-MM-DD, rows are sheet row numbers (1-based),
// columns are letters, statuses and kinds are the core's stable words.
import { z } from 'zod';
import { columnLetter } from '../core/grid';
import type { Lang } from '../core/i18n/lang';
import { findingText } from '../core/i18n/messages';
import {
  COLUMN_KEYS,
  DEADLINE_KINDS,
  type Finding,
  type Plan,
  RULE_IDS,
  SEVERITIES,
  STATUSES,
  type Summary,
} from '../core/types';
import { reportPeriodJsonSchema, type ReportPeriodJson } from './period-option';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const row = z.number().int().positive();
const letters = z.string().regex(/^[A-Z]+$/);
const status = z.enum(STATUSES);
const statusCounts = z.strictObject(
  Object.fromEntries(STATUSES.map((s) => [s, z.number().int().nonnegative()])),
);
const group = z.strictObject({
  label: z.string(),
  total: z.number().int().nonnegative(),
  byStatus: statusCounts,
});

export const checkJsonSchema = z.strictObject({
  file: z.string(),
  sheet: z.string(),
  period: z.strictObject({ from: isoDate, to: isoDate }),
  asOf: isoDate,
  columns: z.partialRecord(z.enum(COLUMN_KEYS), letters),
  headerRows: z.array(row),
  sections: z.array(z.strictObject({ row, numeral: z.string().nullable(), title: z.string() })),
  measures: z.array(
    z.strictObject({
      row,
      /** The measure's first and last sheet rows (a measure pasted from Word spans several). */
      rows: z.tuple([row, row]),
      number: z.string(),
      /** The section's numeral, or its title when it has none; null before any section. */
      section: z.string().nullable(),
      measure: z.string(),
      deadline: z.strictObject({
        text: z.string(),
        kind: z.enum(DEADLINE_KINDS),
        from: isoDate.nullable(),
        to: isoDate.nullable(),
      }),
      responsible: z.array(z.string()),
      execution: z.string(),
      status,
    }),
  ),
  findings: z.array(
    z.strictObject({
      rule: z.enum(RULE_IDS),
      severity: z.enum(SEVERITIES),
      /** Cell address on `sheet`, e.g. `E25`. */
      cell: z.string().regex(/^[A-Z]+\d+$/),
      row,
      message: z.string(),
    }),
  ),
  summary: z.strictObject({
    asOf: isoDate,
    total: z.number().int().nonnegative(),
    byStatus: statusCounts,
    bySection: z.array(group.extend({ numeral: z.string().nullable() })),
    byResponsible: z.array(group),
    byDeadlineKind: z.strictObject(
      Object.fromEntries(DEADLINE_KINDS.map((k) => [k, z.number().int().nonnegative()])),
    ),
    findingsBySeverity: z.strictObject(
      Object.fromEntries(SEVERITIES.map((s) => [s, z.number().int().nonnegative()])),
    ),
    overdue: z.array(
      z.strictObject({
        row,
        number: z.string(),
        cell: z.string().regex(/^[A-Z]+\d+$/),
        deadlineTo: isoDate,
        responsible: z.array(z.string()),
        measure: z.string(),
      }),
    ),
  }),
  /** With --period only: the reporting period and where each measure stands in it. */
  reportPeriod: reportPeriodJsonSchema.optional(),
});

export type CheckJson = z.infer<typeof checkJsonSchema>;

export interface CheckJsonInput {
  file: string;
  plan: Plan;
  findings: Finding[];
  summary: Summary;
  asOf: string;
  lang: Lang;
  reportPeriod?: ReportPeriodJson;
}

/** Builds the --json object and checks it against the schema (throws if the promise would be broken). */
export function checkJson({
  file,
  plan,
  findings,
  summary,
  asOf,
  lang,
  reportPeriod,
}: CheckJsonInput): CheckJson {
  const columns: Record<string, string> = {};
  for (const key of COLUMN_KEYS) {
    const c = plan.columns[key];
    if (c !== undefined) columns[key] = columnLetter(c);
  }
  const sectionKey = (i: number | null): string | null => {
    if (i === null) return null;
    const s = plan.sections[i];
    return s ? (s.numeral ?? s.title) : null;
  };
  const object = {
    file,
    sheet: plan.sheetName,
    period: { from: plan.period.from, to: plan.period.to },
    asOf,
    columns,
    headerRows: plan.headerRows,
    sections: plan.sections.map((s) => ({ row: s.row, numeral: s.numeral, title: s.title })),
    measures: plan.measures.map((m) => ({
      row: m.row,
      rows: m.rows ?? [m.row, m.row],
      number: m.number,
      section: sectionKey(m.section),
      measure: m.measure,
      deadline: { text: m.deadline.text, kind: m.deadline.kind, from: m.deadline.from, to: m.deadline.to },
      responsible: m.responsible,
      execution: m.execution,
      status: m.status.status,
    })),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      cell: f.cell,
      row: f.row,
      message: findingText(f, lang),
    })),
    summary: {
      asOf: summary.asOf,
      total: summary.total,
      byStatus: summary.byStatus,
      bySection: summary.bySection.map((g) => ({
        label: g.label,
        numeral: g.numeral,
        total: g.total,
        byStatus: g.byStatus,
      })),
      byResponsible: summary.byResponsible.map((g) => ({
        label: g.label,
        total: g.total,
        byStatus: g.byStatus,
      })),
      byDeadlineKind: summary.byDeadlineKind,
      findingsBySeverity: summary.findingsBySeverity,
      overdue: summary.overdue.map((o) => ({ ...o })),
    },
    ...(reportPeriod ? { reportPeriod } : {}),
  };
  return checkJsonSchema.parse(object);
}
