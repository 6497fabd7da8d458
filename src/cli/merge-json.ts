// The shape `plan-report merge --json` prints: a public promise to scripts, checked with zod before printing.
// Rows are 1-based sheet rows (the plan's; `row` of an answer or extra row is the answer sheet's), cells
// are addresses (`E7`) on the plan sheet unless said otherwise, dates YYYY-MM-DD.
import { z } from 'zod';
import { ANSWER_FIELDS, LOCKED_FIELDS } from '../core/requests/request-spec';
import type { MergeReport } from '../core/requests/merge-types';

const row = z.number().int().positive();
const cell = z.string().regex(/^[A-Z]+\d+$/);
const field = z.enum(ANSWER_FIELDS);
const source = z.strictObject({ file: z.string(), person: z.string(), row, cell: z.string() });
const answers = z.array(z.strictObject({ text: z.string(), from: z.array(source) }));

export const mergeJsonSchema = z.strictObject({
  plan: z.string(),
  sheet: z.string(),
  output: z.string(),
  prefer: z.enum(['plan', 'answers']),
  files: z.array(
    z.strictObject({
      file: z.string(),
      status: z.enum(['merged', 'rejected', 'superseded']),
      person: z.string().optional(),
      reason: z
        .enum(['unreadable', 'not-request', 'newer-version', 'damaged', 'other-period', 'other-plan'])
        .optional(),
      details: z.string().optional(),
      supersededBy: z.string().optional(),
      planTitleChanged: z.boolean().optional(),
      message: z.string(),
    }),
  ),
  respondents: z.array(
    z.strictObject({
      person: z.string(),
      file: z.string(),
      inPlan: z.boolean(),
      measures: z.number().int().nonnegative(),
      answered: z.number().int().nonnegative(),
      unchanged: z.number().int().nonnegative(),
      deleted: z.array(z.string()),
      realigned: z.number().int().nonnegative(),
    }),
  ),
  notAnswered: z.array(z.strictObject({ person: z.string(), measures: z.array(z.string()) })),
  measures: z.strictObject({
    total: z.number().int().nonnegative(),
    answered: z.number().int().nonnegative(),
    stillEmpty: z.array(z.strictObject({ row, number: z.string(), cell, responsible: z.array(z.string()) })),
  }),
  changes: z.array(
    z.strictObject({
      row,
      cell,
      field,
      number: z.string(),
      kind: z.enum(['text', 'date', 'clear']),
      value: z.string(),
      date: z.string().optional(),
      old: z.string(),
      overwrites: z.boolean(),
      from: z.array(source),
    }),
  ),
  conflicts: z.array(
    z.strictObject({
      kind: z.enum(['plan-differs', 'answers-differ', 'answer-cleared', 'formula', 'shared-cell']),
      row,
      cell,
      field,
      number: z.string(),
      plan: z.string(),
      answers,
      planChangedSinceRequest: z.boolean().nullable(),
      resolution: z.enum(['kept-plan', 'took-answer']),
      message: z.string(),
    }),
  ),
  orphans: z.array(
    z.strictObject({
      file: z.string(),
      person: z.string(),
      row,
      key: z.string(),
      number: z.string(),
      measure: z.string(),
      answers: z.partialRecord(field, z.string()),
    }),
  ),
  extraRows: z.array(
    z.strictObject({
      file: z.string(),
      person: z.string(),
      row,
      key: z.string(),
      texts: z.partialRecord(z.enum([...LOCKED_FIELDS, ...ANSWER_FIELDS]), z.string()),
    }),
  ),
  extraRowsOmitted: z.number().int().nonnegative(),
  lockedChanged: z.array(
    z.strictObject({
      file: z.string(),
      person: z.string(),
      cell,
      row,
      number: z.string(),
      field: z.enum(LOCKED_FIELDS),
      text: z.string(),
      planText: z.string().nullable(),
    }),
  ),
  invalid: z.array(
    z.strictObject({
      file: z.string(),
      person: z.string(),
      cell,
      row,
      number: z.string(),
      field: z.enum(['status', 'actualDate']),
      text: z.string(),
      reason: z.enum(['not-a-status', 'not-a-date']),
      message: z.string(),
    }),
  ),
  unplaced: z.array(
    z.strictObject({ field, row, number: z.string(), text: z.string(), from: z.array(source) }),
  ),
  /** The merged plan checked like any plan: counts of findings by severity. */
  check: z.strictObject({
    error: z.number().int().nonnegative(),
    warning: z.number().int().nonnegative(),
    info: z.number().int().nonnegative(),
  }),
});

export type MergeJson = z.infer<typeof mergeJsonSchema>;

export interface MergeJsonInput {
  plan: string;
  sheet: string;
  output: string;
  report: MergeReport;
  check: MergeJson['check'];
  messages: {
    file: (i: number) => string;
    conflict: (i: number) => string;
    invalid: (i: number) => string;
  };
}

export function mergeJson({ plan, sheet, output, report, check, messages }: MergeJsonInput): MergeJson {
  return mergeJsonSchema.parse({
    plan,
    sheet,
    output,
    prefer: report.prefer,
    files: report.files.map((f, i) => ({ ...f, message: messages.file(i) })),
    respondents: report.respondents.map(({ personKey: _key, ...r }) => r),
    notAnswered: report.notAnswered,
    measures: report.measures,
    changes: report.changes.map((c) => ({
      row: c.row,
      cell: c.cell,
      field: c.field,
      number: c.measureNumber,
      kind: c.value.kind,
      value: c.value.kind === 'clear' ? '' : c.value.text,
      ...(c.value.kind === 'date' ? { date: c.value.date } : {}),
      old: c.old,
      overwrites: c.overwrites,
      from: c.from,
    })),
    conflicts: report.conflicts.map(({ column: _c, measureNumber, ...c }, i) => ({
      ...c,
      number: measureNumber,
      message: messages.conflict(i),
    })),
    orphans: report.orphans,
    extraRows: report.extraRows,
    extraRowsOmitted: report.extraRowsOmitted,
    lockedChanged: report.lockedChanged.map(({ measureNumber, ...l }) => ({ ...l, number: measureNumber })),
    invalid: report.invalid.map(({ measureNumber, ...v }, i) => ({
      ...v,
      number: measureNumber,
      message: messages.invalid(i),
    })),
    unplaced: report.unplaced.map(({ planRow, measureNumber, ...u }) => ({
      ...u,
      row: planRow,
      number: measureNumber,
    })),
    check,
  });
}
