// One validation rule = one small unit with a stable id and severity. Adding a rule touches one file
// here, the list in validate.ts, its messages in i18n/messages.ts and its test.
import { cellAddress } from '../grid';
import {
  ColumnKey,
  Finding,
  Measure,
  MessageParams,
  Plan,
  RuleId,
  Severity,
  ValidateOptions,
} from '../types';

export interface RuleContext {
  plan: Plan;
  opts: Required<Pick<ValidateOptions, 'asOf' | 'dueSoonDays'>> & Pick<ValidateOptions, 'positions'>;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  check(ctx: RuleContext): Finding[];
}

/** The column a finding about `key` points at; falls back to the measure or number column when absent. */
export function columnFor(plan: Plan, key: ColumnKey): number {
  return plan.columns[key] ?? plan.columns.measure ?? plan.columns.number ?? 0;
}

/** A finding on a measure's cell of the given field. */
export function measureFinding(
  rule: Rule,
  plan: Plan,
  m: Measure,
  key: ColumnKey,
  params: MessageParams = {},
): Finding {
  const column = columnFor(plan, key);
  return {
    rule: rule.id,
    severity: rule.severity,
    sheet: plan.sheetName,
    cell: cellAddress(m.row - 1, column),
    row: m.row,
    column,
    measureNumber: m.number || undefined,
    params: { number: m.number, ...params },
  };
}
