// Column widths of the execution table. The fixed columns (number, deadline, status, date) get what their
// texts need; the three long-text columns share the rest of the landscape page in the proportion that makes
// this plan's rows shortest: an office with long execution texts gets a wider execution column. Judged on
// at most a few hundred measures spread over the plan, so a huge plan costs no more.
import type { Measure } from '../types';
import type { ExecutionColumn } from './execution-table';
import { textBoxWidth } from './page-geometry';
import { lineCount } from './text-metrics';

/**
 * The table's width in characters: 987 pt, printed at 79% across the 784 pt inside A4 landscape's margins
 * (Times New Roman 12 prints at 9.5 pt, as a "fit to width" printout of such a table does). At 100% the
 * sample's 28 measures take 11 pages, at 79% 7.
 */
export const TABLE_WIDTH = 188;

const FIXED: Partial<Record<ExecutionColumn['key'], number>> = {
  number: 6,
  deadline: 16,
  status: 14,
  actualDate: 12,
};
const RESPONSIBLE = [28, 24, 20];
const MEASURE_SHARE = [0.4, 0.35, 0.3, 0.45];
const SAMPLE = 300;
const BODY = { size: 12 };

export function columnWidths(keys: ExecutionColumn['key'][], measures: Measure[]): number[] {
  const fixed = keys.reduce((sum, k) => sum + (FIXED[k] ?? 0), 0);
  const sample = spread(measures, SAMPLE);
  let best: { widths: number[]; height: number } | null = null;
  for (const responsible of RESPONSIBLE) {
    const rest = TABLE_WIDTH - fixed - responsible;
    for (const share of MEASURE_SHARE) {
      const measure = Math.round(rest * share);
      const widths = keys.map((k) =>
        k === 'measure'
          ? measure
          : k === 'execution'
            ? rest - measure
            : k === 'responsible'
              ? responsible
              : FIXED[k]!,
      );
      const height = totalLines(sample, measure, responsible, rest - measure);
      if (!best || height < best.height) best = { widths, height };
    }
  }
  return best!.widths;
}

/** Sum over measures of their tallest long-text cell, in lines. */
function totalLines(measures: Measure[], measure: number, responsible: number, execution: number): number {
  let lines = 0;
  for (const m of measures) {
    lines += Math.max(
      lineCount(m.measure, textBoxWidth(measure), BODY),
      lineCount(m.responsibleText, textBoxWidth(responsible), BODY),
      lineCount(m.execution, textBoxWidth(execution), BODY),
      // The deadline column's width is fixed, but its lines count towards the row.
      lineCount(m.deadline.text, textBoxWidth(FIXED.deadline!), BODY),
    );
  }
  return lines;
}

/** At most `n` items spread evenly over the list. */
function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}
