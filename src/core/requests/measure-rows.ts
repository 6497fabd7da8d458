// Where a measure's answers go on the plan sheet. A measure pasted from Word spans several sheet rows (the
// reader's `Measure.rows`); its answers are written into its FIRST row — the top-left of a cell merged down
// over those rows, or the first paragraph's row when each paragraph has a row — and, when an answer replaces
// the text, the column's cells on the other rows are emptied so the measure reads as the answer alone.
import { cellAddress, type MergeArea } from '../grid';
import { measureRows } from '../plan/measure-rows';
import type { Measure } from '../types';

export { measureRows };

/** Why a plan cell must not be written, or null when it may. */
export type Blocked = 'formula' | 'shared-cell' | null;

/** Knows the plan sheet's merged areas and formula cells, to keep answers out of cells that are not one measure's. */
export class PlanCells {
  private readonly mergesByColumn = new Map<number, MergeArea[]>();
  /** 0-based first rows of every measure, sorted. */
  private readonly firstRows: number[];

  constructor(
    measures: readonly Measure[],
    merges: readonly MergeArea[] = [],
    private readonly formulas: ReadonlySet<string> = new Set(),
  ) {
    for (const m of merges) {
      for (let c = m.left; c <= m.right; c++) {
        const list = this.mergesByColumn.get(c) ?? [];
        list.push(m);
        this.mergesByColumn.set(c, list);
      }
    }
    this.firstRows = measures.map((m) => measureRows(m)[0] - 1).sort((a, b) => a - b);
  }

  /** `row` is the measure's first row (1-based), `col` 0-based. */
  blocked(row: number, col: number): Blocked {
    const r = row - 1;
    if (this.formulas.has(cellAddress(r, col))) return 'formula';
    const merge = this.mergesByColumn.get(col)?.find((m) => m.top <= r && r <= m.bottom);
    if (!merge) return null;
    if (merge.top !== r || merge.left !== col) return 'shared-cell';
    // Another measure starts under this one inside the merge: the cell is theirs too.
    const next = this.firstRows[upperBound(this.firstRows, r)];
    return next !== undefined && next <= merge.bottom ? 'shared-cell' : null;
  }
}

/** Index of the first element greater than `x` in a sorted array. */
function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
