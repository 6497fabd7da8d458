// The «Запити підрозділам» section's state, apart from how it looks: the requests made (opened or to
// download), the answer files picked, their preview, the confirmation and what was written. Talks to
// PlanService only; errors go to the pane's one error bar. Nothing reaches the plan sheet but `apply`
// after `confirm`, and only the changes previewed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanService } from '../app/plan-service';
import type { AnswersApplied, AnswersPreview, AnswerUpload, RequestsMade } from '../app/requests-service';
import type { MergePreference } from '../core/requests/merge-types';

export type RequestsBusy = 'create' | 'preview' | 'apply' | null;

export interface RequestsSession {
  busy: RequestsBusy;
  made: RequestsMade | null;
  files: AnswerUpload[];
  prefer: MergePreference;
  preview: AnswersPreview | null;
  /** The user pressed «Застосувати» and is asked to confirm. */
  confirming: boolean;
  applied: AnswersApplied | null;
  createRequests(due: string): Promise<void>;
  /** Read the chosen files and preview them against the plan. */
  pickFiles(list: readonly File[]): Promise<void>;
  setPrefer(prefer: MergePreference): Promise<void>;
  /** Preview the files picked again (after the plan changed). */
  refresh(): Promise<void>;
  /** Cells of the preview's changes the user unticked (not written). */
  leftOut: ReadonlySet<string>;
  toggleChange(cell: string): void;
  askToApply(): void;
  cancelApply(): void;
  apply(): Promise<void>;
}

export interface RequestsSessionHost {
  reportError(e: unknown): void;
  /** Check the plan again (after answers were written into it). */
  check(): Promise<void>;
}

/** A file's bytes (File.arrayBuffer where the browser has it, a FileReader otherwise). */
function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

export function useRequestsSession(service: PlanService, host: RequestsSessionHost): RequestsSession {
  const [busy, setBusy] = useState<RequestsBusy>(null);
  const [made, setMade] = useState<RequestsMade | null>(null);
  const [files, setFiles] = useState<AnswerUpload[]>([]);
  const [prefer, setPreferState] = useState<MergePreference>('plan');
  const [preview, setPreview] = useState<AnswersPreview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState<AnswersApplied | null>(null);
  /** Cells of the preview's changes the user unticked: not written. A new preview ticks them all again. */
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const running = useRef(false);
  const { reportError, check } = host;

  const perform = useCallback(
    async (kind: Exclude<RequestsBusy, null>, action: () => Promise<void>): Promise<void> => {
      if (running.current) return;
      running.current = true;
      setBusy(kind);
      try {
        await action();
      } catch (e) {
        if (mounted.current) reportError(e);
      } finally {
        running.current = false;
        if (mounted.current) setBusy(null);
      }
    },
    [reportError],
  );

  const createRequests = useCallback(
    (due: string) =>
      perform('create', async () => {
        setMade(null);
        const result = await service.createRequests(due);
        if (mounted.current) setMade(result);
      }),
    [service, perform],
  );

  const previewWith = useCallback(
    (list: AnswerUpload[], p: MergePreference) =>
      perform('preview', async () => {
        setPreview(null);
        setConfirming(false);
        setApplied(null);
        if (list.length === 0) return;
        const result = await service.previewAnswers(list, p);
        if (mounted.current) {
          setPreview(result);
          setLeftOut(new Set());
        }
      }),
    [service, perform],
  );

  const pickFiles = useCallback(
    async (list: readonly File[]): Promise<void> => {
      let uploads: AnswerUpload[];
      try {
        uploads = await Promise.all(list.map(async (f) => ({ name: f.name, bytes: await bytesOf(f) })));
      } catch (e) {
        reportError(e);
        return;
      }
      setFiles(uploads);
      await previewWith(uploads, prefer);
    },
    [previewWith, prefer, reportError],
  );

  const setPrefer = useCallback(
    async (p: MergePreference): Promise<void> => {
      setPreferState(p);
      await previewWith(files, p);
    },
    [files, previewWith],
  );

  const apply = useCallback(
    () =>
      perform('apply', async () => {
        if (!preview || !confirming) return;
        setConfirming(false);
        try {
          const result = await service.applyAnswers(files, preview, [...leftOut]);
          if (!mounted.current) return;
          setApplied(result);
          setPreview(null);
        } catch (e) {
          // The plan changed meanwhile: what is shown is stale, so it goes; the user previews again.
          if ((e as { code?: string }).code === 'plan-changed' && mounted.current) setPreview(null);
          throw e;
        }
        await check();
      }),
    [perform, preview, confirming, service, files, leftOut, check],
  );

  return {
    busy,
    made,
    files,
    prefer,
    preview,
    confirming,
    applied,
    createRequests,
    pickFiles,
    setPrefer,
    refresh: () => previewWith(files, prefer),
    leftOut,
    toggleChange: (cell: string) =>
      setLeftOut((before) => {
        const next = new Set(before);
        if (!next.delete(cell)) next.add(cell);
        return next;
      }),
    askToApply: () => setConfirming(preview !== null && preview.changes.some((c) => !leftOut.has(c.cell))),
    cancelApply: () => setConfirming(false),
    apply,
  };
}
