// The sheet rows a measure takes: one, or several when it was pasted from Word (the reader's `rows`).
import type { Measure } from '../types';

/** Every 1-based sheet row of a measure, first to last. */
export function measureRows(m: Pick<Measure, 'row' | 'rows'>): number[] {
  const [first, last] = m.rows ?? [m.row, m.row];
  return Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i);
}
