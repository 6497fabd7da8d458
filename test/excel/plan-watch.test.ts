// Live re-check follows the plan sheet: onChanged is registered on the sheet the plan is found on, when it is
// found (even after the pane started), moved when the plan sheet changes, removed from the old sheet and
// never registered twice. Excel delivers the events asynchronously, after the request (excel-add-ins-events).
import { DEFAULT_SETTINGS } from '../../src/app/plan-service';
import { FakeExcel } from './fake-excel';
import { fakeWithPlan, planSheet, serviceFor } from './plan-fixture';

afterEach(() => jest.useRealTimers());

async function settle(fake: FakeExcel, ms = 700): Promise<void> {
  await fake.eventsDelivered();
  await new Promise((r) => setTimeout(r, ms));
}

describe('live re-check', () => {
  it('starts when a plan is found after the pane opened', async () => {
    const fake = new FakeExcel([{ name: 'Лист1', rows: [['ще порожньо']] }]);
    const service = serviceFor(fake, { debounceMs: 20 });
    const onChange = jest.fn();
    const stop = await service.watchPlan(onChange);
    await expect(service.check()).rejects.toMatchObject({ code: 'no-plan' });

    // The clerk pastes the plan onto a new sheet and checks.
    const seed = planSheet(10, 'План');
    fake.addSheet(seed);
    fake.activate('План');
    await service.check();
    expect(fake.watchedSheets()).toEqual(['План']);
    fake.userEdit('План', 'E5', 'нове');
    await settle(fake, 60);
    expect(onChange).toHaveBeenCalledTimes(1);
    await stop();
    expect(fake.watchedSheets()).toEqual([]);
  });

  it('moves to the sheet chosen in the settings, leaves the old one, and never registers twice', async () => {
    const fake = new FakeExcel([planSheet(5, 'А'), planSheet(9, 'Б')]);
    const service = serviceFor(fake, { debounceMs: 20 });
    const onChange = jest.fn();
    const stop = await service.watchPlan(onChange);
    await service.check();
    await service.check();
    expect(fake.watchedSheets()).toEqual(['А']);
    expect(fake.handlerCount('А')).toBe(1);

    await service.saveSettings({ ...DEFAULT_SETTINGS, planSheet: 'Б' });
    await service.check();
    expect(fake.watchedSheets()).toEqual(['Б']);
    expect(fake.handlerCount('Б')).toBe(1);

    fake.userEdit('А', 'E5', 'не план');
    await settle(fake, 60);
    expect(onChange).not.toHaveBeenCalled();
    fake.userEdit('Б', 'E5', 'план');
    await settle(fake, 60);
    expect(onChange).toHaveBeenCalledTimes(1);
    await stop();
    expect(fake.watchedSheets()).toEqual([]);
  });

  it("ignores the add-in's own writes, which Excel reports after the request", async () => {
    for (const apiVersion of ['1.19', '1.13']) {
      // 1.13: no triggerSource (ExcelApi 1.14) to tell them apart.
      const fake = fakeWithPlan(28, [], false, { apiVersion });
      const service = serviceFor(fake, { debounceMs: 20 });
      const onChange = jest.fn();
      const stop = await service.watchPlan(onChange);
      const { findings } = await service.check();
      await service.addInputHelpers().catch(() => undefined);
      await service.setHighlights(true, findings);
      await service.generate();
      await settle(fake, 100);
      expect([apiVersion, onChange.mock.calls.length]).toEqual([apiVersion, 0]);
      // A real edit still counts.
      fake.userEdit('Лист1', 'E5', 'правка');
      await settle(fake, 60);
      expect([apiVersion, onChange.mock.calls.length]).toEqual([apiVersion, 1]);
      await stop();
    }
  });
});
