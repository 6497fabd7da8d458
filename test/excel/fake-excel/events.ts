// Events: Excel raises `onChanged` asynchronously, after the request that changed the cells has come back
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events: "events are raised asynchronously");
// `triggerSource` exists from ExcelApi 1.14 (WorksheetChangedEventArgs).
import type { ChangeHandler } from './context';

export interface EventSink {
  handlers: Map<string, Set<ChangeHandler>>;
  apiMinor: number;
}

/** Delivers one change event to the handlers registered on `sheetId` when the event arrives. */
export function deliverChange(
  host: EventSink,
  sheetId: string,
  address: string,
  fromThisAddin: boolean,
): void {
  const args: Record<string, unknown> = {
    type: 'WorksheetChanged',
    worksheetId: sheetId,
    address,
    changeType: 'RangeEdited',
    source: 'Local',
  };
  if (host.apiMinor >= 14) args.triggerSource = fromThisAddin ? 'ThisLocalAddin' : 'Unknown';
  setTimeout(() => {
    for (const h of [...(host.handlers.get(sheetId) ?? [])]) void h(args);
  }, 0);
}

/** Lets every event queued so far arrive (and whatever they start run one turn). */
export function eventsDelivered(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0)).then(() => new Promise((r) => setTimeout(r, 0)));
}
