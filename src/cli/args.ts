// CLI arguments are checked here, once, with zod; past this point the commands trust their options.
import { z } from 'zod';
import { LANGS, type Lang } from '../core/i18n/lang';
import type { ExtraColumn } from '../core/report/labels';
import { CliError } from './cli-error';
import { say } from './messages';
import { REPORT_FORMATS } from './report-formats';
import { periodArgSchema, periodError } from './period-option';

/** A real calendar date written YYYY-MM-DD (2024-02-30 is refused). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  });

export const langSchema = z.enum(LANGS);
const EXTRA_COLUMNS = ['status', 'actualDate'] as const satisfies readonly ExtraColumn[];

const commonSchema = z.object({
  sheet: z.string().trim().min(1).optional(),
  asOf: isoDateSchema.optional(),
  positions: z.string().trim().min(1).optional(),
  lang: langSchema.default('uk'),
  period: periodArgSchema.optional(),
});

export const checkOptionsSchema = commonSchema.extend({ json: z.boolean().default(false) });
/** `check` as the command line takes it: several files may be named, and --verbose lists each one's findings. */
export const batchCheckOptionsSchema = checkOptionsSchema.extend({ verbose: z.boolean().default(false) });
export const generateOptionsSchema = commonSchema.extend({
  out: z.string().trim().min(1).optional(),
  extra: z.array(z.enum(EXTRA_COLUMNS)).default([]),
  format: z.array(z.enum(REPORT_FORMATS)).min(1).default(['xlsx']),
  force: z.boolean().default(false),
});

export type CheckOptions = z.infer<typeof checkOptionsSchema>;
export type GenerateOptions = z.infer<typeof generateOptionsSchema>;

const OPTION_NAMES: Record<string, string> = {
  sheet: '--sheet',
  asOf: '--as-of',
  positions: '--positions',
  out: '--out',
  extra: '--extra',
  format: '--format',
  force: '--force',
  json: '--json',
  verbose: '--verbose',
};

/** The language asked for, checked first so every later message can be in it. */
export function parseLang(raw: unknown): Lang {
  const lang = langSchema.safeParse(raw ?? 'uk');
  if (!lang.success) throw new CliError(say('uk', 'badLang', { value: String(raw) }));
  return lang.data;
}

/** Checks raw commander options against a schema; a bad one gives one clear line in the chosen language. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): z.infer<S> {
  const lang = parseLang(raw.lang);
  const input = { ...raw, lang, extra: splitExtra(raw.extra), format: splitExtra(raw.format) };
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue.path[0] ?? '');
  const value = key in input ? (input as Record<string, unknown>)[key] : undefined;
  if (key === 'period') throw periodError(lang, value);
  if (key === 'asOf') throw new CliError(say(lang, 'badDate', { option: '--as-of', value: String(value) }));
  if (key === 'format') {
    const list = Array.isArray(value) ? (value as string[]) : [];
    const bad = list.find((v) => !(REPORT_FORMATS as readonly string[]).includes(v)) ?? String(raw.format);
    throw new CliError(say(lang, 'badFormat', { value: bad }));
  }
  if (key === 'extra') {
    const bad = (value as string[]).find((v) => !(EXTRA_COLUMNS as readonly string[]).includes(v)) ?? '';
    throw new CliError(say(lang, 'badExtra', { value: bad }));
  }
  throw new CliError(say(lang, 'badArgument', { option: OPTION_NAMES[key] ?? key, value: issue.message }));
}

function splitExtra(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
