// Rules that judge deadlines against the plan's period and the as-of date.
import { addDays } from '../calendar';
import { dateParam as date, subject } from '../i18n/finding-words';
import { extractWorkDates } from '../status/work-dates';
import type { Measure } from '../types';
import { defineRule } from './rule';

/** Nothing reported at all: no execution text and no status word. */
const unreported = (m: Measure) => m.status.status === 'none';

export const deadlineOutsidePeriod = defineRule({
  id: 'deadline-outside-period',
  severity: 'warning',
  title: { uk: 'Термін поза періодом плану', en: "Deadline outside the plan's period" },
  message: {
    uk: (p) => `${subject(p, 'uk')}: термін «${p.text}» поза періодом плану (${date(p.from)}–${date(p.to)})`,
    en: (p) =>
      `${subject(p, 'en')}: deadline "${p.text}" lies outside the plan's period (${date(p.from)}–${date(p.to)})`,
  },
  check: ({ plan, finding }) =>
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
        finding(m, 'deadline', { text: m.deadline.text.trim(), from: plan.period.from, to: plan.period.to }),
      ),
});

export const missingExecution = defineRule({
  id: 'missing-execution',
  severity: 'error',
  title: { uk: 'Термін минув, звіту немає', en: 'Overdue, nothing reported' },
  message: {
    uk: (p) => `${subject(p, 'uk')}: термін минув ${date(p.deadline)}, а про виконання нічого не зазначено`,
    en: (p) => `${subject(p, 'en')}: the deadline passed on ${date(p.deadline)} and nothing is reported`,
  },
  // A conditional measure has no date to pass: it is never missing-execution (conditional-unreported asks instead).
  check: ({ plan, opts, finding }) =>
    plan.measures
      .filter(
        (m) =>
          m.deadline.kind !== 'conditional' &&
          m.deadline.to !== null &&
          m.deadline.to < opts.asOf &&
          unreported(m),
      )
      .map((m) => finding(m, 'execution', { deadline: m.deadline.to!, asOf: opts.asOf })),
});

/** `days` after `asOf`, YYYY-MM-DD; the last few kept (a Date per measure would cost more than the rule). */
const HORIZONS = new Map<string, string>();
function horizonOf(asOf: string, days: number): string {
  const key = `${asOf}|${days}`;
  let horizon = HORIZONS.get(key);
  if (horizon === undefined) {
    horizon = addDays(asOf, days);
    if (HORIZONS.size >= 64) HORIZONS.clear();
    HORIZONS.set(key, horizon);
  }
  return horizon;
}

export const dueSoon = defineRule({
  id: 'due-soon',
  severity: 'info',
  title: { uk: 'Термін спливає', en: 'Due soon' },
  message: {
    uk: (p) =>
      `${subject(p, 'uk')}: термін спливає ${date(p.deadline)}, про виконання ще нічого не зазначено`,
    en: (p) => `${subject(p, 'en')}: due on ${date(p.deadline)} and nothing is reported yet`,
  },
  check: ({ plan, opts, finding }) => {
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
      .map((m) => finding(m, 'execution', { deadline: m.deadline.to!, days: opts.dueSoonDays }));
  },
});

export const lateExecution = defineRule({
  id: 'late-execution',
  severity: 'warning',
  title: { uk: 'Виконано із запізненням', en: 'Done late' },
  message: {
    uk: (p) =>
      `${subject(p, 'uk')}: виконано пізніше терміну (${date(p.first)}, а термін — до ${date(p.deadline)})`,
    en: (p) => `${subject(p, 'en')}: done after the deadline (${date(p.first)}, due by ${date(p.deadline)})`,
  },
  check: ({ plan, finding }) =>
    plan.measures.flatMap((m) => {
      const to = m.deadline.to;
      if (to === null || m.deadline.kind === 'conditional') return [];
      const year = Number(to.slice(0, 4));
      const fromColumn = m.actualDate ? extractWorkDates(m.actualDate, year) : [];
      const dates = fromColumn.length > 0 ? fromColumn : extractWorkDates(m.execution, year);
      if (dates.length === 0 || !dates.every((d) => d > to)) return [];
      const key = fromColumn.length > 0 ? 'actualDate' : 'execution';
      return [finding(m, key, { deadline: to, first: dates[0] })];
    }),
});

export const conditionalUnreported = defineRule({
  id: 'conditional-unreported',
  severity: 'warning',
  title: { uk: 'Умовний захід без звіту', en: 'Conditional measure unreported' },
  message: {
    uk: (p) => `${subject(p, 'uk')}: захід «${p.text}» без звіту — зазначте, що таких випадків не було`,
    en: (p) =>
      `${subject(p, 'en')}: conditional measure ("${p.text}") has no report — state that no such case occurred`,
  },
  check: ({ plan, finding }) =>
    plan.measures
      .filter((m) => m.deadline.kind === 'conditional' && unreported(m))
      .map((m) => finding(m, 'execution', { text: m.deadline.text.trim() })),
});
