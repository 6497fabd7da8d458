/** @jest-environment jsdom */
import { act, renderHook, waitFor } from '@testing-library/react';
import { ServiceError, type CheckResult, type GenerateResult } from '../../src/app/plan-service';
import { usePlanSession } from '../../src/taskpane/use-plan-session';
import { FakeService, checkResult, finding } from './fake-service';

const ONE = [finding({ rule: 'missing-execution', severity: 'error', cell: 'E25', row: 25 })];

/** The session after its first check (settings loaded, plan checked, watching). */
async function started(service: FakeService) {
  const hook = renderHook(() => usePlanSession(service));
  await waitFor(() => expect(hook.result.current.result).not.toBeNull());
  await waitFor(() => expect(service.watcher).not.toBeNull());
  return hook;
}

/** A check that waits until the test lets it finish. */
function heldCheck(service: FakeService): (r: CheckResult) => void {
  let release: (r: CheckResult) => void = () => undefined;
  service.nextCheck = () => new Promise((resolve) => (release = resolve));
  return (r) => release(r);
}

describe('usePlanSession', () => {
  it('loads the settings, checks the plan with them, then watches it', async () => {
    const service = new FakeService(checkResult(ONE));
    service.settings = { ...service.settings, asOf: '2023-06-30', language: 'en' };
    const { result } = await started(service);
    expect(service.checkedWith[0].asOf).toBe('2023-06-30');
    expect(result.current.settings.asOf).toBe('2023-06-30');
    expect(result.current.asOf).toBe('2023-06-30');
    expect(result.current.lang).toBe('en');
    expect(result.current.result?.findings).toHaveLength(1);
    expect(result.current.busy).toBeNull();
  });

  it('follows Office’s language and takes the as-of date of the check when none is saved', async () => {
    const service = new FakeService(checkResult([]));
    service.language = 'en-US';
    const { result } = await started(service);
    expect(result.current.lang).toBe('en');
    expect(result.current.asOf).toBe('2023-12-31');
  });

  it('saves a change and checks again with it; the language alone is saved without a check', async () => {
    const service = new FakeService(checkResult(ONE));
    const { result } = await started(service);
    await act(() => result.current.saveSettings({ asOf: '2023-03-01' }));
    expect(service.settings.asOf).toBe('2023-03-01');
    expect(service.checkedWith.at(-1)?.asOf).toBe('2023-03-01');
    expect(service.calls.check).toHaveBeenCalledTimes(2);
    await act(() => result.current.saveSettings({ language: 'en' }, { recheck: false }));
    expect(service.settings.language).toBe('en');
    expect(result.current.lang).toBe('en');
    expect(service.calls.check).toHaveBeenCalledTimes(2);
  });

  it('keeps two quick changes: the second save carries the first', async () => {
    const service = new FakeService(checkResult(ONE));
    const { result } = await started(service);
    await act(async () => {
      void result.current.saveSettings({ asOf: '2023-04-01' }, { recheck: false });
      await result.current.saveSettings({ positions: ['Начальник відділу'] }, { recheck: false });
    });
    expect(service.settings).toMatchObject({ asOf: '2023-04-01', positions: ['Начальник відділу'] });
  });

  it('lets a later check supersede one still running', async () => {
    const service = new FakeService(checkResult(ONE));
    const { result } = await started(service);
    const releaseFirst = heldCheck(service);
    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.check();
    });
    expect(result.current.busy).toBe('check');
    service.nextCheck = async () => checkResult([]);
    await act(() => result.current.check());
    expect(result.current.result?.findings).toEqual([]);
    await act(async () => {
      releaseFirst(checkResult(ONE));
      await first;
    });
    expect(result.current.result?.findings).toEqual([]);
    expect(result.current.busy).toBeNull();
  });

  it('re-checks on an edit of the plan and stops watching when unmounted', async () => {
    const service = new FakeService(checkResult(ONE));
    const { result, unmount } = await started(service);
    service.nextCheck = async () => checkResult([]);
    await act(async () => service.watcher?.());
    await waitFor(() => expect(result.current.result?.findings).toEqual([]));
    unmount();
    await waitFor(() => expect(service.calls.unwatch).toHaveBeenCalledTimes(1));
  });

  it('keeps highlights on across checks once turned on', async () => {
    const service = new FakeService(checkResult(ONE));
    const { result } = await started(service);
    await act(() => result.current.setHighlights(true));
    expect(service.settings.highlights).toBe(true);
    expect(service.calls.setHighlights).toHaveBeenLastCalledWith(true, 1);
    await act(() => result.current.check());
    expect(service.calls.setHighlights).toHaveBeenCalledTimes(2);
    expect(service.calls.check).toHaveBeenCalledTimes(2);
  });

  it('generates with progress, then says which sheets it wrote', async () => {
    const service = new FakeService(checkResult(ONE));
    let progress: ((f: number) => void) | undefined;
    let finish: (r: GenerateResult) => void = () => undefined;
    service.nextGenerate = (onProgress) => {
      progress = onProgress;
      return new Promise((resolve) => (finish = resolve));
    };
    const { result } = await started(service);
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.generate();
    });
    expect(result.current.busy).toBe('generate');
    act(() => progress?.(1.7));
    expect(result.current.progress).toBe(1);
    await act(async () => {
      finish({ sheets: ['Виконання плану 2023', 'Зведення 2023'] });
      await done;
    });
    expect(result.current.busy).toBeNull();
    expect(result.current.notice).toEqual({
      kind: 'generated',
      sheets: ['Виконання плану 2023', 'Зведення 2023'],
      notes: [],
    });
  });

  it('reports every failure the same way and keeps the last good check', async () => {
    const service = new FakeService(checkResult(ONE));
    const { result } = await started(service);
    service.nextGenerate = () => Promise.reject(new ServiceError('protected', 'Аркуш захищено'));
    await act(() => result.current.generate());
    expect(result.current.error).toEqual({ code: 'protected', detail: 'Аркуш захищено' });
    expect(result.current.notice).toBeNull();
    expect(result.current.busy).toBeNull();

    service.nextCheck = () => Promise.reject(new Error('boom'));
    await act(() => result.current.check());
    expect(result.current.error).toEqual({ code: 'unexpected', detail: 'boom' });
    expect(result.current.result?.findings).toHaveLength(1);

    act(() => result.current.dismissError());
    expect(result.current.error).toBeNull();
    act(() => result.current.reportError('odd'));
    expect(result.current.error).toEqual({ code: 'unexpected', detail: 'odd' });
  });

  it('adds input helpers on request and clears an earlier error when it works', async () => {
    const service = new FakeService(checkResult(ONE));
    const { result } = await started(service);
    act(() => result.current.reportError(new Error('earlier')));
    await act(() => result.current.addInputHelpers());
    expect(service.calls.addInputHelpers).toHaveBeenCalledTimes(1);
    expect(result.current.notice).toEqual({
      kind: 'helpers',
      result: {
        added: [{ what: 'responsible', heading: 'Відповідальні особи', address: 'D7:D37' }],
        skipped: [],
      },
    });
    expect(result.current.error).toBeNull();
  });

  it('names what this Excel lacks', async () => {
    const service = new FakeService(checkResult([]));
    service.missing = [{ feature: 'highlights', requirement: 'ExcelApi 1.9' }];
    const { result } = await started(service);
    expect(result.current.lacks('highlights')).toBe(true);
    expect(result.current.lacks('generate')).toBe(false);
  });
});
