// The Office/Excel stand-in for browser tests: served in place of office.js from Microsoft's CDN, it gives
// the real task pane bundle an `Office` and an `Excel` whose workbook is the fake Excel of the host tests,
// seeded with what the test put in `window.__E2E__` (the sample plan, settings, display language).
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
const fake = new FakeExcel(cfg.sheets);
for (const [k, v] of Object.entries(cfg.settings ?? {})) fake.wb.settings.set(k, v);
window.__fake = fake;
window.__dialogs = [];

const versionAtMost = (v: string, max: string) => {
  const [a1, b1] = v.split('.').map(Number);
  const [a2, b2] = max.split('.').map(Number);
  return a1 < a2 || (a1 === a2 && b1 <= b2);
};

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
    requirements: {
      isSetSupported: (set: string, version: string) =>
        set === 'ExcelApi' && (!cfg.maxExcelApi || versionAtMost(version, cfg.maxExcelApi)),
    },
    ui: {
      displayDialogAsync: (url: string, _opts: unknown, cb: (r: unknown) => void) => {
        window.__dialogs.push(url);
        cb({ status: 'succeeded', value: { addEventHandler: () => undefined, close: () => undefined } });
      },
    },
  },
};

(window as unknown as { Office: unknown }).Office = office;
(window as unknown as { Excel: unknown }).Excel = { run: fake.run };
