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
  // A plan that reports by status words alone has its report in the status column.
  const own = key === 'execution' ? (plan.columns.execution ?? plan.columns.status) : plan.columns[key];
  return own ?? plan.columns.measure ?? plan.columns.number ?? 0;
}

/**
 * A finding on a measure's cell of the given field: on the row the field's text starts on when the measure
 * spans several rows (a Word paste), or on `row` when the finding is about one line of it.
 */
export function measureFinding(
  rule: Rule,
  plan: Plan,
  m: Measure,
  key: ColumnKey,
  params: MessageParams = {},
  row: number = m.fieldRows?.[key] ?? m.row,
): Finding {
  const column = columnFor(plan, key);
  return {
    rule: rule.id,
    severity: rule.severity,
    sheet: plan.sheetName,
    cell: cellAddress(row - 1, column),
    row,
    column,
    measureNumber: m.number || undefined,
    params: { number: m.number, ...params },
  };
}
