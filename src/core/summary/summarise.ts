// Counts for the summary sheet and the pane: by status, section, responsible person and deadline kind.
import { cellAddress } from '../grid';
import { measurePersons, personLabel } from './persons';
import {
  DEADLINE_KINDS,
  DeadlineKind,
  Finding,
  OverdueMeasure,
  Plan,
  SEVERITIES,
  STATUSES,
  Severity,
  StatusCounts,
  Summary,
  SummaryGroup,
} from '../types';

function zeroStatus(): StatusCounts {
  const counts = {} as StatusCounts;
  for (const s of STATUSES) counts[s] = 0;
  return counts;
}

/** What `a.localeCompare(b, 'uk')` does, with one collator instead of one per comparison. */
const UK = new Intl.Collator('uk');

export function summarise(plan: Plan, findings: Finding[], asOf: string): Summary {
  const byStatus = zeroStatus();
  const sections = new Map<number | null, SummaryGroup & { numeral: string | null }>();
  const people = new Map<string, SummaryGroup>();
  const byDeadlineKind = Object.fromEntries(DEADLINE_KINDS.map((k) => [k, 0])) as Record<
    DeadlineKind,
    number
  >;
  const overdue: OverdueMeasure[] = [];
  // Overdue means what the check reports as missing-execution (the deadline passed and nothing was
  // reported), so every overdue measure in the summary has its finding and the two never disagree.
  const missing = new Set(findings.filter((f) => f.rule === 'missing-execution').map((f) => f.row));

  // Sections in sheet order, even empty ones, so the table matches the plan.
  if (plan.measures.some((m) => m.section === null))
    sections.set(null, { label: '', numeral: null, total: 0, byStatus: zeroStatus() });
  plan.sections.forEach((s, i) =>
    sections.set(i, { label: s.title, numeral: s.numeral, total: 0, byStatus: zeroStatus() }),
  );

  for (const m of plan.measures) {
    const status = m.status.status;
    byStatus[status]++;
    const sec = sections.get(m.section)!;
    sec.total++;
    sec.byStatus[status]++;
    // One person counts once per measure, however the cell spells them.
    for (const { key, person } of measurePersons(m)) {
      let g = people.get(key);
      if (!g) people.set(key, (g = { label: personLabel(person), total: 0, byStatus: zeroStatus() }));
      g.total++;
      g.byStatus[status]++;
    }
    byDeadlineKind[m.deadline.kind]++;
    if (missing.has(m.row) && m.deadline.to !== null) {
      const col = plan.columns.execution ?? plan.columns.measure ?? 0;
      overdue.push({
        row: m.row,
        number: m.number,
        cell: cellAddress(m.row - 1, col),
        deadlineTo: m.deadline.to,
        responsible: m.responsible,
        measure: m.measure,
      });
    }
  }

  const findingsBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) findingsBySeverity[f.severity]++;

  return {
    asOf,
    total: plan.measures.length,
    byStatus,
    bySection: [...sections.values()],
    byResponsible: [...people.values()].sort((a, b) => b.total - a.total || UK.compare(a.label, b.label)),
    byDeadlineKind,
    findingsBySeverity,
    overdue,
  };
}
