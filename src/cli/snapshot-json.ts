// The shape `plan-report snapshot --json` prints: a public promise to scripts, checked with zod before
// printing. Dates YYYY-MM-DD, rows are the plan sheet's (1-based), statuses and kinds the core's words.
import { z } from 'zod';
import { RULE_IDS, SEVERITIES, STATUSES } from '../core/types';
import { CHANGE_KINDS } from '../core/year/changes';
import type { SnapshotPlan } from '../core/year/snapshot-workbook';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const row = z.number().int().positive();
const status = z.enum(STATUSES);

export const snapshotJsonSchema = z.strictObject({
  file: z.string(),
  output: z.string(),
  planSheet: z.string(),
  asOf: isoDate,
  reportPeriod: z.string().nullable(),
  snapshot: z.strictObject({
    sheet: z.string(),
    replaced: z.boolean(),
    measures: z.array(
      z.strictObject({
        key: z.string(),
        row,
        number: z.string(),
        status,
        statusText: z.string(),
        execution: z.string(),
        actualDate: z.string(),
        overdue: z.boolean(),
        findings: z.array(
          z.strictObject({ rule: z.enum(RULE_IDS), severity: z.enum(SEVERITIES), message: z.string() }),
        ),
      }),
    ),
  }),
  /** Null when no earlier snapshot is kept in the workbook. */
  changes: z
    .strictObject({
      since: isoDate,
      sheet: z.string(),
      replaced: z.boolean(),
      counts: z.strictObject(
        Object.fromEntries(CHANGE_KINDS.map((k) => [k, z.number().int().nonnegative()])),
      ),
      items: z.array(
        z.strictObject({
          kind: z.enum(CHANGE_KINDS),
          key: z.string(),
          row,
          number: z.string(),
          before: z.string().optional(),
          after: z.string().optional(),
        }),
      ),
    })
    .nullable(),
  /** Dates of the other snapshots kept in the workbook (read back from their sheets). */
  kept: z.array(isoDate),
});

export type SnapshotJson = z.infer<typeof snapshotJsonSchema>;

export function snapshotJson(input: {
  file: string;
  output: string;
  planned: Extract<SnapshotPlan, { ok: true }>;
}): SnapshotJson {
  const { planned } = input;
  const [sheet, changesSheet] = planned.sheets;
  const { snapshot, changes } = planned;
  return snapshotJsonSchema.parse({
    file: input.file,
    output: input.output,
    planSheet: snapshot.planSheet,
    asOf: snapshot.asOf,
    reportPeriod: snapshot.reportPeriod,
    snapshot: {
      sheet: sheet.spec.name,
      replaced: sheet.replaces !== null,
      measures: snapshot.measures.map((m) => ({
        key: m.key,
        row: m.row,
        number: m.number,
        status: m.status,
        statusText: m.statusText,
        execution: m.execution,
        actualDate: m.actualDate,
        overdue: m.overdue,
        findings: m.findings.map((f) => ({ ...f })),
      })),
    },
    changes:
      changes && changesSheet
        ? {
            since: changes.since,
            sheet: changesSheet.spec.name,
            replaced: changesSheet.replaces !== null,
            counts: changes.counts,
            items: changes.changes.map((c) => ({
              kind: c.kind,
              key: c.key,
              row: c.row,
              number: c.number,
              ...(c.before !== undefined ? { before: c.before } : {}),
              ...(c.after !== undefined ? { after: c.after } : {}),
            })),
          }
        : null,
    kept: planned.kept.map((k) => k.snapshot.asOf),
  });
}
