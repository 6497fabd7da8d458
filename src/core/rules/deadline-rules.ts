// Rules that judge deadlines against the plan's period and the as-of date.
import { addDays, format, parseISO } from 'date-fns';
import { extractWorkDates } from '../status/work-dates';
import { Measure } from '../types';
import { Rule, measureFinding } from './rule';

/** Nothing reported at all: no execution text and no status word. */
const unreported = (m: Measure) => m.status.status === 'none';

export const deadlineOutsidePeriod: Rule = {
  id: 'deadline-outside-period',
  severity: 'warning',
  check: ({ plan }) =>
    plan.measures
      .filter(
        (m) =>
          m.deadline.kind === 'period' &&
          !m.deadline.yearAssumed &&
          m.deadline.from !== null &&
          m.deadline.to !== null &&
          (m.deadline.to < plan.period.from || m.deadline.from > plan.period.to),
      )
      .map((m) =>
        measureFinding(deadlineOutsidePeriod, plan, m, 'deadline', {
          text: m.deadline.text.trim(),
          from: plan.period.from,
          to: plan.period.to,
        }),
      ),
};

export const missingExecution: Rule = {
  id: 'missing-execution',
  severity: 'error',
  // A conditional measure has no date to pass: it is never missing-execution (conditional-unreported asks instead).
  check: ({ plan, opts }) =>
    plan.measures
      .filter(
        (m) =>
          m.deadline.kind !== 'conditional' &&
          m.deadline.to !== null &&
          m.deadline.to < opts.asOf &&
          unreported(m),
      )
      .map((m) =>
        measureFinding(missingExecution, plan, m, 'execution', { deadline: m.deadline.to!, asOf: opts.asOf }),
      ),
};

/** `days` after `asOf`, YYYY-MM-DD; the last few kept (date-fns' format is slow next to the rule itself). */
const HORIZONS = new Map<string, string>();
function horizonOf(asOf: string, days: number): string {
  const key = `${asOf}|${days}`;
  let horizon = HORIZONS.get(key);
  if (horizon === undefined) {
    horizon = format(addDays(parseISO(asOf), days), 'yyyy-MM-dd');
    if (HORIZONS.size >= 64) HORIZONS.clear();
    HORIZONS.set(key, horizon);
  }
  return horizon;
}

export const dueSoon: Rule = {
  id: 'due-soon',
  severity: 'info',
  check: ({ plan, opts }) => {
    const horizon = horizonOf(opts.asOf, opts.dueSoonDays);
    return plan.measures
      .filter(
        (m) =>
          m.deadline.kind !== 'conditional' &&
          m.deadline.to !== null &&
          m.deadline.to >= opts.asOf &&
          m.deadline.to <= horizon &&
          unreported(m),
      )
      .map((m) =>
        measureFinding(dueSoon, plan, m, 'execution', { deadline: m.deadline.to!, days: opts.dueSoonDays }),
      );
  },
};

export const lateExecution: Rule = {
  id: 'late-execution',
  severity: 'warning',
  check: ({ plan }) =>
    plan.measures.flatMap((m) => {
      const to = m.deadline.to;
      if (to === null || m.deadline.kind === 'conditional') return [];
      const year = Number(to.slice(0, 4));
      const fromColumn = m.actualDate ? extractWorkDates(m.actualDate, year) : [];
      const dates = fromColumn.length > 0 ? fromColumn : extractWorkDates(m.execution, year);
      if (dates.length === 0 || !dates.every((d) => d > to)) return [];
      const key = fromColumn.length > 0 ? 'actualDate' : 'execution';
      return [measureFinding(lateExecution, plan, m, key, { deadline: to, first: dates[0] })];
    }),
};

export const conditionalUnreported: Rule = {
  id: 'conditional-unreported',
  severity: 'warning',
  check: ({ plan }) =>
    plan.measures
      .filter((m) => m.deadline.kind === 'conditional' && unreported(m))
      .map((m) =>
        measureFinding(conditionalUnreported, plan, m, 'execution', { text: m.deadline.text.trim() }),
      ),
};
