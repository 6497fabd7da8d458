// Live re-check follows the plan sheet. The handler is registered on the sheet where the plan was last found
// (at start, or later when a plan first appears or the settings name another sheet), removed from the old
// sheet, and never registered twice. Excel raises onChanged asynchronously after a request
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events); our own writes are told apart by
// `triggerSource` (ExcelApi 1.14) or, before it, by happening while a write of ours is under way.

type RunWith = (
  context: Excel.RequestContext,
  batch: (c: Excel.RequestContext) => Promise<void>,
) => Promise<void>;

export class PlanWatch {
  private onChange: (() => void) | null = null;
  private sheetId: string | null = null;
  private registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private removing: Promise<void> = Promise.resolve();

  constructor(
    private readonly runWith: RunWith,
    private readonly debounceMs: number,
    private readonly ownWriteRunning: () => boolean,
  ) {}

  get active(): boolean {
    return this.onChange !== null;
  }

  start(onChange: () => void): void {
    this.onChange = onChange;
  }

  private readonly handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (!this.onChange || event.worksheetId !== this.sheetId) return;
    if (
      event.triggerSource === 'ThisLocalAddin' ||
      (event.triggerSource === undefined && this.ownWriteRunning())
    )
      return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onChange?.();
    }, this.debounceMs);
  };

  /**
   * Queued into a request that is about to be synced: registers on `sheetId` unless already there. The old
   * registration is removed in its own context afterwards (Office.js removes a handler only there).
   */
  follow(context: Excel.RequestContext, sheetId: string): void {
    if (!this.onChange || this.sheetId === sheetId) return;
    const old = this.registration;
    this.sheetId = sheetId;
    this.registration = context.workbook.worksheets.getItem(sheetId).onChanged.add(this.handler);
    if (old) this.removing = this.removing.then(() => this.remove(old));
  }

  /** Resolves once an old registration being removed is gone (the service waits for it after an action). */
  settled(): Promise<void> {
    return this.removing;
  }

  private async remove(
    registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>,
  ): Promise<void> {
    try {
      await this.runWith(registration.context as Excel.RequestContext, async (context) => {
        registration.remove();
        await context.sync();
      });
    } catch {
      // The sheet may be gone, and its handler with it.
    }
  }

  async stop(): Promise<void> {
    this.onChange = null;
    this.sheetId = null;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const old = this.registration;
    this.registration = null;
    if (old) await this.remove(old);
  }
}
