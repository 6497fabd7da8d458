// What the add-in keeps in the workbook (context.workbook.settings, ExcelApi 1.4), each as one JSON value
// checked field by field on the way in: a bad or foreign value falls back to the default, never a crash.
import { z } from 'zod';
import { DEFAULT_SETTINGS, type PaneSettings } from '../app/plan-service';
import { LANGS } from '../core/i18n/lang';
import { GENERATED_ROLES } from '../core/report/sheet-spec';
import { parseReportPeriod } from '../core/year/report-period';

// The add-in's pages allow no eval (their Content-Security-Policy): zod must not probe `new Function` for
// its compiled parsers, which the browser reports as a violation even when caught.
z.config({ jitless: true });

export const SETTINGS_KEY = 'anticorruptionPlan.settings';
/** Our generated sheets: the mark itself without ExcelApi 1.12, and a record of them with it. */
export const MARKS_KEY = 'anticorruptionPlan.generatedSheets';
/** Sheets where the add-in put highlights (the rules themselves are found by their formula). */
export const HIGHLIGHTS_KEY = 'anticorruptionPlan.highlights';
/** Who is generating a report right now, and when they last showed signs of life. */
export const LOCK_KEY = 'anticorruptionPlan.generating';

const settingsSchema = z.object({
  planSheet: z.string().min(1).nullable().catch(DEFAULT_SETTINGS.planSheet),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .catch(DEFAULT_SETTINGS.asOf),
  positions: z.array(z.string()).catch([]),
  language: z.enum(LANGS).nullable().catch(DEFAULT_SETTINGS.language),
  highlights: z.boolean().catch(DEFAULT_SETTINGS.highlights),
  // A period the core cannot read counts as none (the whole plan), never as an error at every check.
  period: z
    .string()
    .refine((p) => parseReportPeriod(p).ok)
    .nullable()
    .catch(null),
});

/** A stored value (our JSON string, or an object someone else stored) -> settings. */
export function parseSettings(stored: unknown): PaneSettings {
  let raw: unknown = stored;
  if (typeof stored === 'string') {
    try {
      raw = JSON.parse(stored);
    } catch {
      return { ...DEFAULT_SETTINGS, positions: [] };
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ...DEFAULT_SETTINGS, positions: [] };
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, period: null, ...raw });
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, positions: [] };
}

/** Every role of the core's generated sheets (the report's, the year's). */
export const ROLES = GENERATED_ROLES;
export type Role = (typeof ROLES)[number];

/** One of our sheets. `name` and `fingerprint` came in later: entries without them still parse. */
export const markSchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  name: z.string().optional(),
  /** What the sheet held when we wrote it (see fingerprint.ts). */
  fingerprint: z.string().optional(),
});
export type Mark = z.infer<typeof markSchema>;
export const markListSchema = z.array(markSchema);
export type MarkList = Mark[];

export const highlightListSchema = z.array(z.object({ sheetId: z.string() }).passthrough());
export type HighlightList = { sheetId: string }[];

export const lockSchema = z.object({ owner: z.string(), at: z.number() });
export type LockRecord = z.infer<typeof lockSchema>;

/** Parse one of our JSON settings; anything unreadable counts as absent. */
export function parseStored<T>(stored: unknown, schema: z.ZodType<T>): T | null {
  try {
    const raw = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Parse one of our JSON list settings; anything unreadable counts as empty. */
export function parseList<T>(stored: unknown, schema: z.ZodType<T[]>): T[] {
  return parseStored(stored, schema) ?? [];
}
