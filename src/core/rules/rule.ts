// One validation rule = one object: its stable id, severity, the words it is shown with (the pane's group
// title and the finding's message, Ukrainian first) and its check. Adding a rule takes its file, one line
// in registry.ts (the one list; RULE_IDS and the pane's group order come from it), its test and its id in
// README's stable words; test/core/rules/parity.test.ts fails when any of these is missing.
import { cellAddress } from '../grid';
import type { Lang } from '../i18n/lang';
import type {
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
  /** A finding of the rule being checked, on a measure's cell of the given field. */
  finding(m: Measure, key: ColumnKey, params?: MessageParams, row?: number): Finding;
}

/** A finding's message from its parameters, without the cell (hosts show the cell their own way). */
export type MessageTemplate = (p: MessageParams) => string;

export interface Rule<Id extends string = string> {
  /** Public and stable: the CLI's --json and scripts read it. */
  id: Id;
  severity: Severity;
  /** What the pane heads the rule's findings with. */
  title: Record<Lang, string>;
  message: Record<Lang, MessageTemplate>;
  check(ctx: RuleContext): Finding[];
}

/** Declares a rule, keeping its id as a literal type (RuleId is the union of the registered ids). */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
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
  rule: Rule<RuleId>,
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
