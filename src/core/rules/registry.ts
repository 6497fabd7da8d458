// The one list of rules. Its order is the order the pane shows rule groups in (within a severity), and
// RULE_IDS / RuleId, the public rule words, are read off it: a rule not listed here does not exist.
import { missingDeadline, missingMeasure, missingResponsible, unrecognisedDeadline } from './content-rules';
import {
  conditionalUnreported,
  deadlineOutsidePeriod,
  dueSoon,
  lateExecution,
  missingExecution,
} from './deadline-rules';
import { deadlineTooVague } from './deadline-too-vague';
import { duplicateNumber, numberGap } from './numbering-rules';
import type { Rule } from './rule';
import { unknownResponsible, untidyText } from './text-rules';

export const RULES = [
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
  deadlineTooVague,
] as const;

type Rules = typeof RULES;
export type RuleId = Rules[number]['id'];
type IdsOf<T extends readonly Rule[]> = { readonly [K in keyof T]: T[K] extends Rule<infer Id> ? Id : never };

/** Every rule id, in the list's order (a tuple of literals, so `z.enum(RULE_IDS)` knows each word). */
export const RULE_IDS = RULES.map((r) => r.id) as unknown as IdsOf<Rules>;

const BY_ID = new Map<string, Rules[number]>(RULES.map((r) => [r.id, r]));

/** The rule of a finding; throws for an id no rule has (a finding built by hand with a typo). */
export function ruleById(id: RuleId): Rules[number] {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`no rule "${id}"`);
  return rule;
}
