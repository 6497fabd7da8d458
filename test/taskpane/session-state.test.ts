import { INITIAL_SESSION, sessionReducer, type SessionEvent } from '../../src/taskpane/session-state';
import { ServiceError } from '../../src/app/plan-service';
import { checkResult } from './fake-service';

const run = (...events: SessionEvent[]) => events.reduce(sessionReducer, INITIAL_SESSION);

describe('session state', () => {
  it('a live check during an action leaves the action in charge', () => {
    const s = run(
      { type: 'action-started', busy: 'generate' },
      { type: 'check-started' },
      { type: 'check-ended' },
    );
    expect(s.busy).toBe('generate');
    expect(run({ type: 'check-started' }).busy).toBe('check');
    expect(run({ type: 'check-started' }, { type: 'check-ended' }).busy).toBeNull();
  });

  it('a good check clears the error; a failed action keeps it and shows no notice', () => {
    const failed = run({ type: 'failed', error: new ServiceError('protected', 'x') });
    expect(failed.error?.code).toBe('protected');
    expect(sessionReducer(failed, { type: 'checked', result: checkResult([]) }).error).toBeNull();
    const s = run(
      { type: 'action-started', busy: 'helpers' },
      { type: 'failed', error: new Error('no') },
      { type: 'action-done', notice: null },
    );
    expect(s).toMatchObject({ busy: null, notice: null, error: { code: 'unexpected', detail: 'no' } });
  });

  it('starting an action clears the last notice and progress; progress stays within 0..1', () => {
    const s = run(
      { type: 'action-done', notice: { kind: 'helpers', result: { added: [], skipped: [] } } },
      { type: 'action-started', busy: 'generate' },
      { type: 'progress', fraction: -3 },
    );
    expect(s).toMatchObject({ notice: null, progress: 0, busy: 'generate' });
    expect(sessionReducer(s, { type: 'progress', fraction: 0.25 }).progress).toBe(0.25);
  });

  it('a check that finds no plan is the first-run state, not an error; a found plan ends it', () => {
    const noPlan = run({ type: 'check-failed', error: new ServiceError('no-plan', 'Немає плану') });
    expect(noPlan).toMatchObject({ result: null, error: null, noPlan: { code: 'no-plan' } });
    const other = run({ type: 'check-failed', error: new ServiceError('protected', 'x') });
    expect(other).toMatchObject({ noPlan: null, error: { code: 'protected' } });
  });
});
