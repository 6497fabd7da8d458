// A measure's deadline cell read as one phrase; when that fails and the cell (or the rows a Word paste
// spread it over) holds several deadlines, one per line, the measure is due over the span from the earliest
// to the latest of them (`І квартал 2024` / `ІІІ квартал 2024` -> 2024-01-01..2024-09-30).
import type { Deadline, DeadlineContext } from '../types';
import { isBlank } from '../text';
import { parseDeadline } from '../deadline/parse-deadline';

/** More lines than this are a paragraph, not a list of deadlines. */
const MAX_LINES = 12;

export function readDeadline(text: string, ctx: DeadlineContext): Deadline {
  const whole = parseDeadline(text, ctx);
  if (whole.kind !== 'unrecognised' || !/[\n\r]/.test(text)) return whole;
  const lines = text.split(/\r\n|\r|\n/).filter((l) => !isBlank(l));
  if (lines.length < 2 || lines.length > MAX_LINES) return whole;
  const parts = lines.map((l) => parseDeadline(l, ctx));
  let from: string | null = null;
  let to: string | null = null;
  for (const p of parts) {
    // Every line must be a dated deadline: a line the parser cannot place leaves the whole unrecognised.
    if (p.from === null || p.to === null) return whole;
    if (from === null || p.from < from) from = p.from;
    if (to === null || p.to > to) to = p.to;
  }
  const kind = parts.every((p) => p.kind === parts[0].kind) ? parts[0].kind : 'period';
  const span: Deadline = { kind, text, from, to };
  if (kind === 'periodic' && parts.every((p) => p.periodicity === parts[0].periodicity))
    span.periodicity = parts[0].periodicity;
  if (parts.some((p) => p.yearAssumed)) span.yearAssumed = true;
  return span;
}
