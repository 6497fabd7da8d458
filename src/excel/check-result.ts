// A located plan as the pane sees it: what was read, the findings and summary, the reporting period,
// whether the responsible persons were checked against a list, and which input dropdowns can apply.
import type { CheckResult } from '../app/plan-service';
import { helperReadiness } from './input-helpers';
import type { LocatedPlan } from './locate-plan';

export function toCheckResult(r: LocatedPlan): CheckResult {
  const period = r.view
    ? {
        reportPeriod: {
          code: r.view.period.code,
          from: r.view.period.from,
          to: r.view.period.to,
          notYetDue: r.view.measures.filter((m) => m.standing === 'not-yet-due').length,
        },
      }
    : {};
  return {
    sheetName: r.plan.sheetName,
    period: { from: r.plan.period.from, to: r.plan.period.to },
    asOf: r.asOf,
    sectionCount: r.plan.sections.length,
    measureCount: r.plan.measures.length,
    findings: r.findings,
    summary: r.summary,
    positionsChecked: r.positionsList.length > 0,
    inputHelpers: helperReadiness(r.plan, r.positionsList.length > 0),
    ...period,
  };
}
