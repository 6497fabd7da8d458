// «План на наступний рік»: next year's plan drafted by the core from this one (years moved in the title
// and in deadlines naming the plan's year, execution emptied, the officer's list), built as an .xlsx in the
// pane (src/xlsx-lite, loaded only now: the pane's first JavaScript stays small) and opened as a new
// workbook with Excel.createWorkbook (ExcelApi 1.8). This workbook is only read: 3 round trips (as a check)
// and the new workbook's one request. Without ExcelApi 1.8 the pane says so and names the CLI instead.
import { type NextYearResult, ServiceError } from '../app/plan-service';
import type { Grid } from '../core/grid';
import type { Lang } from '../core/i18n/lang';
import { markNameFor } from '../core/report/sheet-marks';
import { draftNextYear } from '../core/year/next-year';
import {
  buildCarriedSheet,
  buildNextYearNotesSheet,
  buildNextYearPlanSheet,
} from '../core/year/next-year-sheets';
import { type LocateEnv, locatePlan } from './locate-plan';

/** Excel on the web refuses a request above 5 MB; the file travels as base64 in one. */
export const CREATE_WORKBOOK_LIMIT = 4 * 1024 * 1024;

export type CreateWorkbook = (base64: string) => Promise<void>;

const TOO_LARGE: Record<Lang, string> = {
  uk: 'План на наступний рік завеликий, щоб Excel відкрив його як нову книгу ({mb} МБ, можна до {max} МБ). Складіть його програмою командного рядка: plan-report next-year <книга з планом>.xlsx',
  en: 'Next year’s plan is too large for Excel to open as a new workbook ({mb} MB, at most {max} MB). Draft it with the command-line tool: plan-report next-year <plan workbook>.xlsx',
};

/** The office's list of positions as a sheet of the new workbook: the sheet kept, or the settings' list. */
function positionsGrid(grid: Grid | null, fromSettings: string[]): Grid | null {
  if (grid) return grid;
  if (fromSettings.length === 0) return null;
  return { sheetName: 'Посади', rows: [['Посада'], ...fromSettings.map((p) => [p])] };
}

export async function createNextYearPlan(
  context: Excel.RequestContext,
  env: LocateEnv,
  createWorkbook: CreateWorkbook,
  limit = CREATE_WORKBOOK_LIMIT,
): Promise<NextYearResult> {
  const located = await locatePlan(context, env);
  const { plan } = located;
  const draft = draftNextYear(plan, located.grid);
  const planSheet = buildNextYearPlanSheet(plan, draft);
  const notes = buildNextYearNotesSheet(draft, env.lang());
  const positions = positionsGrid(located.positionsGrid, located.info.settings.positions);
  const carried = positions && positions.sheetName !== planSheet.name ? buildCarriedSheet(positions) : null;

  // Loaded only now, as its own chunk.
  const { writeXlsx, toBase64 } = await import(/* webpackChunkName: "xlsx-lite" */ '../xlsx-lite');
  const key = draft.to.from.slice(0, 4);
  const bytes = writeXlsx([
    // The new plan and its positions are the user's from the start (as the CLI writes them): no mark.
    { spec: planSheet },
    ...(carried ? [{ spec: carried }] : []),
    { spec: notes, markName: markNameFor('next-year-notes', key) },
  ]);
  const base64 = toBase64(bytes);
  if (base64.length > limit) {
    const mb = (base64.length / 1024 / 1024).toFixed(1);
    const max = (limit / 1024 / 1024).toFixed(limit < 1024 * 1024 ? 2 : 0);
    const message = TOO_LARGE[env.lang()].replace('{mb}', mb).replace('{max}', max);
    throw new ServiceError('too-large', message, { bytes: base64.length });
  }
  await createWorkbook(base64);
  return {
    from: draft.from,
    to: draft.to,
    sheets: [planSheet.name, ...(carried ? [carried.name] : []), notes.name],
    movedDeadlines: draft.moved.filter((m) => m.field === 'deadline').length,
    carriedOver: draft.carriedOver,
    dropCandidates: draft.dropCandidates,
    unmoved: draft.unmoved,
    draftsThisPlan: draft.draftsThisPlan,
    yearInText: draft.yearInText.length,
  };
}
