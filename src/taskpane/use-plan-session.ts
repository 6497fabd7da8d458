// The pane's session with a workbook, apart from how it looks: the saved settings, the last check, what is
// running, the last error and notice, and the actions a person can take. Components render it; the state
// changes are the reducer's (session-state.ts), so any layout of the pane gets the same behaviour.
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type {
  CheckResult,
  MissingFeature,
  PaneSettings,
  PlanService,
  SpacesPreview,
} from '../app/plan-service';
import { DEFAULT_SETTINGS } from '../app/plan-service';
import { localToday } from '../core/calendar';
import { langFromLocale, type Lang } from '../core/i18n/lang';
import type { Finding } from '../core/types';
import type { PaneError } from './format';
import { INITIAL_SESSION, sessionReducer, type ActionBusy, type Busy, type Notice } from './session-state';

export type { Busy, Notice } from './session-state';

export interface PlanSession {
  settings: PaneSettings;
  /** The pane's language: the saved choice, else Office's display language. */
  lang: Lang;
  /** The date deadlines are judged as of: the saved one, else the last check's, else today. */
  asOf: string;
  /** The last successful check (kept while a later one runs or fails). */
  result: CheckResult | null;
  busy: Busy;
  /** Of the running generate, 0..1. */
  progress: number;
  error: PaneError | null;
  notice: Notice;
  /** The last check found no plan (the first-run state). */
  noPlan: PaneError | null;
  /** What this Excel cannot do; `lacks` asks about one feature. */
  missing: MissingFeature[];
  lacks(feature: MissingFeature['feature']): boolean;

  /** Read and validate the plan again; a later check supersedes one still running. */
  check(): Promise<void>;
  generate(): Promise<void>;
  addInputHelpers(): Promise<void>;
  /** The cells «Прибрати зайві пробіли» would change; nothing is written (null when reading failed). */
  previewSpaces(): Promise<SpacesPreview | null>;
  /** Write a preview the user confirmed, then check again. */
  fixSpaces(preview: SpacesPreview): Promise<void>;
  /** Insert the example plan sheet and check it. */
  insertSample(): Promise<void>;
  /** Show a sheet (the report just written). */
  openSheet(sheet: string): void;
  /** Save a change of settings; `recheck` (the default) then checks the plan with it. */
  saveSettings(patch: Partial<PaneSettings>, opts?: { recheck?: boolean }): Promise<void>;
  setHighlights(on: boolean): Promise<void>;
  /** Select a finding's cell in the workbook. */
  select(finding: Finding): void;
  /** Show what went wrong (the one place errors are turned into what the pane says). */
  reportError(e: unknown): void;
  dismissError(): void;
}

export function usePlanSession(service: PlanService): PlanSession {
  const [state, dispatch] = useReducer(sessionReducer, INITIAL_SESSION);
  // The settings as last changed, ahead of the render that shows them: a save or check started right after
  // a change (two quick clicks) must see it. Changed only through commitSettings.
  const latest = useRef<PaneSettings>(DEFAULT_SETTINGS);
  const commitSettings = useCallback((settings: PaneSettings): void => {
    latest.current = settings;
    dispatch({ type: 'settings', settings });
  }, []);
  const reportError = useCallback((e: unknown): void => dispatch({ type: 'failed', error: e }), []);

  // A later check supersedes an earlier one still running (edits arrive while a check is in flight).
  const checkSeq = useRef(0);
  const check = useCallback(async (): Promise<void> => {
    const seq = ++checkSeq.current;
    const current = (): boolean => seq === checkSeq.current;
    dispatch({ type: 'check-started' });
    try {
      const result = await service.check();
      if (!current()) return;
      dispatch({ type: 'checked', result });
      if (latest.current.highlights) await service.setHighlights(true, result.findings);
    } catch (e) {
      if (current()) dispatch({ type: 'check-failed', error: e });
    } finally {
      if (current()) dispatch({ type: 'check-ended' });
    }
  }, [service]);

  const saveSettings = useCallback(
    async (patch: Partial<PaneSettings>, { recheck = true } = {}): Promise<void> => {
      const next = { ...latest.current, ...patch };
      commitSettings(next);
      try {
        await service.saveSettings(next);
      } catch (e) {
        reportError(e);
      }
      if (recheck) await check();
    },
    [service, commitSettings, reportError, check],
  );

  // On mount: settings, a first check, then live validation until the pane closes.
  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let unmounted = false;
    void (async () => {
      try {
        const loaded = await service.loadSettings();
        if (unmounted) return;
        commitSettings(loaded);
      } catch (e) {
        reportError(e);
      }
      if (unmounted) return;
      await check();
      try {
        const unsubscribe = await service.watchPlan(() => void check());
        if (unmounted) await unsubscribe();
        else stop = unsubscribe;
      } catch (e) {
        if (!unmounted) reportError(e);
      }
    })();
    return () => {
      unmounted = true;
      checkSeq.current += 1;
      if (stop) void stop().catch(() => undefined);
    };
  }, [service, check, commitSettings, reportError]);

  /** One action at a time: busy while it runs, its notice (or error) when it ends. */
  const perform = useCallback(
    async (busy: ActionBusy, action: () => Promise<Notice>): Promise<void> => {
      dispatch({ type: 'action-started', busy });
      try {
        dispatch({ type: 'action-done', notice: await action() });
      } catch (e) {
        reportError(e);
        dispatch({ type: 'action-done', notice: null });
      }
    },
    [reportError],
  );

  const generate = useCallback(
    (): Promise<void> =>
      perform('generate', async () => {
        const r = await service.generate((fraction) => dispatch({ type: 'progress', fraction }));
        return { kind: 'generated', sheets: r.sheets, notes: r.notes ?? [] };
      }),
    [service, perform],
  );

  const addInputHelpers = useCallback(
    (): Promise<void> =>
      perform('helpers', async () => ({ kind: 'helpers', result: await service.addInputHelpers() })),
    [service, perform],
  );

  const previewSpaces = useCallback(async (): Promise<SpacesPreview | null> => {
    try {
      return await service.previewSpaces();
    } catch (e) {
      reportError(e);
      return null;
    }
  }, [service, reportError]);

  const fixSpaces = useCallback(
    async (preview: SpacesPreview): Promise<void> => {
      await perform('spaces', async () => ({ kind: 'spaces', result: await service.fixSpaces(preview) }));
      await check();
    },
    [service, perform, check],
  );

  const insertSample = useCallback(async (): Promise<void> => {
    await perform('sample', async () => ({ kind: 'sample', sheet: await service.insertSamplePlan() }));
    // The example is the active sheet now: an automatic choice finds it.
    if (latest.current.planSheet !== null) await saveSettings({ planSheet: null });
    else await check();
  }, [service, perform, check, saveSettings]);

  const openSheet = useCallback(
    (sheet: string): void => void service.selectCell(sheet, 'A1').catch(reportError),
    [service, reportError],
  );

  const findings = state.result?.findings;
  const setHighlights = useCallback(
    async (on: boolean): Promise<void> => {
      await saveSettings({ highlights: on }, { recheck: false });
      try {
        await service.setHighlights(on, findings ?? []);
      } catch (e) {
        reportError(e);
      }
    },
    [service, saveSettings, reportError, findings],
  );

  const select = useCallback(
    (f: Finding): void => void service.selectCell(f.sheet, f.cell).catch(reportError),
    [service, reportError],
  );
  const dismissError = useCallback((): void => dispatch({ type: 'dismiss-error' }), []);

  const missing = useMemo(() => service.missingFeatures(), [service]);
  const lacks = useCallback(
    (feature: MissingFeature['feature']): boolean => missing.some((m) => m.feature === feature),
    [missing],
  );

  const { settings, result } = state;
  return {
    ...state,
    lang: settings.language ?? langFromLocale(service.displayLanguage()),
    asOf: settings.asOf ?? result?.asOf ?? localToday(new Date()),
    missing,
    lacks,
    check,
    generate,
    addInputHelpers,
    previewSpaces,
    fixSpaces,
    insertSample,
    openSheet,
    saveSettings,
    setHighlights,
    select,
    reportError,
    dismissError,
  };
}
