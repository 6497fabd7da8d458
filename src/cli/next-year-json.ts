// The shape `plan-report next-year --json` prints: a public promise to scripts, checked with zod before
// printing. Rows are the old plan sheet's (1-based; the new sheet keeps them), cells are on it too.
import { z } from 'zod';
import { STATUSES } from '../core/types';
import type { NextYearDraft } from '../core/year/next-year';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const row = z.number().int().positive();
const cell = z.string().regex(/^[A-Z]+\d+$/);
const period = z.strictObject({ from: isoDate, to: isoDate });
const measure = z.strictObject({
  row,
  number: z.string(),
  measure: z.string(),
  deadline: z.string(),
  status: z.enum(STATUSES),
});

export const nextYearJsonSchema = z.strictObject({
  file: z.string(),
  output: z.string(),
  sheet: z.string(),
  planSheet: z.string(),
  notesSheet: z.string(),
  from: period,
  to: period,
  shiftYears: z.number().int().positive(),
  moved: z.array(
    z.strictObject({
      cell,
      row,
      number: z.string(),
      field: z.enum(['title', 'header', 'deadline']),
      before: z.string(),
      after: z.string(),
    }),
  ),
  unmoved: z.array(
    z.strictObject({
      cell,
      row,
      number: z.string(),
      field: z.enum(['title', 'deadline']),
      text: z.string(),
      reason: z.enum(['other-year', 'no-such-day', 'unrecognised', 'changes-meaning', 'stamp']),
      date: z.string().optional(),
    }),
  ),
  emptied: z.strictObject({ execution: z.number(), status: z.number(), actualDate: z.number() }),
  carriedOver: z.array(measure),
  dropCandidates: z.array(measure),
  draftsThisPlan: z.array(measure.extend({ newDeadline: z.string() })),
  yearInText: z.array(
    z.strictObject({
      cell,
      row,
      number: z.string(),
      field: z.enum(['measure', 'responsible', 'indicators', 'risk', 'notes']),
      text: z.string(),
      years: z.array(z.number().int()),
    }),
  ),
});

export type NextYearJson = z.infer<typeof nextYearJsonSchema>;

export function nextYearJson(input: {
  file: string;
  output: string;
  sheet: string;
  planSheet: string;
  notesSheet: string;
  draft: NextYearDraft;
}): NextYearJson {
  const { draft } = input;
  const emptied = (field: 'execution' | 'status' | 'actualDate') =>
    draft.edits.filter((e) => e.field === field).length;
  return nextYearJsonSchema.parse({
    file: input.file,
    output: input.output,
    sheet: input.sheet,
    planSheet: input.planSheet,
    notesSheet: input.notesSheet,
    from: draft.from,
    to: draft.to,
    shiftYears: draft.by,
    moved: draft.moved,
    unmoved: draft.unmoved,
    emptied: {
      execution: emptied('execution'),
      status: emptied('status'),
      actualDate: emptied('actualDate'),
    },
    carriedOver: draft.carriedOver,
    dropCandidates: draft.dropCandidates,
    draftsThisPlan: draft.draftsThisPlan,
    yearInText: draft.yearInText,
  });
}
