// The ribbon's one-click "Generate report": runs generate and tells the user how it went. Office waits
// for event.completed() on every path, or the button stays busy, so it is called whatever happens.
import type { GenerateResult, PlanService } from '../app/plan-service';
import { langFromLocale } from '../core/i18n/lang';
import type { CommandEvent } from './office-env';

function success(result: GenerateResult, lang: 'uk' | 'en'): string {
  const list = result.sheets.map((s) => `«${s}»`).join(lang === 'en' ? ' and ' : ' і ');
  const done = lang === 'en' ? `Report written: sheets ${list}.` : `Звіт створено: аркуші ${list}.`;
  return [done, ...(result.notes ?? [])].join('\n');
}

export async function runGenerateCommand(
  service: PlanService,
  event: CommandEvent,
  notify: (message: string, isError: boolean, result: GenerateResult | null) => void | Promise<void>,
): Promise<void> {
  let lang: 'uk' | 'en' = 'uk';
  try {
    lang = langFromLocale(service.displayLanguage());
    const result = await service.generate();
    await notify(success(result, lang), false, result);
  } catch (e) {
    const detail = e instanceof Error && e.message ? e.message : String(e);
    const message = lang === 'en' ? `The report was not written. ${detail}` : `Звіт не створено. ${detail}`;
    try {
      await notify(message, true, null);
    } catch {
      // Nothing more can be shown; completing the event matters more.
    }
  } finally {
    event.completed();
  }
}
