/** @jest-environment jsdom */
// The ribbon command page (src/commands/commands.ts) over a fake Office: registration for both kinds of
// host, the result shown in the notice dialog, a visible result when the dialog cannot open, and
// event.completed() exactly once on every path.
import type { PlanService } from '../../src/app/plan-service';

const generate = jest.fn();
const selectCell = jest.fn();
jest.mock('../../src/excel', () => ({
  createExcelPlanService: (): Partial<PlanService> => ({
    displayLanguage: () => 'uk-UA',
    generate,
    selectCell,
  }),
}));

type DialogHandler = (arg: unknown) => void;
const associate = jest.fn();
const dialogs: { url: string; options: unknown; handlers: Map<string, DialogHandler>; close: jest.Mock }[] =
  [];
/** Office's error code for each next displayDialogAsync call, or null for success. */
let dialogErrors: (number | null)[] = [];

(globalThis as unknown as { Office: unknown }).Office = {
  onReady: (cb: () => void) => {
    cb();
    return Promise.resolve({ host: 'Excel' });
  },
  actions: { associate },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
  context: {
    ui: {
      displayDialogAsync: (url: string, options: unknown, cb: (r: unknown) => void) => {
        const code = dialogErrors.length ? dialogErrors.shift() : null;
        if (code) {
          cb({ status: 'failed', error: { code, message: `Dialog error ${code}` } });
          return;
        }
        const handlers = new Map<string, DialogHandler>();
        const dialog = { url, options, handlers, close: jest.fn() };
        dialogs.push(dialog);
        cb({
          status: 'succeeded',
          value: {
            addEventHandler: (t: string, h: DialogHandler) => handlers.set(t, h),
            close: dialog.close,
          },
        });
      },
    },
  },
};

// Imported after the fake Office exists: the module registers itself when it loads.
let generateReport: typeof import('../../src/commands/commands').generateReport;
beforeAll(async () => {
  ({ generateReport } = await import('../../src/commands/commands'));
});

const event = () => ({ completed: jest.fn() });
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  dialogs.length = 0;
  dialogErrors = [];
  generate.mockReset();
  selectCell.mockReset();
  selectCell.mockResolvedValue(undefined);
});

describe('ribbon command', () => {
  it('registers generateReport with Office.actions and as a global function', () => {
    expect(associate).toHaveBeenCalledWith('generateReport', generateReport);
    expect((globalThis as unknown as { generateReport: unknown }).generateReport).toBe(generateReport);
  });

  it('shows the sheets written and completes once the user closes the notice', async () => {
    generate.mockResolvedValue({ sheets: ['Виконання плану 2023', 'Зведення 2023'] });
    const e = event();
    const done = generateReport(e);
    await tick();
    expect(dialogs).toHaveLength(1);
    const url = new URL(dialogs[0].url);
    expect(url.pathname).toBe('/notice.html');
    expect(url.searchParams.get('m')).toContain('«Виконання плану 2023»');
    expect(url.searchParams.get('e')).toBe('0');
    expect(e.completed).not.toHaveBeenCalled();
    dialogs[0].handlers.get('message')?.({ message: 'close' });
    await done;
    expect(dialogs[0].close).toHaveBeenCalled();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('shows a failure as an error and completes when the dialog window is closed', async () => {
    generate.mockRejectedValue(new Error('Аркуш захищено'));
    const e = event();
    const done = generateReport(e);
    await tick();
    const url = new URL(dialogs[0].url);
    expect(url.searchParams.get('e')).toBe('1');
    expect(url.searchParams.get('m')).toContain('Аркуш захищено');
    dialogs[0].handlers.get('event')?.({ error: 12006 });
    await done;
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('closes a notice of its own still open (12007) and shows the new one', async () => {
    generate.mockResolvedValue({ sheets: ['Зведення 2023'] });
    const first = generateReport(event());
    await tick();
    expect(dialogs).toHaveLength(1);
    // The first notice is still open when the button is pressed again.
    dialogErrors = [12007];
    const second = generateReport(event());
    await tick();
    await tick();
    expect(dialogs[0].close).toHaveBeenCalled();
    expect(dialogs).toHaveLength(2);
    dialogs[1].handlers.get('message')?.({ message: 'close' });
    await Promise.all([first, second]);
  });

  it('tries a separate window when the dialog cannot be shown in the page (12011, 12009)', async () => {
    generate.mockResolvedValue({ sheets: ['Зведення 2023'] });
    dialogErrors = [12011];
    const done = generateReport(event());
    await tick();
    await tick();
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0].options).toMatchObject({ displayInIframe: false });
    dialogs[0].handlers.get('message')?.({ message: 'close' });
    await done;
  });

  it('when no dialog can be shown at all, shows the report sheet itself and still completes', async () => {
    dialogErrors = [12007, 12007, 12007, 12007];
    generate.mockResolvedValue({ sheets: ['Виконання плану 2023', 'Зведення 2023'] });
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const e = event();
    await generateReport(e);
    expect(selectCell).toHaveBeenCalledWith('Виконання плану 2023', 'A1');
    expect(errors).toHaveBeenCalledWith(
      'Could not show the result:',
      expect.stringContaining('Зведення 2023'),
      expect.objectContaining({ message: expect.stringContaining('12007') }),
    );
    expect(e.completed).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });
});
