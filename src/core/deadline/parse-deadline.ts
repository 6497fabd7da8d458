// Reads the free Ukrainian text of a `Термін виконання` cell into a Deadline. Pure and total: any string
// gives a result, and a phrase it cannot place is `unrecognised`, never a guessed date.
//
// Order of decisions, on the normalised text (normalise.ts):
//  1. blank -> missing;
//  2. conditional / periodic / continuous phrases, recognised by their first words (phrases.ts);
//  3. `до <day>` / `не пізніше <day>` / `до кінця <period>`: from the plan's start to that day;
//  4. a period phrase (periods.ts), optionally after `протягом` / `упродовж` / `у` / `в` / `на` / `за`.
// When the whole text is none of these, its leading part (up to the first `,` `;` `:` or `(`) is tried:
// `Протягом 2024 року, згідно з планом` reads as `протягом 2024`. The leading part is refused when it
// would take the plan's year while the rest names one (`Січень, лютий 2023`): that would be a guess.

import type { Deadline, DeadlineContext, Period } from '../types';
import { yearOf, yearsSpan } from '../calendar';
import { isBlank } from '../text';
import { normaliseDeadlineText } from './normalise';
import { parseDueDay, parsePeriod, type PeriodMatch } from './periods';
import { continuousOf, isConditional, periodicityOf } from './phrases';
import { TextCache } from '../text';

type Reading = Omit<Deadline, 'text'>;

const UNRECOGNISED: Reading = { kind: 'unrecognised', from: null, to: null };
// Real deadline phrases are short; a long text is not read as a period (keeps the range search cheap).
const MAX_PERIOD_LENGTH = 120;

const DUE_BY = /^(?:до|не пізніше(?: ніж| за)?) (.+)$/u;
const SPAN_PREFIX = /^(?:протягом|упродовж|впродовж|у|в|на|за) (.+)$/u;

function planSpan(period: Period | null): Pick<Reading, 'from' | 'to'> {
  return period ? { from: period.from, to: period.to } : { from: null, to: null };
}

function periodReading(match: PeriodMatch): Reading {
  const reading: Reading = { kind: 'period', from: match.from, to: match.to };
  if (match.yearAssumed) reading.yearAssumed = true;
  return reading;
}

/** `до <day>`: due from the plan's start, or from the day's 1 January when the plan starts later or has no period. */
function dueByReading(match: PeriodMatch, period: Period | null): Reading {
  if (match.to === null) return periodReading(match);
  const yearStart = `${match.to.slice(0, 4)}-01-01`;
  const from = period && period.from <= match.to ? period.from : yearStart;
  return periodReading({ ...match, from });
}

function interpret(norm: string, period: Period | null, fallbackYear: number | null): Reading | null {
  if (isConditional(norm)) return { kind: 'conditional', from: null, to: null };
  const periodicity = periodicityOf(norm);
  if (periodicity) return { kind: 'periodic', periodicity, ...planSpan(period) };
  const continuous = continuousOf(norm);
  if (continuous) {
    if (!continuous.years) return { kind: 'continuous', ...planSpan(period) };
    const span = yearsSpan(continuous.years[0], continuous.years[1]);
    return span ? { kind: 'continuous', ...span } : null;
  }
  if (norm.length > MAX_PERIOD_LENGTH) return null;
  const dueBy = DUE_BY.exec(norm);
  if (dueBy) {
    const due = parseDueDay(dueBy[1], fallbackYear);
    return due ? dueByReading(due, period) : null;
  }
  const direct = parsePeriod(norm, fallbackYear);
  if (direct) return periodReading(direct);
  const prefixed = SPAN_PREFIX.exec(norm);
  const inner = prefixed ? parsePeriod(prefixed[1], fallbackYear) : null;
  return inner ? periodReading(inner) : null;
}

/** Readings already made, by period and text (copied on the way out). */
const CACHE = new TextCache<Deadline>();

/** Reads a deadline cell. `text` is returned exactly as given; dates are YYYY-MM-DD. Never throws. */
export function parseDeadline(text: string, ctx: DeadlineContext): Deadline {
  if (typeof text !== 'string') return { kind: 'missing', text, from: null, to: null };
  const period = ctx?.period ?? null;
  const scope = period ? `${period.from}\u0000${period.to}` : '';
  const reading = CACHE.get(scope, text) ?? CACHE.set(scope, text, read(text, period));
  return { ...reading };
}

function read(text: string, period: Period | null): Deadline {
  if (isBlank(text)) return { kind: 'missing', text, from: null, to: null };
  const fallbackYear = period ? yearOf(period.from) : null;
  const norm = normaliseDeadlineText(text);

  const whole = interpret(norm, period, fallbackYear);
  if (whole) return { ...whole, text };

  const head = /^[^,;:(]+/u.exec(norm)?.[0].trim() ?? '';
  if (head !== '' && head !== norm) {
    const lead = interpret(head, period, fallbackYear);
    const restNamesYear = /\d{4}/.test(norm.slice(head.length));
    if (lead && !(lead.yearAssumed && restNamesYear)) return { ...lead, text };
  }
  return { ...UNRECOGNISED, text };
}
