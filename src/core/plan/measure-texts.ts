// A measure's texts from its rows: each field's cells, top to bottom, joined by line breaks — the Word cell
// the rows were pasted from. A cell merged over the rows counts once; a value merged down over several
// measures (each with its own number) belongs to each of them.
import { ColumnKey, ColumnMap, Measure } from '../types';
import { cellText, dateLikeText, isErrorText } from './cell-text';
import { splitResponsible } from './responsible';
import { type SheetView, coveringMerge } from './sheet-view';
import type { MeasureRows } from './body';

export type Draft = Omit<Measure, 'deadline' | 'status'>;

/** Optional columns: the measure property each fills, and whether it holds a date. */
const OPTIONAL_FIELDS: readonly (readonly [ColumnKey, keyof Measure, boolean])[] = [
  ['status', 'statusText', false],
  ['actualDate', 'actualDate', true],
  ['indicators', 'indicators', false],
  ['risk', 'risk', false],
  ['notes', 'notes', false],
  ['riskLevel', 'riskLevel', false],
  ['resources', 'resources', false],
];

/** The text of a measure's first-row cell: its own, or a one-column merge's from above. */
function firstCell(view: SheetView, r: number, c: number, dateLike: boolean): string {
  const raw = view.values[r][c] ?? null;
  const merge = raw === null || raw === '' ? coveringMerge(view, r, c) : undefined;
  if (merge) {
    if (merge.left !== c || merge.right !== c) return '';
    return dateLike
      ? dateLikeText(view.values[merge.top][merge.left], view.date1904)
      : (view.filled[r][c] ?? '');
  }
  return dateLike ? dateLikeText(raw, view.date1904) : cellText(raw);
}

/** A continuation row's own cell: nothing when the cell only continues a merge. */
function moreCell(view: SheetView, r: number, c: number, dateLike: boolean): string {
  if (coveringMerge(view, r, c)) return '';
  const v = view.values[r][c] ?? null;
  return dateLike ? dateLikeText(v, view.date1904) : cellText(v);
}

export interface FieldText {
  text: string;
  /** The lines of `text`; line i is on 0-based row `from + i`. */
  lines: string[];
  from: number;
}

/** A field over the measure's rows: empty lines inside kept (a Word empty paragraph), none at the ends. */
export function fieldText(view: SheetView, rows: MeasureRows, c: number, dateLike = false): FieldText {
  const first = firstCell(view, rows.first, c, dateLike);
  if (rows.last === rows.first) return { text: first, lines: first === '' ? [] : [first], from: rows.first };
  const texts: string[] = [first];
  for (let r = rows.first + 1; r <= rows.last; r++) texts.push(moreCell(view, r, c, dateLike));
  let a = 0;
  let b = texts.length - 1;
  while (a <= b && texts[a] === '') a++;
  while (b >= a && texts[b] === '') b--;
  const lines = a <= b ? texts.slice(a, b + 1) : [];
  return { text: lines.join('\n'), lines, from: rows.first + a };
}

/** A measure without its deadline and status: the texts as written, persons split, rows noted. */
export function measureDraft(
  view: SheetView,
  rows: MeasureRows,
  columns: ColumnMap,
  section: number | null,
): { draft: Draft; deadlineText: string } {
  const multi = rows.last > rows.first;
  let fieldRows: Partial<Record<ColumnKey, number>> | undefined;
  const startsLower = (key: ColumnKey, f: FieldText): void => {
    if (f.lines.length && f.from !== rows.first) (fieldRows ??= {})[key] = f.from + 1;
  };
  const field = (key: ColumnKey, dateLike = false): string | undefined => {
    const c = columns[key];
    if (c === undefined) return undefined;
    // One row (most plans): its cell, with no line bookkeeping to allocate.
    if (!multi) return firstCell(view, rows.first, c, dateLike);
    const f = fieldText(view, rows, c, dateLike);
    startsLower(key, f);
    return f.text;
  };
  const draft: Draft = {
    row: rows.first + 1,
    rows: [rows.first + 1, rows.last + 1],
    // The first row's number: a `-` or `•` on the rows below marks a list item, not another number.
    number: columns.number !== undefined ? firstCell(view, rows.first, columns.number, false).trim() : '',
    section,
    measure: field('measure') ?? '',
    responsibleText: '',
    responsible: [],
    execution: field('execution') ?? '',
  };
  if (columns.responsible !== undefined) {
    if (!multi) {
      const text = firstCell(view, rows.first, columns.responsible, false);
      draft.responsibleText = text;
      // A formula error (`#REF!`) shows where a person should be: it names nobody.
      draft.responsible = isErrorText(text) ? [] : splitResponsible(text);
    } else {
      const f = fieldText(view, rows, columns.responsible);
      draft.responsibleText = f.text;
      const persons: string[] = [];
      const at: number[] = [];
      f.lines.forEach((line, i) => {
        if (isErrorText(line)) return;
        for (const p of splitResponsible(line)) {
          persons.push(p);
          at.push(f.from + i + 1);
        }
      });
      draft.responsible = persons;
      draft.responsibleRows = at;
      startsLower('responsible', f);
    }
  }
  for (const [key, prop, dateLike] of OPTIONAL_FIELDS) {
    const v = field(key, dateLike);
    if (v !== undefined) (draft as Record<string, unknown>)[prop] = v;
  }
  const deadlineText = field('deadline', true) ?? '';
  if (fieldRows) draft.fieldRows = fieldRows;
  return { draft, deadlineText };
}
