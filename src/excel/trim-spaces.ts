// «Прибрати зайві пробіли»: the one action that writes into the plan sheet, and only on the user's explicit
// request after a preview. The preview reads the plan as a check does (3 round trips) and writes nothing;
// the fix takes 2 round trips while its cells fit a request (one more per further ~3 MB): the columns' cells
// read again (a cell changed since the preview, or holding a formula, is left alone), then the new texts
// written as values in one batch, one range per run of adjacent cells.
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

/** What one request may carry, well below Excel on the web's 5 MB (values are sent as JSON, twice per cell read). */
const REQUEST_BUDGET = 3 * 1024 * 1024;

interface Block {
  col: number;
  top: number;
  cells: CellAt[];
  bytes: number;
}

/** Each column's cells in blocks of rows whose read (values and formulas of every row between) fits a request. */
function blocksOf(at: CellAt[]): Block[] {
  const perRow = 64 + 4 * (at.reduce((n, a) => n + a.fix.before.length, 0) / at.length);
  const maxRows = Math.max(1, Math.floor(REQUEST_BUDGET / perRow));
  const byCol = new Map<number, CellAt[]>();
  for (const a of at) byCol.set(a.col, [...(byCol.get(a.col) ?? []), a]);
  const blocks: Block[] = [];
  for (const [col, cells] of byCol) {
    cells.sort((a, b) => a.row - b.row);
    let block: Block | null = null;
    for (const c of cells) {
      if (!block || c.row - block.top >= maxRows) {
        block = { col, top: c.row, cells: [], bytes: 0 };
        blocks.push(block);
      }
      block.cells.push(c);
      block.bytes = (c.row - block.top + 1) * perRow;
    }
  }
  return blocks;
}

/** Items in consecutive groups whose bytes fit one request each. */
function batches<T>(items: T[], bytes: (t: T) => number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const b = bytes(item);
    if (current.length && size + b > REQUEST_BUDGET) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += b;
  }
  if (current.length) out.push(current);
  return out;
}

interface Run {
  col: number;
  cells: CellAt[];
}

/** A block's cells still as the preview saw them, in runs of adjacent rows; the others go to `skipped`. */
function stillAsPreviewed(b: Block, range: Excel.Range, result: SpacesResult): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  for (const c of b.cells) {
    const value: unknown = range.values[c.row - b.top]?.[0];
    const formula: unknown = range.formulas[c.row - b.top]?.[0];
    const same = value === c.fix.before && !(typeof formula === 'string' && formula.startsWith('='));
    if (!same) {
      run = null;
      result.skipped.push(c.fix.cell);
      continue;
    }
    const last: CellAt | undefined = run?.cells[run.cells.length - 1];
    if (!run || !last || last.row !== c.row - 1) {
      run = { col: b.col, cells: [] };
      runs.push(run);
    }
    run.cells.push(c);
    result.changed.push(c.fix.cell);
  }
  return runs;
}

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
  // Round trip 1 (more only past what a request carries): each block's rows, formulas and values.
  // Sequential by design: each request waits for the last (a reduce keeps the syncs out of a loop).
  const runs: Run[] = [];
  await batches(blocksOf(at), (b) => b.bytes).reduce(async (previous, group, n) => {
    await previous;
    const reads = group.map((b) => {
      const bottom = b.cells[b.cells.length - 1].row;
      const range = ws.getRange(`${cellAddress(b.top - 1, b.col)}:${cellAddress(bottom - 1, b.col)}`);
      range.load(['values', 'formulas']);
      return { b, range };
    });
    await context.sync();
    if (n === 0 && ws.isNullObject) throw sheetNotFoundError(preview.sheet, lang);
    for (const { b, range } of reads) runs.push(...stillAsPreviewed(b, range, result));
  }, Promise.resolve());

  // Round trip 2 (more only past what a request carries): the runs of adjacent cells, written as values.
  const runBytes = (r: Run): number => 200 + r.cells.reduce((n, c) => n + 16 + 2 * c.fix.after.length, 0);
  await batches(runs, runBytes).reduce(async (previous, group) => {
    await previous;
    for (const r of group) {
      const from = cellAddress(r.cells[0].row - 1, r.col);
      const to = cellAddress(r.cells[r.cells.length - 1].row - 1, r.col);
      ws.getRange(`${from}:${to}`).values = r.cells.map((c) => [asText(c.fix.after)]);
    }
    await context.sync();
  }, Promise.resolve());
  return result;
}
