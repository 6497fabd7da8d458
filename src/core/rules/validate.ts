// All rules, evaluated over a Plan as of a date.
import { Finding, ValidateOptions } from '../types';
import { Plan } from '../types';
import { missingDeadline, missingMeasure, missingResponsible, unrecognisedDeadline } from './content-rules';
import {
  conditionalUnreported,
  deadlineOutsidePeriod,
  dueSoon,
  lateExecution,
  missingExecution,
} from './deadline-rules';
import { duplicateNumber, numberGap } from './numbering-rules';
import { Rule } from './rule';
import { unknownResponsible, untidyText } from './text-rules';

export const RULES: Rule[] = [
  missingMeasure,
  missingDeadline,
  unrecognisedDeadline,
  deadlineOutsidePeriod,
  missingResponsible,
  unknownResponsible,
  missingExecution,
  dueSoon,
  lateExecution,
  duplicateNumber,
  numberGap,
  untidyText,
  conditionalUnreported,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings sorted by row, then column, then severity. */
export function validate(plan: Plan, opts: ValidateOptions): Finding[] {
  const ctx = {
    plan,
    opts: { asOf: opts.asOf, dueSoonDays: opts.dueSoonDays ?? 30, positions: opts.positions },
  };
  const findings = RULES.flatMap((rule) => rule.check(ctx));
  return findings.sort(
    (a, b) => a.row - b.row || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
