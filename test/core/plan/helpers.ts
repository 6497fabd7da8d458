// Reading a fixture layout the way every host does, and what of the reading the tests compare.
import type { Grid } from '../../../src/core/grid';
import { readPlan } from '../../../src/core/plan/read-plan';
import { validate } from '../../../src/core/rules/validate';
import type { Finding, Plan } from '../../../src/core/types';

export function planOf(grid: Grid, today = '2025-01-15'): Plan {
  const res = readPlan(grid, { today });
  if (!res.ok) throw new Error(`expected a plan, got ${JSON.stringify(res.error)}`);
  return res.plan;
}

/** `rule@cell` of every finding, in the validator's order. */
export const at = (findings: Finding[]): string[] => findings.map((f) => `${f.rule}@${f.cell}`);

export function findingsOf(plan: Plan, asOf: string, positions?: string[]): Finding[] {
  return validate(plan, { asOf, positions });
}

/** Everything a reading gives that a person would compare: sections, measures, columns, findings. */
export function reading(plan: Plan, asOf: string): unknown {
  return {
    columns: plan.columns,
    headerRows: plan.headerRows,
    period: plan.period,
    sections: plan.sections,
    measures: plan.measures.map((m) => ({
      rows: m.rows,
      number: m.number,
      section: m.section,
      measure: m.measure,
      deadline: m.deadline,
      responsible: m.responsible,
      responsibleText: m.responsibleText,
      execution: m.execution,
      status: m.status,
      statusText: m.statusText,
    })),
    findings: at(findingsOf(plan, asOf)),
  };
}
