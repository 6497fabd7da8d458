// Generate: the plan read under the workbook's generate lock, the report built by the core — for the
// reporting period the settings name, if any — and written as sheets of ours (our-sheets.ts). Five round
// trips whatever the plan's size while its values fit one request:
//   1 the sheet list and records   2 the lock, windows and marks   3 the plan's area
//   4 the new sheets (+1 per further 4 MB of request)   5 the swap.
import type { GenerateResult } from '../app/plan-service';
import { buildExecutionTable } from '../core/report/execution-table';
import { buildSummarySheet } from '../core/report/summary-sheet';
import type { SheetSpec } from '../core/report/sheet-spec';
import { buildPeriodReport } from '../core/year/period-report';
import { coversPlan } from '../core/year/report-period';
import type { LocatedPlan } from './locate-plan';
import { type GenerateEnv, locateUnderLock, replaceOurSheets } from './our-sheets';
import { planSheetNames } from './sheet-naming';
import { isWorkSheet } from './workbook-info';

export type { GenerateEnv } from './our-sheets';

/** The report's two sheets: the plain ones, or the period's (`Виконання плану І півр. 2024`). */
function reportSpecs(located: LocatedPlan): SheetSpec[] {
  // The report is an official Ukrainian paper: its own words stay Ukrainian whatever language Office or
  // the pane speaks (the CLI's --lang is there for anyone who needs an English copy).
  if (located.view) {
    const { table, summary } = buildPeriodReport(located.plan, located.view, { lang: 'uk' });
    return [table, summary];
  }
  return [
    buildExecutionTable(located.plan, { lang: 'uk' }),
    buildSummarySheet(located.plan, located.summary, { lang: 'uk' }),
  ];
}

export async function generateReport(
  context: Excel.RequestContext,
  env: GenerateEnv,
  progress: (fraction: number) => void,
): Promise<GenerateResult> {
  progress(0);
  const located = await locateUnderLock(context, env);
  const specs = reportSpecs(located);
  const roles = new Map([...located.owned].map(([id, o]) => [id, o.role]));
  const naming = planSheetNames(
    specs,
    located.info.sheets.filter((s) => !isWorkSheet(s.name)),
    roles,
  );
  // The plain report's mark is the CLI's (`…execution_table`); a period's carries its code (`…_2024H1`).
  const view = located.view;
  const key = view && !coversPlan(view.period, located.plan.period) ? view.period.code : '';
  const written = await replaceOurSheets(
    context,
    located,
    specs,
    naming,
    specs.map(() => key),
    env,
    progress,
    true, // the report is shown: its sheet activated in the swap's request
  );
  const { kept, notes } = written;
  return kept.length ? { sheets: written.names, kept, notes } : { sheets: written.names };
}
