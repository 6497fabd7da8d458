// Findings as the pane shows them: filtered by text (not by cell address), severity and rule, grouped by severity then rule, in the
// order of the sheet inside each group. Plain functions so the grouping is tested without rendering.
import { RULE_IDS, SEVERITIES, type Finding, type RuleId, type Severity } from '../core/types';
import type { Lang } from '../core/i18n/lang';
import { findingText, ruleTitle } from '../core/i18n/messages';

export interface FindingItem {
  finding: Finding;
  /** The message in the pane's language, without the cell (the list shows the cell beside it). */
  message: string;
}

export interface RuleGroup {
  rule: RuleId;
  title: string;
  items: FindingItem[];
}

export interface SeverityGroup {
  severity: Severity;
  rules: RuleGroup[];
  count: number;
}

export interface FindingFilter {
  text: string;
  severities: ReadonlySet<Severity>;
  /** Only these rules (the summary's «Немає звіту» shows the findings about unreported measures). */
  rules?: ReadonlySet<RuleId>;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Case-insensitive, blanks collapsed: what a person types into a search box. */
function norm(s: string): string {
  return s.toLocaleLowerCase('uk').replace(/\s+/g, ' ').trim();
}

export function groupFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
  lang: Lang,
): SeverityGroup[] {
  const needle = norm(filter.text);
  const titles = new Map<RuleId, string>();
  const title = (rule: RuleId): string => {
    let t = titles.get(rule);
    if (t === undefined) {
      t = ruleTitle(rule, lang);
      titles.set(rule, t);
    }
    return t;
  };

  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    if (!filter.severities.has(severity)) continue;
    const byRule = new Map<RuleId, FindingItem[]>();
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      if (filter.rules && !filter.rules.has(finding.rule)) continue;
      const message = findingText(finding, lang);
      if (needle) {
        // What a finding says and its measure's number, not its cell: «18» finds measure 18, not C18.
        const hay = norm([message, finding.measureNumber ?? '', title(finding.rule)].join(' '));
        if (!hay.includes(needle)) continue;
      }
      const list = byRule.get(finding.rule) ?? [];
      list.push({ finding, message });
      byRule.set(finding.rule, list);
    }
    if (byRule.size === 0) continue;
    const rules = [...byRule.entries()]
      .sort(([a], [b]) => RULE_IDS.indexOf(a) - RULE_IDS.indexOf(b))
      .map(([rule, items]) => ({
        rule,
        title: title(rule),
        items: items.sort((a, b) => a.finding.row - b.finding.row || a.finding.column - b.finding.column),
      }));
    groups.push({ severity, rules, count: rules.reduce((n, r) => n + r.items.length, 0) });
  }
  return groups;
}
