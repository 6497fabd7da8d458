// The PlanService over Office.js. Every action runs in one Excel.run with a fixed number of round trips
// whatever the plan's size:
//   check / live re-check  2 (sheet list + settings; used ranges of all candidate sheets)
//   generate               4 (read 2; write new sheets under temporary names; swap them for ours)
//                          (+1 per further 3 MB of cell values, far beyond any real plan)
//                          (+2 to put things back when a write fails half-way)
//   reads past Excel's 5 MB response limit go in row blocks (see read-sheet.ts).
//   setHighlights          4, addInputHelpers 4, selectCell 2, settings 1.
import {
  DEFAULT_SETTINGS,
  type CheckResult,
  type GenerateResult,
  type PaneSettings,
  type PlanService,
} from '../app/plan-service';
import { analyse } from '../core/analyse';
import { localToday } from '../core/calendar';
import type { Grid } from '../core/grid';
import { langFromLocale, type Lang } from '../core/i18n/lang';
import { buildExecutionTable } from '../core/report/execution-table';
import { GENERATED_MARK, type SheetSpec } from '../core/report/sheet-spec';
import { buildSummarySheet } from '../core/report/summary-sheet';
import type { Finding, Plan, PlanReadError, Summary } from '../core/types';
import { positionsFromGrid } from '../core/plan/positions';
import { toServiceError } from './errors';
import { replaceHighlights } from './highlights';
import { addValidation, helperTargets, positionsSource } from './input-helpers';
import { noPlanError, sheetNotFoundError } from './plan-errors';
import {
  loadSheetContents,
  loadWorkbookInfo,
  MARK_PROPERTY,
  positionSheet,
  ROLE_PROPERTY,
  type SheetContents,
  type WorkbookInfo,
} from './read-sheet';
import {
  defaultIsSetSupported,
  type IsSetSupported,
  missingFeatures,
  OPTIONAL_REQUIREMENTS,
  requireFeature,
  supports,
} from './requirements';
import { MARKS_KEY, type MarkList, SETTINGS_KEY, parseSettings } from './settings';
import { type NamePlan, planSheetNames } from './sheet-naming';
import { packRequests, queueLayout, valueChunks, type ValueChunk } from './write-spec';

export interface ExcelPlanServiceDeps {
  run?: typeof Excel.run;
  isSetSupported?: IsSetSupported;
  displayLanguage?: () => string;
  /** Today as YYYY-MM-DD (the default as-of date). */
  today?: () => string;
  /** Quiet time after the last edit before a live re-check (ms). */
  debounceMs?: number;
}

interface PlanRead {
  info: WorkbookInfo;
  contents: SheetContents;
  grid: Grid;
  plan: Plan;
  findings: Finding[];
  summary: Summary;
  asOf: string;
  positionsGrid: Grid | null;
}

/**
 * Names of our unfinished sheets: new ones being written (`~tmp-`) and old ones being replaced (`~old-`).
 * A sheet left with such a name by a run that lost the workbook is ours and goes at the next run.
 */
const WORK_NAME = /^~(?:tmp|old)-[0-9a-z]{1,6}-\d+$/;

export function createExcelPlanService(deps: ExcelPlanServiceDeps = {}): PlanService {
  // Excel is looked up when used, not when the service is built (Office may still be loading).
  const run = (): typeof Excel.run => deps.run ?? Excel.run;
  const isSet = deps.isSetSupported ?? defaultIsSetSupported;
  const displayLanguage = deps.displayLanguage ?? ((): string => Office.context.displayLanguage);
  const today = deps.today ?? ((): string => localToday(new Date()));
  const debounceMs = deps.debounceMs ?? 600;
  let chosenLang: Lang | null = null;
  /** Writes of ours in progress: the plan sheet's change events they cause are not the user's edits. */
  let ownWrites = 0;

  const lang = (): Lang => chosenLang ?? langFromLocale(displayLanguage());

  async function excel<T>(batch: (context: Excel.RequestContext) => Promise<T>, writes = false): Promise<T> {
    if (writes) ownWrites++;
    try {
      return await run()(batch);
    } catch (e) {
      throw toServiceError(e, lang());
    } finally {
      if (writes) ownWrites--;
    }
  }

  async function readPlan(context: Excel.RequestContext): Promise<PlanRead> {
    const info = await loadWorkbookInfo(context);
    chosenLang = info.settings.language;
    const { settings } = info;
    const posSheet = settings.positions.length ? undefined : positionSheet(info);
    let names: string[];
    if (settings.planSheet) {
      const named = info.sheets.find((s) => s.name === settings.planSheet);
      if (!named) throw sheetNotFoundError(settings.planSheet, lang());
      names = [named.name];
    } else {
      // Our own report sheets (known by id) are not plans: their cells are not fetched.
      const ours = new Set(info.markSetting.map((m) => m.id));
      names = info.sheets
        .filter(
          (s) => (s.visible || s.name === info.activeSheet) && !ours.has(s.id) && !WORK_NAME.test(s.name),
        )
        .map((s) => s.name);
    }
    if (posSheet && !names.includes(posSheet.name)) names.push(posSheet.name);
    const contents = await loadSheetContents(context, info, names, isSet);

    const positionsGrid = posSheet ? (contents.grids.get(posSheet.name) ?? null) : null;
    const positions = settings.positions.length
      ? settings.positions
      : positionsGrid
        ? positionsFromGrid(positionsGrid)
        : [];
    const asOf = settings.asOf ?? today();
    // The chosen sheet; else the active sheet, then the others in order — never our own sheets.
    const idOf = new Map(info.sheets.map((s) => [s.name, s.id]));
    const candidates = (settings.planSheet ? [settings.planSheet] : [info.activeSheet, ...names]).filter(
      (n, i, all) =>
        all.indexOf(n) === i && n !== posSheet?.name && !contents.generated.has(idOf.get(n) ?? ''),
    );
    const errors: PlanReadError[] = [];
    for (const name of candidates) {
      const grid = contents.grids.get(name);
      if (!grid) continue;
      const result = analyse(grid, { asOf, positions: positions.length ? positions : undefined });
      if (result.ok) return { info, contents, grid, asOf, positionsGrid, ...result };
      errors.push(result.error);
    }
    throw noPlanError(errors, candidates, lang());
  }

  function toCheckResult(r: PlanRead): CheckResult {
    return {
      sheetName: r.plan.sheetName,
      period: { from: r.plan.period.from, to: r.plan.period.to },
      asOf: r.asOf,
      sectionCount: r.plan.sections.length,
      measureCount: r.plan.measures.length,
      findings: r.findings,
      summary: r.summary,
    };
  }

  async function generate(onProgress?: (fraction: number) => void): Promise<GenerateResult> {
    // Never backwards: a bar that jumps back looks like a restart.
    let shown = 0;
    const progress = (f: number): void => {
      shown = Math.max(shown, Math.min(1, Math.max(0, f)));
      onProgress?.(shown);
    };
    return excel(async (context) => {
      progress(0);
      const r = await readPlan(context);
      // The report is an official Ukrainian paper: its own words stay Ukrainian whatever language Office or
      // the pane speaks (the CLI's --lang is there for anyone who needs an English copy).
      const specs: SheetSpec[] = [
        buildExecutionTable(r.plan, { lang: 'uk' }),
        buildSummarySheet(r.plan, r.summary, { lang: 'uk' }),
      ];
      const naming = planSheetNames(specs, r.info.sheets, r.contents.generated);
      progress(0.1);
      const stamp = Date.now().toString(36).slice(-6);
      const temps = specs.map((_, i) => `~tmp-${stamp}-${i}`);
      const parked = naming.replace.map((_, i) => `~old-${stamp}-${i}`);
      const leftovers = r.info.sheets.filter((s) => WORK_NAME.test(s.name));
      let sheets: Excel.Worksheet[] | null = null;
      try {
        sheets = await writeTemporarySheets(context, specs, temps, leftovers, progress);
        await replaceGenerated(context, r, specs, sheets, naming, parked);
      } catch (e) {
        // Put things back as they were (or, once old sheets are gone, finish the swap): never half of each.
        const recover = sheets
          ? recoverSwap(context, r, specs, sheets, naming)
          : deleteTemporarySheets(context, temps);
        await recover.catch(() => undefined);
        throw e;
      }
      progress(1);
      return { sheets: naming.names };
    }, true);
  }

  function suspend(context: Excel.RequestContext): void {
    if (supports(isSet, OPTIONAL_REQUIREMENTS.calculationSuspend)) {
      context.workbook.application.suspendApiCalculationUntilNextSync();
    }
    if (supports(isSet, OPTIONAL_REQUIREMENTS.screenUpdatingSuspend)) {
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
    }
  }

  /** One sync for everything (more only past 3 MB of values); nothing is marked as ours yet. */
  async function writeTemporarySheets(
    context: Excel.RequestContext,
    specs: SheetSpec[],
    temps: string[],
    leftovers: { id: string }[],
    progress: (f: number) => void,
  ): Promise<Excel.Worksheet[]> {
    suspend(context);
    for (const old of leftovers) context.workbook.worksheets.getItem(old.id).delete();
    const sheets = temps.map((name) => context.workbook.worksheets.add(name));
    sheets.forEach((ws) => ws.load('id'));
    const support = {
      freezePanes: supports(isSet, OPTIONAL_REQUIREMENTS.freezePanes),
      printSetup: supports(isSet, OPTIONAL_REQUIREMENTS.printSetup),
    };
    specs.forEach((spec, i) => queueLayout(sheets[i], spec, support));
    const chunks: (ValueChunk & { sheet: number })[] = specs.flatMap((spec, i) =>
      valueChunks(spec).map((c) => ({ ...c, sheet: i })),
    );
    const requests = packRequests(chunks);
    // Progress counts the values Excel has taken: 0.1 before the first request, 0.9 after the last.
    let sent = 0;
    const send = async (request: typeof chunks): Promise<void> => {
      for (const c of request) sheets[c.sheet].getRange(c.address).values = c.values;
      await context.sync();
      sent += request.length;
      progress(0.1 + (0.8 * sent) / Math.max(1, chunks.length));
    };
    await send(requests[0]);
    // Past the payload budget each further request is its own round trip (sequential by design).
    await requests.slice(1).reduce(async (previous, request) => {
      await previous;
      suspend(context);
      await send(request);
    }, Promise.resolve());
    return sheets;
  }

  /** The mark list once the new sheets have replaced the old ones. */
  function marksAfter(
    r: PlanRead,
    specs: SheetSpec[],
    sheets: Excel.Worksheet[],
    naming: NamePlan,
  ): MarkList {
    const deleted = new Set(naming.replace.map((s) => s.id));
    // The id list is the mark without ExcelApi 1.12, and with it lets a read skip our (large) sheets.
    const live = new Set(r.info.sheets.map((s) => s.id));
    return [
      ...r.info.markSetting.filter((m) => !deleted.has(m.id) && live.has(m.id)),
      ...specs.map((spec, i) => ({ id: sheets[i].id, role: spec.role })),
    ];
  }

  function markNew(context: Excel.RequestContext, specs: SheetSpec[], sheets: Excel.Worksheet[]): void {
    if (!supports(isSet, OPTIONAL_REQUIREMENTS.marks)) return;
    specs.forEach((spec, i) => {
      sheets[i].customProperties.add(MARK_PROPERTY, GENERATED_MARK);
      sheets[i].customProperties.add(ROLE_PROPERTY, spec.role);
    });
  }

  /**
   * One sync: our old sheets step aside under parked names, the new ones take their names and our mark, and
   * only then are the old ones deleted. Excel applies a failing sync's operations up to the failure, so
   * the order decides what a failure leaves: see recoverSwap.
   */
  async function replaceGenerated(
    context: Excel.RequestContext,
    r: PlanRead,
    specs: SheetSpec[],
    sheets: Excel.Worksheet[],
    naming: NamePlan,
    parked: string[],
  ): Promise<void> {
    suspend(context);
    const old = naming.replace.map((s) => context.workbook.worksheets.getItem(s.id));
    old.forEach((ws, i) => (ws.name = parked[i]));
    sheets.forEach((ws, i) => (ws.name = naming.names[i]));
    markNew(context, specs, sheets);
    context.workbook.settings.add(MARKS_KEY, JSON.stringify(marksAfter(r, specs, sheets, naming)));
    old.forEach((ws) => ws.delete());
    await context.sync();
  }

  /**
   * After a swap failed half-way: while every old sheet is still there, the new ones go and the old ones get
   * their names back; once any old sheet is gone, the swap is finished instead. Two syncs.
   */
  async function recoverSwap(
    context: Excel.RequestContext,
    r: PlanRead,
    specs: SheetSpec[],
    sheets: Excel.Worksheet[],
    naming: NamePlan,
  ): Promise<void> {
    const sheetsNow = context.workbook.worksheets;
    const fresh = sheets.map((ws) => sheetsNow.getItemOrNullObject(ws.id));
    const old = naming.replace.map((s) => sheetsNow.getItemOrNullObject(s.id));
    [...fresh, ...old].forEach((ws) => ws.load('name'));
    await context.sync();
    if (old.every((ws) => !ws.isNullObject)) {
      fresh.filter((ws) => !ws.isNullObject).forEach((ws) => ws.delete());
      old.forEach((ws, i) => {
        if (ws.name !== naming.replace[i].name) ws.name = naming.replace[i].name;
      });
      const live = new Set(r.info.sheets.map((s) => s.id));
      context.workbook.settings.add(
        MARKS_KEY,
        JSON.stringify(r.info.markSetting.filter((m) => live.has(m.id))),
      );
    } else {
      fresh.forEach((ws, i) => {
        if (!ws.isNullObject && ws.name !== naming.names[i]) ws.name = naming.names[i];
      });
      markNew(context, specs, sheets);
      context.workbook.settings.add(MARKS_KEY, JSON.stringify(marksAfter(r, specs, sheets, naming)));
      old.filter((ws) => !ws.isNullObject).forEach((ws) => ws.delete());
    }
    await context.sync();
  }

  /** After a failure: whatever still has a temporary name is unfinished and goes. */
  async function deleteTemporarySheets(context: Excel.RequestContext, temps: string[]): Promise<void> {
    const found = temps.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    found.forEach((ws) => ws.load('name'));
    await context.sync();
    found.filter((ws) => !ws.isNullObject).forEach((ws) => ws.delete());
    await context.sync();
  }

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
        await context.sync();
      });
      chosenLang = clean.language;
    },

    async listSheets(): Promise<string[]> {
      return excel(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return sheets.items.map((s) => s.name);
      });
    },

    async check(): Promise<CheckResult> {
      requireFeature(isSet, 'settings', lang());
      return excel(async (context) => toCheckResult(await readPlan(context)));
    },

    async generate(onProgress?: (fraction: number) => void): Promise<GenerateResult> {
      requireFeature(isSet, 'generate', lang());
      return generate(onProgress);
    },

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
        const info = await loadWorkbookInfo(context);
        await replaceHighlights(context, info, on ? findings : []);
      }, true);
    },

    async watchPlan(onChange: () => void): Promise<() => Promise<void>> {
      requireFeature(isSet, 'live-validation', lang());
      let timer: ReturnType<typeof setTimeout> | undefined;
      const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
        // Our own writes are not the user's edits (triggerSource exists from ExcelApi 1.14).
        if (ownWrites > 0 || event.triggerSource === 'ThisLocalAddin') return;
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          onChange();
        }, debounceMs);
      };
      const registration = await excel(async (context) => {
        const r = await readPlan(context);
        const id = r.info.sheets.find((s) => s.name === r.plan.sheetName)?.id ?? r.plan.sheetName;
        const result = context.workbook.worksheets.getItem(id).onChanged.add(handler);
        await context.sync();
        return result;
      });
      let stopped = false;
      return async () => {
        if (stopped) return;
        stopped = true;
        if (timer !== undefined) clearTimeout(timer);
        try {
          await run()(registration.context, async (context) => {
            registration.remove();
            await context.sync();
          });
        } catch (e) {
          throw toServiceError(e, lang());
        }
      };
    },

    async addInputHelpers(): Promise<void> {
      requireFeature(isSet, 'input-helpers', lang());
      await excel(async (context) => {
        const r = await readPlan(context);
        const source = positionsSource(r.positionsGrid, r.info.settings.positions);
        const targets = helperTargets(r.plan, source);
        const sheetId = r.info.sheets.find((s) => s.name === r.plan.sheetName)?.id ?? r.plan.sheetName;
        await addValidation(context, sheetId, targets, lang());
      }, true);
    },
  };
}
