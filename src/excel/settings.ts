// The pane's settings live in the workbook (context.workbook.settings, ExcelApi 1.4) as one JSON value,
// checked field by field on the way in: a bad or foreign value falls back to the default, never a crash.
import { z } from 'zod';
import { DEFAULT_SETTINGS, type PaneSettings } from '../app/plan-service';
import { LANGS } from '../core/i18n/lang';

export const SETTINGS_KEY = 'anticorruptionPlan.settings';
/** Ids and roles of our generated sheets when worksheet custom properties (ExcelApi 1.12) are missing. */
export const MARKS_KEY = 'anticorruptionPlan.generatedSheets';
/** Conditional formats the add-in owns, per sheet id, so they can be removed exactly. */
export const HIGHLIGHTS_KEY = 'anticorruptionPlan.highlights';

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
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...raw });
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS, positions: [] };
}

export const markListSchema = z.array(
  z.object({ id: z.string(), role: z.enum(['execution-table', 'summary']) }),
);
export type MarkList = z.infer<typeof markListSchema>;

export const highlightListSchema = z.array(z.object({ sheetId: z.string(), ids: z.array(z.string()) }));
export type HighlightList = z.infer<typeof highlightListSchema>;

/** Parse one of our JSON list settings; anything unreadable counts as empty. */
export function parseList<T>(stored: unknown, schema: z.ZodType<T[]>): T[] {
  try {
    const raw = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
