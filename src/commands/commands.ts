// The ribbon's «Сформувати звіт» button (ExecuteFunction generateReport): generate the report without
// opening the pane, then tell the user what happened in a small dialog — or, when no dialog can be shown,
// show the report sheet itself, so that something visible happens either way.
import type { GenerateResult, PlanService } from '../app/plan-service';
import { langFromLocale } from '../core/i18n/lang';
import { createExcelPlanService } from '../excel';
import { showNotice } from './notice-dialog';
import { associateCommand, type CommandEvent } from './office-env';
import { runGenerateCommand } from './run-generate';

let service: PlanService | null = null;

async function notify(message: string, isError: boolean, result: GenerateResult | null): Promise<void> {
  try {
    const lang = langFromLocale(service?.displayLanguage() ?? 'uk-UA');
    await showNotice(message, isError, lang);
  } catch (e) {
    // No dialog: the new report sheet, selected, is the visible answer; the message stays for the developer tools.
    if (result?.sheets[0]) await service?.selectCell(result.sheets[0], 'A1').catch(() => undefined);
    console.error('Could not show the result:', message, e);
  }
}

export async function generateReport(event: CommandEvent): Promise<void> {
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
    const en = langFromLocale(service?.displayLanguage() ?? 'uk-UA') === 'en';
    await notify(`${en ? 'The report was not written.' : 'Звіт не створено.'}\n${detail}`, true, null);
  } finally {
    once.completed();
  }
}

// Register for both kinds of host: Office.actions (current) and a global function (older Excel builds).
associateCommand('generateReport', generateReport);
(globalThis as unknown as { generateReport: typeof generateReport }).generateReport = generateReport;
