// Finding the plan and reading it: round trip 1 the workbook's list and records, round trip 2 a bounded
// window of every candidate sheet with the marks (which sheets are ours), round trip 3 the plan's area only.
// What the sheets show decides which is the plan: the chosen one, else the active one, else the first that
// holds a plan — never one of our own sheets.
import { analyse } from '../core/analyse';
import type { Grid } from '../core/grid';
import type { Lang } from '../core/i18n/lang';
import type { Finding, Plan, PlanReadError, Summary } from '../core/types';
import { positionsFromGrid } from '../core/plan/positions';
import { periodView, type PeriodView } from '../core/year/period-view';
import { overlapsPlan, parseReportPeriod, periodAsOf, type ReportPeriod } from '../core/year/report-period';
import { toGrid } from './cell-values';
import { type MarkReads, type Owned, ownedSheets, queueMarkReads } from './ownership';
import { badPeriodError, noPlanError, sheetNotFoundError } from './plan-errors';
import { type IsSetSupported, OPTIONAL_REQUIREMENTS, supports } from './requirements';
import { type AreaRequest, type AreaResult, readAreas } from './area-reads';
import { planArea, queueWindows, type SheetWindow, windowsOf, WINDOW_ROWS } from './sheet-reads';
import {
  isWorkSheet,
  loadWorkbookInfo,
  positionSheet,
  type SheetInfo,
  type WorkbookInfo,
} from './workbook-info';

export interface LocateEnv {
  isSet: IsSetSupported;
  lang: () => Lang;
  today: () => string;
}

/** Where the plan is, before its area is read. */
export interface PlanLocation {
  info: WorkbookInfo;
  sheet: SheetInfo;
  owned: Map<string, Owned>;
  marks: MarkReads | null;
  windows: Map<string, SheetWindow>;
  positions: SheetInfo | undefined;
}

export interface LocatedPlan extends PlanLocation {
  grid: Grid;
  plan: Plan;
  /** For the reporting period when the settings name one: deadline findings of measures not yet due left out. */
  findings: Finding[];
  summary: Summary;
  /** The date deadlines were judged as of: the settings' (or today), or the period's end if that is earlier. */
  asOf: string;
  positionsGrid: Grid | null;
  /** The positions the responsible persons were checked against: the settings', else the sheet's; empty = not checked. */
  positionsList: string[];
  /** The settings' reporting period and the plan seen for it; null for the plan's whole period. */
  period: ReportPeriod | null;
  view: PeriodView | null;
  /** The areas `moreAreas` asked for, by key. */
  more: Map<string, AreaResult>;
}

export interface LocateHooks {
  /** Queued at the start of round trip 2 (the generate lock). */
  beforeWindows?: (context: Excel.RequestContext, info: WorkbookInfo) => void;
  /** Queued in round trip 3, once the plan sheet is known (live re-check follows it). */
  withArea?: (context: Excel.RequestContext, sheet: SheetInfo) => void;
  /** Every sheet seen through its window, not only the plan's candidates (a snapshot looks for earlier ones). */
  windowAll?: boolean;
  /** Further areas read with the plan's in round trip 3 (the snapshot sheets). */
  moreAreas?: (where: PlanLocation) => AreaRequest[];
}

/** The settings' reporting period, or null (an unreadable one was already dropped by parseSettings). */
function periodOf(code: string | null | undefined): ReportPeriod | null {
  if (!code) return null;
  const parsed = parseReportPeriod(code);
  return parsed.ok ? parsed.period : null;
}

/** The as-of date of an action: the settings' (or today), never past the reporting period's end. */
export function actionAsOf(settings: WorkbookInfo['settings'], today: string): string {
  const asOf = settings.asOf ?? today;
  const period = periodOf(settings.period);
  return period ? periodAsOf(period, asOf) : asOf;
}

function hasHeader(w: SheetWindow, asOf: string): 'plan' | 'maybe' | PlanReadError {
  const r = analyse(w.grid, { asOf });
  if (r.ok) return 'plan';
  // A header in the window with its measures further down than the window reaches.
  const below = (w.columnsBottom ?? -1) > (w.used?.bottom ?? -1) || (w.used?.bottom ?? 0) >= WINDOW_ROWS - 1;
  return r.error.code === 'no-measures' && below ? 'maybe' : r.error;
}

/** Round trips 1 and 2: which sheet holds the plan. */
export async function findPlanSheet(
  context: Excel.RequestContext,
  env: LocateEnv,
  hooks: LocateHooks = {},
): Promise<PlanLocation> {
  const info = await loadWorkbookInfo(context, env.isSet);
  const { settings } = info;
  const withProps = supports(env.isSet, OPTIONAL_REQUIREMENTS.marks);
  let candidates: SheetInfo[];
  if (settings.planSheet) {
    const named = info.sheets.find((s) => s.name === settings.planSheet);
    if (!named) throw sheetNotFoundError(settings.planSheet, env.lang());
    candidates = [named];
  } else {
    const active = info.sheets.find((s) => s.name === info.activeSheet);
    const rest = info.sheets.filter((s) => s !== active && s.visible);
    candidates = [...(active ? [active] : []), ...rest].filter((s) => !isWorkSheet(s.name));
  }
  const positions = settings.positions.length ? undefined : positionSheet(info);
  candidates = candidates.filter((s) => s !== positions);
  const windowed = new Set(
    (hooks.windowAll ? info.sheets : [...candidates, ...(positions ? [positions] : [])]).map((s) => s.id),
  );

  hooks.beforeWindows?.(context, info);
  const reads = queueWindows(
    context,
    info.sheets.filter((s) => !isWorkSheet(s.name)),
    windowed,
  );
  const marks = withProps
    ? queueMarkReads(
        context,
        info.sheets.filter((s) => !isWorkSheet(s.name)),
      )
    : null;
  await context.sync();
  const windows = windowsOf(reads, windowed, info.date1904);
  const owned = ownedSheets(info, marks);

  const asOf = actionAsOf(settings, env.today());
  let maybe: SheetInfo | undefined;
  const errors: PlanReadError[] = [];
  for (const s of candidates) {
    if (owned.has(s.id)) continue;
    const w = windows.get(s.id);
    if (!w) continue;
    const verdict = hasHeader(w, asOf);
    if (verdict === 'plan') return { info, sheet: s, owned, marks, windows, positions };
    if (verdict === 'maybe') maybe ??= s;
    else errors.push(verdict);
  }
  if (maybe) return { info, sheet: maybe, owned, marks, windows, positions };
  throw noPlanError(
    errors,
    candidates.map((s) => s.name),
    env.lang(),
  );
}

/** Round trip 3 (more only for plans past Excel's limits): the plan's area, and the positions sheet's. */
export async function locatePlan(
  context: Excel.RequestContext,
  env: LocateEnv,
  hooks: LocateHooks = {},
): Promise<LocatedPlan> {
  const where = await findPlanSheet(context, env, hooks);
  const { info, sheet, windows, positions } = where;
  const withMerges = supports(env.isSet, OPTIONAL_REQUIREMENTS.mergedAreas);
  const planWindow = windows.get(sheet.id)!;
  const area = planArea(planWindow);
  const posWindow = positions ? windows.get(positions.id) : undefined;
  const posArea = posWindow ? planArea(posWindow) : null;
  const requests = [
    ...(area
      ? [{ key: 'plan', sheet, area, withTypes: true, withMerges, bytesPerCell: planWindow.bytesPerCell }]
      : []),
    ...(posArea && positions
      ? [
          {
            key: 'positions',
            sheet: positions,
            // All its columns: the core picks the one headed `Посада` (a `№` column may come first).
            area: posArea,
            withTypes: true,
            withMerges: false,
            bytesPerCell: posWindow!.bytesPerCell,
          },
        ]
      : []),
  ];
  const more = hooks.moreAreas?.(where) ?? [];
  const read = await readAreas(context, [...requests, ...more], () => hooks.withArea?.(context, sheet));
  const planRead = read.get('plan');
  const grid = toGrid(sheet.name, planRead?.rows ?? null, planRead?.merges ?? [], info.date1904);
  const posRead = read.get('positions');
  const positionsGrid = positions && posRead ? toGrid(positions.name, posRead.rows, [], info.date1904) : null;

  const { settings } = info;
  const list = settings.positions.length
    ? settings.positions
    : positionsGrid
      ? positionsFromGrid(positionsGrid)
      : [];
  const asOf = actionAsOf(settings, env.today());
  const result = analyse(grid, { asOf, positions: list.length ? list : undefined });
  if (!result.ok) throw noPlanError([result.error], [sheet.name], env.lang());
  const moreRead = new Map(more.map((m) => [m.key, read.get(m.key)!]));
  const period = periodOf(settings.period);
  // The core's policy, as the CLI's --period: findings as of the period's end, measures not yet due left out.
  if (period && !overlapsPlan(period, result.plan.period))
    throw badPeriodError(period, result.plan.period, env.lang());
  const view = period ? periodView(result.plan, result.findings, period, asOf) : null;
  return {
    ...where,
    grid,
    asOf,
    positionsGrid,
    positionsList: list,
    ...result,
    ...(view ? { findings: view.findings, summary: view.summary } : {}),
    period,
    view,
    more: moreRead,
  };
}
