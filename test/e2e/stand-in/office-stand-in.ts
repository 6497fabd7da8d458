// The Office/Excel stand-in for browser tests: served in place of office.js from Microsoft's CDN, it gives
// the real task pane bundle an `Office` and an `Excel` whose workbook is the fake Excel of the host tests —
// as strict as Excel where add-in bugs hide (see test/excel/fake-excel) — seeded with what the test put in
// `window.__E2E__` (the sample plan, settings, display language, ExcelApi version).
import { FakeExcel, type SeedSheet } from '../../excel/fake-excel';

export interface StandInConfig {
  sheets: SeedSheet[];
  settings?: Record<string, unknown>;
  displayLanguage?: string;
  /** ExcelApi versions above this are reported unsupported (default: all supported). */
  maxExcelApi?: string;
}

declare global {
  interface Window {
    __E2E__: StandInConfig;
    __fake: FakeExcel;
    __dialogs: string[];
  }
}

const cfg = window.__E2E__;
const fake = new FakeExcel(cfg.sheets, { apiVersion: cfg.maxExcelApi ?? '1.19' });
for (const [k, v] of Object.entries(cfg.settings ?? {})) fake.wb.settings.set(k, v);
window.__fake = fake;
window.__dialogs = [];

const office = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  onReady: (cb?: (info: { host: string; platform: string }) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    cb?.(info);
    return Promise.resolve(info);
  },
  actions: { associate: () => undefined },
  context: {
    displayLanguage: cfg.displayLanguage ?? 'uk-UA',
    officeTheme: { bodyBackgroundColor: '#ffffff' },
    // The same answer as the fake's own: a set it lacks is refused at sync (ApiNotFound) as Excel refuses it.
    requirements: { isSetSupported: fake.isSetSupported },
    ui: {
      displayDialogAsync: (url: string, _opts: unknown, cb: (r: unknown) => void) => {
        window.__dialogs.push(url);
        cb({ status: 'succeeded', value: { addEventHandler: () => undefined, close: () => undefined } });
      },
    },
  },
};

(window as unknown as { Office: unknown }).Office = office;
// Excel.createWorkbook (ExcelApi 1.8) opens the file as the fake's new workbook: the test reads the bytes.
(window as unknown as { Excel: unknown }).Excel = { run: fake.run, createWorkbook: fake.createWorkbook };
