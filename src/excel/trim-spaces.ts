// «Прибрати зайві пробіли»: the one action that writes into the plan sheet, and only on the user's explicit
// request after a preview. The preview reads the plan as a check does (3 round trips) and writes nothing;
// the fix takes 2 round trips whatever the number of cells: the columns' cells read again (a cell changed
// since the preview, or holding a formula, is left alone), then the new texts written as values in one
// batch, one range per run of adjacent cells.
import type { SpaceFix, SpacesPreview, SpacesResult } from '../app/plan-service';
import { cellAddress, columnIndex, type Grid } from '../core/grid';
import { UNTIDY_FIELDS, withoutExtraSpaces } from '../core/rules/text-rules';
import type { Plan } from '../core/types';
import { sheetNotFoundError } from './plan-errors';
import type { Lang } from '../core/i18n/lang';

/** The cells of the judged columns, over the measures' rows, whose text has extra spaces. */
export function spaceFixes(plan: Plan, grid: Grid): SpaceFix[] {
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  const first = plan.measures.reduce((n, m) => Math.min(n, m.rows?.[0] ?? m.row), Infinity);
  const last = plan.measures.reduce((n, m) => Math.max(n, m.rows?.[1] ?? m.row), -Infinity);
  const fixes: SpaceFix[] = [];
  if (!plan.measures.length) return fixes;
  const cols = UNTIDY_FIELDS.map((f) => plan.columns[f]).filter((c): c is number => c !== undefined);
  for (let row = first; row <= last; row++) {
    const cells = grid.rows[row - 1 - originRow];
    if (!cells) continue;
    for (const col of cols) {
      const v = cells[col - originCol];
      if (typeof v !== 'string') continue;
      const after = withoutExtraSpaces(v);
      if (after !== null) fixes.push({ cell: cellAddress(row - 1, col), before: v, after });
    }
  }
  return fixes;
}

interface CellAt {
  fix: SpaceFix;
  row: number;
  col: number;
}

function parseCell(cell: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(cell);
  return m ? { col: columnIndex(m[1]), row: Number(m[2]) } : null;
}

/** A leading apostrophe keeps a text a text: Excel would take `1.10` or `Грудень 2024` for a number or date. */
const asText = (text: string): string => `'${text}`;

export async function fixSpaces(
  context: Excel.RequestContext,
  preview: SpacesPreview,
  lang: Lang,
): Promise<SpacesResult> {
  const at: CellAt[] = preview.fixes.flatMap((fix) => {
    const p = parseCell(fix.cell);
    return p ? [{ fix, ...p }] : [];
  });
  const result: SpacesResult = { changed: [], skipped: [] };
  if (!at.length) return result;
  const ws = context.workbook.worksheets.getItemOrNullObject(preview.sheet);
  ws.load('name');
  // Round trip 1: each column's cells from the first fix to the last, formulas and values.
  const byCol = new Map<number, CellAt[]>();
  for (const a of at) byCol.set(a.col, [...(byCol.get(a.col) ?? []), a]);
  const reads = [...byCol].map(([col, cells]) => {
    const top = cells.reduce((n, c) => Math.min(n, c.row), Infinity);
    const bottom = cells.reduce((n, c) => Math.max(n, c.row), -Infinity);
    const range = ws.getRange(`${cellAddress(top - 1, col)}:${cellAddress(bottom - 1, col)}`);
    range.load(['values', 'formulas']);
    return { col, top, cells: cells.sort((a, b) => a.row - b.row), range };
  });
  await context.sync();
  if (ws.isNullObject) throw sheetNotFoundError(preview.sheet, lang);

  // Round trip 2: the runs of adjacent cells still as previewed, written as values.
  for (const { col, top, cells, range } of reads) {
    let run: CellAt[] = [];
    const flush = (): void => {
      if (!run.length) return;
      const from = cellAddress(run[0].row - 1, col);
      const to = cellAddress(run[run.length - 1].row - 1, col);
      ws.getRange(`${from}:${to}`).values = run.map((c) => [asText(c.fix.after)]);
      run = [];
    };
    for (const c of cells) {
      const value = range.values[c.row - top]?.[0];
      const formula = range.formulas[c.row - top]?.[0];
      const same = value === c.fix.before && !(typeof formula === 'string' && formula.startsWith('='));
      if (!same) {
        flush();
        result.skipped.push(c.fix.cell);
        continue;
      }
      if (run.length && run[run.length - 1].row !== c.row - 1) flush();
      run.push(c);
      result.changed.push(c.fix.cell);
    }
    flush();
  }
  if (result.changed.length) await context.sync();
  return result;
}
