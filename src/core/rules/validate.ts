// All rules, evaluated over a Plan as of a date.
import type { Finding, Plan, ValidateOptions } from '../types';
import { RULES } from './registry';
import { measureFinding, type RuleContext } from './rule';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings sorted by row, then column, then severity. */
export function validate(plan: Plan, opts: ValidateOptions): Finding[] {
  const base: Omit<RuleContext, 'finding'> = {
    plan,
    opts: { asOf: opts.asOf, dueSoonDays: opts.dueSoonDays ?? 30, positions: opts.positions },
  };
  const findings = RULES.flatMap((rule) =>
    rule.check({
      ...base,
      finding: (m, key, params, row) => measureFinding(rule, plan, m, key, params, row),
    }),
  );
  return findings.sort(
    (a, b) => a.row - b.row || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
