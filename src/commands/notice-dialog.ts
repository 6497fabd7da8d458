// Shows the ribbon command's result to the user. Excel has no toast for add-ins, so the message goes to a
// small dialog page (notice.html) in its query string; the page renders it as text.

/** Query-string keys shared with notice.ts. */
export const NOTICE_PARAMS = { message: 'm', error: 'e' } as const;

export function noticeUrl(base: string, message: string, isError: boolean): string {
  const url = new URL('notice.html', base);
  url.search = new URLSearchParams({
    [NOTICE_PARAMS.message]: message,
    [NOTICE_PARAMS.error]: isError ? '1' : '0',
  }).toString();
  return url.toString();
}

/**
 * Opens the notice dialog and resolves when the user closes it, so the command's event is completed only
 * after the user has seen the result (completing first may unload the page that owns the dialog).
 * Rejects when the dialog cannot be shown (e.g. another dialog is open), with Office's code and message.
 */
export function showNotice(message: string, isError: boolean): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const url = noticeUrl(window.location.href, message, isError);
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`Office dialog ${res.error.code}: ${res.error.message}`));
        return;
      }
      const dialog = res.value;
      // The page's Close button sends a message; the user may also close the dialog's window (12006).
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
