// `check --json` with several files prints one JSON object per line (NDJSON): for a file checked, exactly the
// single-file object (checkJsonSchema, unchanged); for a file that could not be checked, `{file, error}`
// (the one-line reason, as text mode says it); for a folder's file left out, `{file, skipped}`.
import { z } from 'zod';

export const batchErrorJsonSchema = z.strictObject({
  file: z.string(),
  /** Why the file could not be checked, in the run's language (the line text mode prints). */
  error: z.string(),
});

/** Why a workbook found in a folder was not checked: ours, not a plan. */
export const SKIP_REASONS = ['generated-report', 'request'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const batchSkippedJsonSchema = z.strictObject({
  file: z.string(),
  skipped: z.enum(SKIP_REASONS),
});

export type BatchErrorJson = z.infer<typeof batchErrorJsonSchema>;
export type BatchSkippedJson = z.infer<typeof batchSkippedJsonSchema>;
