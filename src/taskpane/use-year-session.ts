// The year section's state, apart from how it looks: which year action runs, its progress, and what the last
// one gave (a snapshot with its changes, the changes since the last snapshot, next year's plan). Talks to
// PlanService only; errors go to the pane's one error bar (the session's reportError).
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ChangesResult,
  NextYearResult,
  PaneSettings,
  PlanService,
  SnapshotResult,
} from '../app/plan-service';

export type YearBusy = 'snapshot' | 'changes' | 'next-year' | null;

export type YearOutcome =
  | { kind: 'snapshot'; result: SnapshotResult }
  | { kind: 'changes'; result: ChangesResult }
  | { kind: 'next-year'; result: NextYearResult }
  | null;

export interface YearSession {
  busy: YearBusy;
  /** Of the running snapshot, 0..1. */
  progress: number;
  /** What the last year action gave, shown until the next one. */
  outcome: YearOutcome;
  takeSnapshot(): Promise<void>;
  showChanges(): Promise<void>;
  createNextYearPlan(): Promise<void>;
  /** Save the reporting period (null: the plan's whole period) and check the plan for it. */
  setPeriod(code: string | null): Promise<void>;
  /** Select a measure's row of the plan sheet. */
  selectRow(sheet: string, row: number): void;
}

export interface YearSessionHost {
  saveSettings(patch: Partial<PaneSettings>): Promise<void>;
  reportError(e: unknown): void;
}

export function useYearSession(service: PlanService, host: YearSessionHost): YearSession {
  const [busy, setBusy] = useState<YearBusy>(null);
  const [progress, setProgress] = useState(0);
  const [outcome, setOutcome] = useState<YearOutcome>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const { reportError, saveSettings } = host;
  // One year action at a time (the host also refuses a second write of our sheets in the workbook).
  const running = useRef(false);

  const perform = useCallback(
    async (kind: Exclude<YearBusy, null>, action: () => Promise<YearOutcome>): Promise<void> => {
      if (running.current) return;
      running.current = true;
      setBusy(kind);
      setProgress(0);
      setOutcome(null);
      try {
        const result = await action();
        if (mounted.current) setOutcome(result);
      } catch (e) {
        if (mounted.current) reportError(e);
      } finally {
        running.current = false;
        if (mounted.current) setBusy(null);
      }
    },
    [reportError],
  );

  const takeSnapshot = useCallback(
    (): Promise<void> =>
      perform('snapshot', async () => ({
        kind: 'snapshot',
        result: await service.takeSnapshot((f) => mounted.current && setProgress(f)),
      })),
    [service, perform],
  );
  const showChanges = useCallback(
    (): Promise<void> =>
      perform('changes', async () => ({ kind: 'changes', result: await service.changesSinceSnapshot() })),
    [service, perform],
  );
  const createNextYearPlan = useCallback(
    (): Promise<void> =>
      perform('next-year', async () => ({ kind: 'next-year', result: await service.createNextYearPlan() })),
    [service, perform],
  );
  const setPeriod = useCallback(
    async (code: string | null): Promise<void> => {
      // What was shown was for the other period.
      setOutcome(null);
      await saveSettings({ period: code });
    },
    [saveSettings],
  );
  const selectRow = useCallback(
    (sheet: string, row: number): void => void service.selectCell(sheet, `A${row}`).catch(reportError),
    [service, reportError],
  );

  return { busy, progress, outcome, takeSnapshot, showChanges, createNextYearPlan, setPeriod, selectRow };
}
