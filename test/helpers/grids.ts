// Small hand-made sheets for reader and rule tests.
import { CellValue, Grid, MergeArea } from '../../src/core/grid';

export const HEADER = [
  '№ з/п',
  'Заплановані заходи',
  'Термін виконання',
  'Відповідальні особи',
  'Проведений захід',
];

export type Row = CellValue[];

/** A plan sheet: optional title rows, the header, then rows; section rows (1 cell) are merged across. */
export function planGrid(
  rows: Row[],
  opts: { title?: string[]; header?: string[]; sheetName?: string } = {},
): Grid {
  const header = opts.header ?? HEADER;
  const title = opts.title ?? ['План заходів щодо запобігання корупції на 2023 рік'];
  const all: Row[] = [...title.map((t) => [t]), header, ...rows];
  const merges: MergeArea[] = [];
  all.forEach((r, i) => {
    if (r.length === 1 && i !== title.length)
      merges.push({ top: i, left: 0, bottom: i, right: header.length - 1 });
  });
  return { sheetName: opts.sheetName ?? 'Лист1', rows: all, merges };
}

export const measureRow = (
  n: CellValue,
  measure: string,
  deadline: CellValue,
  responsible: string,
  execution: string,
): Row => [n, measure, deadline, responsible, execution];
