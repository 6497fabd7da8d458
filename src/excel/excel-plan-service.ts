// The PlanService over Office.js. Every action runs in one Excel.run with a fixed number of round trips
// whatever the plan's size (more only past Excel's limits, far beyond any real plan):
//   check / live re-check  3 (sheet list and records; windows and marks; the plan's area) — locate-plan.ts
//   generate               5 (the above under the workbook's lock; the new sheets; the swap) — generate-report.ts
//   setHighlights          4, addInputHelpers 5, selectCell 2, watchPlan 3, settings 1 (2 when the plan sheet changes).
//   previewSpaces 3 (a check's), fixSpaces 2 — trim-spaces.ts;  insertSamplePlan 2 — sample-sheet.ts
//   takeSnapshot           5, as generate (earlier snapshot sheets read with the plan's area) — year-actions.ts
//   changesSinceSnapshot   3;  createNextYearPlan 3 + the new workbook's request — next-year-workbook.ts
//   createRequests         3 + one request per workbook opened — requests-made.ts
//   previewAnswers 4, applyAnswers 5, whatever the number of answers — apply-answers.ts
import {
  type ChangesResult,
  type CheckResult,
  DEFAULT_SETTINGS,
  type GenerateResult,
  type InputHelpersResult,
  type NextYearResult,
  type SpacesPreview,
  type SpacesResult,
  type PaneSettings,
  type PlanService,
  type SnapshotResult,
} from '../app/plan-service';
import { localToday } from '../core/calendar';
import { langFromLocale, type Lang } from '../core/i18n/lang';
import type { Finding } from '../core/types';
import { toServiceError } from './errors';
import { generateReport } from './generate-report';
import type { LockOwner } from './generate-lock';
import { replaceHighlights } from './highlights';
import { toCheckResult } from './check-result';
import { addValidation, planHelpers, positionsSource } from './input-helpers';
import { insertSamplePlan } from './sample-sheet';
import { fixSpaces, spaceFixes } from './trim-spaces';
import { findPlanSheet, type LocateEnv, type LocatedPlan, locatePlan } from './locate-plan';
import { busyError, sheetNotFoundError } from './plan-errors';
import { PlanWatch } from './plan-watch';
import {
  defaultIsSetSupported,
  type IsSetSupported,
  missingFeatureError,
  missingFeatures,
  requireFeature,
} from './requirements';
import { parseSettings, SETTINGS_KEY } from './settings';
import { isWorkSheet, loadWorkbookInfo } from './workbook-info';
import { changesSinceSnapshot, takeSnapshot } from './year-actions';
import { CREATE_WORKBOOK_LIMIT, type CreateWorkbook, createNextYearPlan } from './next-year-workbook';
import { requestsActions } from './requests-actions';

export interface ExcelPlanServiceDeps {
  run?: typeof Excel.run;
  isSetSupported?: IsSetSupported;
  displayLanguage?: () => string;
  /** Today as YYYY-MM-DD (the default as-of date). */
  today?: () => string;
  /** Quiet time after the last edit before a live re-check (ms). */
  debounceMs?: number;
  /** The clock, for the generate lock's staleness (ms since the epoch). */
  now?: () => number;
  /** Excel.createWorkbook (ExcelApi 1.8), for next year's plan. */
  createWorkbook?: CreateWorkbook;
  /** The largest new workbook sent, as base64 characters (below Excel on the web's 5 MB request). */
  createWorkbookLimit?: number;
}

/** Progress within 0..1 that never goes back: a bar that jumps back looks like a restart. */
function forwardOnly(onProgress?: (fraction: number) => void): (fraction: number) => void {
  let shown = 0;
  return (f) => {
    shown = Math.max(shown, Math.min(1, Math.max(0, f)));
    onProgress?.(shown);
  };
}

/** Excel.createWorkbook where this Office has it (looked up when used: Office may still be loading). */
function officeCreateWorkbook(): CreateWorkbook | null {
  if (typeof Excel === 'undefined' || typeof Excel.createWorkbook !== 'function') return null;
  return (base64) => Excel.createWorkbook(base64);
}

export function createExcelPlanService(deps: ExcelPlanServiceDeps = {}): PlanService {
  // Excel is looked up when used, not when the service is built (Office may still be loading).
  const run = (): typeof Excel.run => deps.run ?? Excel.run;
  const isSet = deps.isSetSupported ?? defaultIsSetSupported;
  // Office may be absent where the service runs over another Excel (a stand-in): Ukrainian then.
  const displayLanguage =
    deps.displayLanguage ??
    ((): string => (typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined) ?? 'uk-UA');
  const today = deps.today ?? ((): string => localToday(new Date()));
  let chosenLang: Lang | null = null;
  /** Writes of ours in progress: change events they cause are not the user's edits. */
  let ownWrites = 0;
  let generating = false;
  const lock: LockOwner = {
    token: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    now: deps.now ?? Date.now,
  };
  const lang = (): Lang => chosenLang ?? langFromLocale(displayLanguage());
  const env: LocateEnv = { isSet, lang, today };
  const runWith = (context: Excel.RequestContext, batch: (c: Excel.RequestContext) => Promise<void>) =>
    run()(context, batch);
  const watch = new PlanWatch(runWith, deps.debounceMs ?? 600, () => ownWrites > 0);

  /** One write of our sheets at a time in this runtime (the pane's buttons and a second click of the ribbon's). */
  async function oneWriteAtATime<T>(write: () => Promise<T>): Promise<T> {
    if (generating) throw busyError(null, lang());
    generating = true;
    try {
      return await write();
    } finally {
      generating = false;
    }
  }

  async function excel<T>(batch: (context: Excel.RequestContext) => Promise<T>, writes = false): Promise<T> {
    if (writes) ownWrites++;
    try {
      return await run()(batch);
    } catch (e) {
      throw toServiceError(e, lang());
    } finally {
      if (writes) ownWrites--;
      await watch.settled();
    }
  }

  /** The plan read; live re-check follows its sheet in the same request. */
  const located = (context: Excel.RequestContext): Promise<LocatedPlan> =>
    locatePlan(context, env, { withArea: (ctx, sheet) => watch.follow(ctx, sheet.id) }).then((r) => {
      chosenLang = r.info.settings.language;
      return r;
    });

  return {
    displayLanguage: () => displayLanguage(),
    missingFeatures: () => missingFeatures(isSet),

    async loadSettings(): Promise<PaneSettings> {
      requireFeature(isSet, 'settings', lang());
      return excel(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        item.load('value');
        await context.sync();
        const settings = item.isNullObject ? { ...DEFAULT_SETTINGS } : parseSettings(item.value);
        chosenLang = settings.language;
        return settings;
      });
    },

    async saveSettings(settings: PaneSettings): Promise<void> {
      requireFeature(isSet, 'settings', lang());
      const clean = parseSettings(settings);
      await excel(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(clean));
        // A plan sheet named in the settings: live re-check moves there now, not at the next check.
        const named =
          clean.planSheet && watch.active
            ? context.workbook.worksheets.getItemOrNullObject(clean.planSheet)
            : null;
        named?.load('id');
        await context.sync();
        if (named && !named.isNullObject) {
          watch.follow(context, named.id);
          await context.sync();
        }
      });
      chosenLang = clean.language;
    },

    async listSheets(): Promise<string[]> {
      return excel(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return sheets.items.map((s) => s.name).filter((n) => !isWorkSheet(n));
      });
    },

    async check(): Promise<CheckResult> {
      requireFeature(isSet, 'settings', lang());
      return excel(async (context) => toCheckResult(await located(context)));
    },

    async generate(onProgress?: (fraction: number) => void): Promise<GenerateResult> {
      requireFeature(isSet, 'generate', lang());
      const progress = forwardOnly(onProgress);
      return oneWriteAtATime(() =>
        excel((context) => generateReport(context, { ...env, lock }, progress), true),
      );
    },

    async takeSnapshot(onProgress?: (fraction: number) => void): Promise<SnapshotResult> {
      requireFeature(isSet, 'snapshot', lang());
      const progress = forwardOnly(onProgress);
      return oneWriteAtATime(() =>
        excel((context) => takeSnapshot(context, { ...env, lock }, progress), true),
      );
    },

    async changesSinceSnapshot(): Promise<ChangesResult> {
      requireFeature(isSet, 'snapshot', lang());
      return excel((context) => changesSinceSnapshot(context, env));
    },

    async createNextYearPlan(): Promise<NextYearResult> {
      requireFeature(isSet, 'next-year', lang());
      const create = deps.createWorkbook ?? officeCreateWorkbook();
      if (!create) throw missingFeatureError('next-year', lang());
      return excel((context) =>
        createNextYearPlan(context, env, create, deps.createWorkbookLimit ?? CREATE_WORKBOOK_LIMIT),
      );
    },

    ...requestsActions({
      isSet,
      env,
      excel,
      oneWriteAtATime,
      createWorkbook: () => deps.createWorkbook ?? officeCreateWorkbook(),
      limit: deps.createWorkbookLimit ?? CREATE_WORKBOOK_LIMIT,
    }),

    async selectCell(sheet: string, cell: string): Promise<void> {
      await excel(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.load('name');
        await context.sync();
        if (ws.isNullObject) throw sheetNotFoundError(sheet, lang());
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },

    async setHighlights(on: boolean, findings: Finding[]): Promise<void> {
      requireFeature(isSet, 'highlights', lang());
      await excel(async (context) => {
        const info = await loadWorkbookInfo(context, isSet);
        await replaceHighlights(context, info, on ? findings : [], isSet);
      }, true);
    },

    async watchPlan(onChange: () => void): Promise<() => Promise<void>> {
      requireFeature(isSet, 'live-validation', lang());
      watch.start(onChange);
      // Registered on the plan's sheet now if there is a plan; otherwise as soon as a check finds one.
      await excel(async (context) => {
        const where = await findPlanSheet(context, env).catch(() => null);
        if (!where) return;
        watch.follow(context, where.sheet.id);
        await context.sync();
      }).catch(() => undefined);
      let stopped = false;
      return async () => {
        if (stopped) return;
        stopped = true;
        await watch.stop();
      };
    },

    async addInputHelpers(): Promise<InputHelpersResult> {
      requireFeature(isSet, 'input-helpers', lang());
      return excel(async (context) => {
        const r = await located(context);
        const names = r.info.sheets.map((s) => s.name);
        const source = positionsSource(r.positionsGrid, r.info.settings.positions, names);
        return addValidation(context, r.sheet.id, planHelpers(r.plan, r.grid, source), lang());
      }, true);
    },

    async previewSpaces(): Promise<SpacesPreview> {
      requireFeature(isSet, 'settings', lang());
      return excel(async (context) => {
        const r = await located(context);
        return { sheet: r.sheet.name, fixes: spaceFixes(r.plan, r.grid) };
      });
    },

    async fixSpaces(preview: SpacesPreview): Promise<SpacesResult> {
      return excel((context) => fixSpaces(context, preview, lang()), true);
    },

    async insertSamplePlan(): Promise<string> {
      return excel((context) => insertSamplePlan(context, today(), lang(), isSet), true);
    },
  };
}
