// Shows the ribbon command's result to the user. Excel has no toast for add-ins, so the message goes to a
// small dialog page (notice.html) in its query string; the page renders it as text. A dialog can fail to
// open: another one is open (12007, often our own earlier notice, which is then closed), or the browser
// will not show it in the page (12011, 12009), when a separate window is tried.
import type { Lang } from '../core/i18n/lang';
import { DialogError, openDialog, type OpenDialog } from './office-env';

/** Query-string keys shared with notice.ts. */
export const NOTICE_PARAMS = { message: 'm', error: 'e', lang: 'l' } as const;

export function noticeUrl(base: string, message: string, isError: boolean, lang: Lang = 'uk'): string {
  const url = new URL('notice.html', base);
  url.search = new URLSearchParams({
    [NOTICE_PARAMS.message]: message,
    [NOTICE_PARAMS.error]: isError ? '1' : '0',
    [NOTICE_PARAMS.lang]: lang,
  }).toString();
  return url.toString();
}

/** Our notice still on screen, if any. */
let current: OpenDialog | null = null;

async function open(url: string): Promise<OpenDialog> {
  let inIframe = true;
  let last: unknown = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await openDialog(url, inIframe);
    } catch (e) {
      last = e;
      const code = e instanceof DialogError ? e.code : 0;
      if (code === 12007 && current) {
        current.close();
        current = null;
      } else if (code !== 12007) inIframe = false;
    }
  }
  throw last;
}

/**
 * Opens the notice dialog and resolves when the user closes it, so the command's event is completed only
 * after the user has seen the result (completing first may unload the page that owns the dialog).
 * Rejects when no dialog can be shown, with Office's code and message.
 */
export async function showNotice(message: string, isError: boolean, lang: Lang = 'uk'): Promise<void> {
  const dialog = await open(noticeUrl(window.location.href, message, isError, lang));
  current = dialog;
  await dialog.closed;
  if (current === dialog) current = null;
}
