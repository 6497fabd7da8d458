// Dropdowns on the plan sheet, added only when the user asks: status words on the status column and the
// office's positions on the responsible column. A column that already has the user's own validation keeps it.
import type { Lang } from '../core/i18n/lang';
import { columnLetter, type Grid } from '../core/grid';
import { readPositionsGrid } from '../core/plan/positions';
import type { Plan } from '../core/types';

export const STATUS_WORDS = ['Виконано', 'Виконано частково', 'Виконується', 'Не виконано', 'Не розпочато'];

/** Excel keeps a list source of at most 255 characters, and a comma always separates items. */
const MAX_LIST_SOURCE = 255;

export interface HelperTarget {
  address: string;
  source: string;
  what: 'status' | 'responsible';
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** The list source for positions: a range of the positions sheet, else an inline list when one fits. */
export function positionsSource(positionsGrid: Grid | null, positions: string[]): string | null {
  if (positionsGrid) {
    // The cells the core reads as positions (no heading row): the same list the check uses.
    const list = readPositionsGrid(positionsGrid);
    if (list.column !== null && list.rows) {
      const col = columnLetter(list.column);
      return `=${quoted(positionsGrid.sheetName)}!$${col}$${list.rows[0] + 1}:$${col}$${list.rows[1] + 1}`;
    }
  }
  const inline = positions.join(',');
  if (!positions.length || positions.some((p) => p.includes(',')) || inline.length > MAX_LIST_SOURCE)
    return null;
  return inline;
}

export function helperTargets(plan: Plan, positionsList: string | null): HelperTarget[] {
  if (!plan.measures.length) return [];
  // Loops, not Math.min(...rows): a spread of a few hundred thousand rows overflows the call stack.
  const first = plan.measures.reduce((n, m) => Math.min(n, m.row), Infinity);
  const last = plan.measures.reduce((n, m) => Math.max(n, m.row), -Infinity);
  const column = (c: number): string => `${columnLetter(c)}${first}:${columnLetter(c)}${last}`;
  const out: HelperTarget[] = [];
  if (plan.columns.status !== undefined) {
    out.push({ address: column(plan.columns.status), source: STATUS_WORDS.join(','), what: 'status' });
  }
  if (plan.columns.responsible !== undefined && positionsList) {
    out.push({ address: column(plan.columns.responsible), source: positionsList, what: 'responsible' });
  }
  return out;
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

/** Two round trips: see which ranges already have validation, then add ours where none is. */
export async function addValidation(
  context: Excel.RequestContext,
  sheetId: string,
  targets: HelperTarget[],
  lang: Lang,
): Promise<number> {
  const ws = context.workbook.worksheets.getItem(sheetId);
  const checks = targets.map((t) => {
    const dv = validationOf(ws.getRange(t.address));
    dv.load('type');
    return { t, dv };
  });
  await context.sync();
  let added = 0;
  for (const { t, dv } of checks) {
    if (dv.type !== 'None') continue;
    dv.rule = { list: { inCellDropDown: true, source: t.source } };
    // A warning, not a stop: an officer may still write something the list lacks.
    dv.errorAlert = { showAlert: true, style: 'Warning', ...ALERT[t.what][lang] };
    added++;
  }
  await context.sync();
  return added;
}
