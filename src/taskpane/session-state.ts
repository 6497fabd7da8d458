// How the pane's session state changes, as a pure reducer: what each step of a check or an action does to
// what is shown (busy, progress, result, error, notice), tested without rendering.
import type { CheckResult, InputHelpersResult, PaneSettings, SpacesResult } from '../app/plan-service';
import { DEFAULT_SETTINGS } from '../app/plan-service';
import { toPaneError, type PaneError } from './format';

/** What is running: one action at a time; a check may also start on its own (live re-check). */
export type Busy = 'check' | 'generate' | 'helpers' | 'spaces' | 'sample' | null;
export type ActionBusy = Exclude<Busy, 'check' | null>;
/** What the last action achieved, shown until the next action starts. */
export type Notice =
  | { kind: 'generated'; sheets: string[]; notes: string[] }
  | { kind: 'helpers'; result: InputHelpersResult }
  | { kind: 'spaces'; result: SpacesResult }
  | { kind: 'sample'; sheet: string }
  | null;

export interface SessionState {
  settings: PaneSettings;
  result: CheckResult | null;
  busy: Busy;
  progress: number;
  error: PaneError | null;
  notice: Notice;
  /** The last check found no plan: the pane shows its first-run state (not an error), with the host's words. */
  noPlan: PaneError | null;
}

export const INITIAL_SESSION: SessionState = {
  settings: DEFAULT_SETTINGS,
  result: null,
  busy: null,
  progress: 0,
  error: null,
  notice: null,
  noPlan: null,
};

export type SessionEvent =
  | { type: 'settings'; settings: PaneSettings }
  | { type: 'check-started' }
  | { type: 'checked'; result: CheckResult }
  | { type: 'check-ended' }
  | { type: 'check-failed'; error: unknown }
  | { type: 'action-started'; busy: ActionBusy }
  | { type: 'progress'; fraction: number }
  /** `notice` null: the action failed (its error was reported first). */
  | { type: 'action-done'; notice: Notice }
  | { type: 'failed'; error: unknown }
  | { type: 'dismiss-error' };

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'settings':
      return { ...state, settings: event.settings };
    case 'check-started':
      // A check started while an action runs does not take the action's place.
      return state.busy === null ? { ...state, busy: 'check' } : state;
    case 'checked':
      return { ...state, result: event.result, error: null, noPlan: null };
    case 'check-failed': {
      // No plan is where a new user starts, not a failure: the result goes, no error bar.
      const error = toPaneError(event.error);
      return error.code === 'no-plan'
        ? { ...state, result: null, noPlan: error, error: null }
        : { ...state, error };
    }
    case 'check-ended':
      return state.busy === 'check' ? { ...state, busy: null } : state;
    case 'action-started':
      return { ...state, busy: event.busy, progress: 0, notice: null };
    case 'progress':
      return { ...state, progress: Math.max(0, Math.min(1, event.fraction)) };
    case 'action-done':
      return event.notice
        ? { ...state, busy: null, notice: event.notice, error: null }
        : { ...state, busy: null };
    case 'failed':
      return { ...state, error: toPaneError(event.error) };
    case 'dismiss-error':
      return { ...state, error: null };
  }
}
