// Everything the command page and its notice dialog need from Office.js, in one place (the rest of
// src/commands is kept off the `Office` global by an ESLint rule). Read defensively: office.js comes from
// Microsoft's CDN and may be missing.

/** The command's event: Office waits for `completed()` on every path, or the button stays busy. */
export interface CommandEvent {
  completed(): void;
}

export function officeLoaded(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

export function whenOfficeReady(start: () => void): void {
  if (officeLoaded()) void Office.onReady(() => start());
  else start();
}

/** Registers a ribbon function with Office.actions (current hosts); older builds call the global function. */
export function associateCommand(name: string, fn: (event: CommandEvent) => Promise<void>): void {
  if (!officeLoaded()) return;
  Office.onReady(() => {
    if (Office.actions?.associate) Office.actions.associate(name, fn);
  });
}

export interface OpenDialog {
  close(): void;
  /** Resolves when the page messages us or the user closes the dialog's window (12006). */
  closed: Promise<void>;
}

/** A failure of displayDialogAsync, with Office's code (12007 another dialog open, 12009 blocked …). */
export class DialogError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(`Office dialog ${code}: ${message}`);
  }
}

export function openDialog(url: string, inIframe: boolean): Promise<OpenDialog> {
  return new Promise<OpenDialog>((resolve, reject) => {
    if (!officeLoaded() || !Office.context?.ui?.displayDialogAsync) {
      reject(new DialogError(0, 'Office dialogs are not available'));
      return;
    }
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: inIframe }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new DialogError(res.error.code, res.error.message));
        return;
      }
      const dialog = res.value;
      let done = (): void => undefined;
      const closed = new Promise<void>((resolveClosed) => (done = resolveClosed));
      // The page's Close button sends a message; the user may also close the dialog's window.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        done();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => done());
      resolve({
        close: () => {
          dialog.close();
          done();
        },
        closed,
      });
    });
  });
}

/** From the dialog page: ask the page that opened it to close it (or close the window outside Office). */
export function closeFromDialog(): void {
  if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent)
    Office.context.ui.messageParent('close');
  else window.close();
}
