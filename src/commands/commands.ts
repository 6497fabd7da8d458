// The ribbon's «Сформувати звіт» button (ExecuteFunction generateReport): generate the report without
// opening the pane, then tell the user what happened in a small dialog.
import type { PlanService } from '../app/plan-service';
import { createExcelPlanService } from '../excel/excel-plan-service';
import { runGenerateCommand } from '../excel/ribbon-command';
import { showNotice } from './notice-dialog';

let service: PlanService | null = null;

async function notify(message: string, isError: boolean): Promise<void> {
  try {
    await showNotice(message, isError);
  } catch (e) {
    // No other way to reach the user from a function command: leave a trace for the developer tools.
    console.error('Could not show the result:', message, e);
  }
}

export async function generateReport(event: Office.AddinCommands.Event): Promise<void> {
  // Office must hear completed() exactly once, whichever way the command ends.
  let completed = false;
  const once = {
    completed(): void {
      if (completed) return;
      completed = true;
      event.completed();
    },
  };
  try {
    service ??= createExcelPlanService();
    await runGenerateCommand(service, once, notify);
  } catch (e) {
    // runGenerateCommand reports its own failures; this catches a failure to even start (no service).
    const detail = e instanceof Error ? e.message : String(e);
    await notify(`Не вдалося сформувати звіт. / The report failed.\n${detail}`, true);
  } finally {
    once.completed();
  }
}

// Register for both kinds of host: Office.actions (current) and a global function (older Excel builds).
if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    if (Office.actions?.associate) Office.actions.associate('generateReport', generateReport);
  });
}
(globalThis as unknown as { generateReport: typeof generateReport }).generateReport = generateReport;
