// The ribbon's one-click "Generate report": runs generate and tells the user how it went. Office waits
// for event.completed() on every path, or the button stays busy, so it is called whatever happens.
import type { PlanService } from '../app/plan-service';
import { langFromLocale } from '../core/i18n/lang';

export async function runGenerateCommand(
  service: PlanService,
  event: { completed(): void },
  notify: (message: string, isError: boolean) => void | Promise<void>,
): Promise<void> {
  let lang: 'uk' | 'en' = 'uk';
  try {
    lang = langFromLocale(service.displayLanguage());
    const result = await service.generate();
    const list = result.sheets.map((s) => `«${s}»`).join(lang === 'en' ? ' and ' : ' і ');
    await notify(lang === 'en' ? `Report written: sheets ${list}.` : `Звіт створено: аркуші ${list}.`, false);
  } catch (e) {
    const detail = e instanceof Error && e.message ? e.message : String(e);
    const message = lang === 'en' ? `The report was not written. ${detail}` : `Звіт не створено. ${detail}`;
    try {
      await notify(message, true);
    } catch {
      // Nothing more can be shown; completing the event matters more.
    }
  } finally {
    event.completed();
  }
}
