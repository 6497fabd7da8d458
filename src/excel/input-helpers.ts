// Dropdowns on the plan sheet, added only when the user asks: status words on the status column and the
// office's positions on the responsible column. A column that already has the user's own validation keeps it.
// What was added, and why something was not, goes back to the pane with the addresses.
import type { HelperOutcome, HelperReadiness, InputHelpersResult } from '../app/plan-service';
import type { Lang } from '../core/i18n/lang';
import { columnLetter, type Grid } from '../core/grid';
import { readPositionsGrid } from '../core/plan/positions';
import { PLAN_COLUMNS } from '../core/plan/sample-plan';
import type { Plan } from '../core/types';

export const STATUS_WORDS = ['Виконано', 'Виконано частково', 'Виконується', 'Не виконано', 'Не розпочато'];

/** Excel keeps an inline list source of at most 255 characters, and a comma always separates items. */
const MAX_LIST_SOURCE = 255;

/** Our hidden sheet holding a typed list of positions too long (or with commas) for an inline list. */
export const LIST_SHEET = 'Посади для списків';

export interface HelperTarget {
  address: string;
  source: string;
  what: 'status' | 'responsible';
  heading: string;
}

/** The positions the list sheet holds (under a `Посада` heading, so the core reads it as positions too). */
export interface ListSheet {
  name: string;
  /** The sheet already exists (ours, from an earlier run): its column A is written again. */
  exists: boolean;
  positions: string[];
}

export interface HelperPlan {
  targets: HelperTarget[];
  skipped: HelperOutcome[];
  listSheet: ListSheet | null;
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

const fitsInline = (positions: string[]): boolean =>
  positions.length > 0 &&
  !positions.some((p) => p.includes(',')) &&
  positions.join(',').length <= MAX_LIST_SOURCE;

export interface PositionsSource {
  source: string;
  listSheet: ListSheet | null;
}

/**
 * The list source for positions: a range of the positions sheet; else an inline list when one fits; else
 * a range of our hidden list sheet, written with the typed list (`='Посади для списків'!$A$2:$A$31`).
 */
export function positionsSource(
  positionsGrid: Grid | null,
  positions: string[],
  sheetNames: readonly string[] = [],
): PositionsSource | null {
  if (positionsGrid) {
    // The cells the core reads as positions (no heading row): the same list the check uses.
    const list = readPositionsGrid(positionsGrid);
    if (list.column !== null && list.rows) {
      const col = columnLetter(list.column);
      const range = `$${col}$${list.rows[0] + 1}:$${col}$${list.rows[1] + 1}`;
      return { source: `=${quoted(positionsGrid.sheetName)}!${range}`, listSheet: null };
    }
  }
  if (!positions.length) return null;
  if (fitsInline(positions)) return { source: positions.join(','), listSheet: null };
  const exists = sheetNames.some((n) => n.toLowerCase() === LIST_SHEET.toLowerCase());
  return {
    source: `=${quoted(LIST_SHEET)}!$A$2:$A$${positions.length + 1}`,
    listSheet: { name: LIST_SHEET, exists, positions },
  };
}

/** The heading of a plan column as the sheet writes it (the header's last non-empty cell above the table). */
function headingOf(grid: Grid, plan: Plan, col: number, fallback: string): string {
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  for (const row of [...plan.headerRows].reverse()) {
    const v = grid.rows[row - 1 - originRow]?.[col - originCol];
    if (typeof v === 'string' && v.trim()) return v.replace(/\s+/g, ' ').trim();
  }
  return fallback;
}

/** Whether each dropdown can be added, as the check knows it (the pane disables what cannot apply). */
export function helperReadiness(plan: Plan, hasPositions: boolean): HelperReadiness {
  return {
    status: plan.columns.status === undefined ? 'no-column' : 'ready',
    responsible:
      plan.columns.responsible === undefined ? 'no-column' : hasPositions ? 'ready' : 'no-positions',
  };
}

export function planHelpers(plan: Plan, grid: Grid, positions: PositionsSource | null): HelperPlan {
  const skipped: HelperOutcome[] = [];
  if (!plan.measures.length) return { targets: [], skipped, listSheet: null };
  // Loops, not Math.min(...rows): a spread of a few hundred thousand rows overflows the call stack.
  const first = plan.measures.reduce((n, m) => Math.min(n, m.rows?.[0] ?? m.row), Infinity);
  const last = plan.measures.reduce((n, m) => Math.max(n, m.rows?.[1] ?? m.row), -Infinity);
  const column = (c: number): string => `${columnLetter(c)}${first}:${columnLetter(c)}${last}`;
  const targets: HelperTarget[] = [];
  const statusCol = plan.columns.status;
  if (statusCol === undefined) skipped.push({ what: 'status', reason: 'no-column' });
  else
    targets.push({
      what: 'status',
      address: column(statusCol),
      source: STATUS_WORDS.join(','),
      heading: headingOf(grid, plan, statusCol, 'Стан виконання'),
    });
  const respCol = plan.columns.responsible;
  const respHeading = PLAN_COLUMNS.find((c) => c.field === 'responsible')!.heading;
  if (respCol === undefined) skipped.push({ what: 'responsible', reason: 'no-column' });
  else if (!positions)
    skipped.push({
      what: 'responsible',
      reason: 'no-positions',
      heading: headingOf(grid, plan, respCol, respHeading),
      address: column(respCol),
    });
  else
    targets.push({
      what: 'responsible',
      address: column(respCol),
      source: positions.source,
      heading: headingOf(grid, plan, respCol, respHeading),
    });
  const listSheet = targets.some((t) => t.what === 'responsible') ? (positions?.listSheet ?? null) : null;
  return { targets, skipped, listSheet };
}

const ALERT: Record<HelperTarget['what'], Record<Lang, { title: string; message: string }>> = {
  status: {
    uk: { title: 'Стан виконання', message: 'Виберіть стан зі списку або залиште свій текст.' },
    en: { title: 'Status', message: 'Pick a status from the list or keep your own text.' },
  },
  responsible: {
    uk: { title: 'Відповідальні особи', message: 'Цієї посади немає в переліку посад. Залишити як є?' },
    en: { title: 'Responsible', message: 'This position is not in the list of positions. Keep it?' },
  },
};

// A navigation, not a read: kept apart so the add-in lint rule does not take it for an unloaded property.
function validationOf(range: Excel.Range): Excel.DataValidation {
  return range.dataValidation;
}

/** Our list sheet written (hidden) in the batch that adds the rules referring to it; `oldRows` blanked past the list. */
function queueListSheet(context: Excel.RequestContext, list: ListSheet, oldRows: number): void {
  const sheets = context.workbook.worksheets;
  const ws = list.exists ? sheets.getItem(list.name) : sheets.add(list.name);
  const values = [['Посада'], ...list.positions.map((p) => [p])];
  while (values.length < oldRows) values.push(['']);
  ws.getRange(`A1:A${values.length}`).values = values;
  ws.visibility = 'Hidden';
}

/** Two round trips: see which ranges already have validation, then add ours where none is. */
export async function addValidation(
  context: Excel.RequestContext,
  sheetId: string,
  helpers: HelperPlan,
  lang: Lang,
): Promise<InputHelpersResult> {
  const ws = context.workbook.worksheets.getItem(sheetId);
  const checks = helpers.targets.map((t) => {
    const dv = validationOf(ws.getRange(t.address));
    dv.load('type');
    return { t, dv };
  });
  // How far an earlier list reached, so that a shorter list leaves none of it behind.
  const oldUsed = helpers.listSheet?.exists
    ? context.workbook.worksheets.getItem(helpers.listSheet.name).getUsedRangeOrNullObject(true)
    : null;
  oldUsed?.load('rowIndex,rowCount');
  await context.sync();
  const oldRows = oldUsed && !oldUsed.isNullObject ? oldUsed.rowIndex + oldUsed.rowCount : 0;
  const result: InputHelpersResult = { added: [], skipped: [...helpers.skipped] };
  const adding = checks.filter(({ dv }) => dv.type === 'None');
  if (helpers.listSheet && adding.some(({ t }) => t.what === 'responsible'))
    queueListSheet(context, helpers.listSheet, oldRows);
  for (const { t, dv } of checks) {
    const outcome = { what: t.what, heading: t.heading, address: t.address };
    if (dv.type !== 'None') {
      result.skipped.push({ ...outcome, reason: 'own-validation' });
      continue;
    }
    dv.rule = { list: { inCellDropDown: true, source: t.source } };
    // A warning, not a stop: an officer may still write something the list lacks.
    dv.errorAlert = { showAlert: true, style: 'Warning', ...ALERT[t.what][lang] };
    result.added.push({
      ...outcome,
      ...(t.what === 'responsible' && helpers.listSheet ? { listSheet: helpers.listSheet.name } : {}),
    });
  }
  await context.sync();
  return result;
}
