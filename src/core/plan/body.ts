// The body of the table as sections and measures, each measure a run of rows: its first row and the rows
// that continue it. Under the last measure, the first line that is a signature, a date, a stamp, a total or a
// note ends the table: it and everything below it are not measures and raise nothing.
import {
  Kind,
  type RowKinds,
  type SectionHeading,
  type TableContext,
  classifyRows,
  readRow,
} from './row-kinds';
import { isBlank } from '../text';
import { cellText } from './cell-text';
import { fieldText } from './measure-texts';
import { foldTitle } from './row-text';
import { coveringMerge, mergeStartingAt, ownText } from './sheet-view';
import { endsTable } from './table-end';

/** A measure's rows, 0-based and inclusive. */
export interface MeasureRows {
  first: number;
  last: number;
}

export type BodyItem =
  ({ kind: 'section'; row: number } & SectionHeading) | ({ kind: 'measure' } & MeasureRows);

export interface Body {
  items: BodyItem[];
  /** 0-based row of the column-number row under the header, or -1. */
  numberRow: number;
  /** The last 0-based row that was read as part of the table. */
  lastRow: number;
}

/** For each row: is there a measure's first row below it, before the next repeated header? */
function startsAhead(rows: RowKinds, from: number, ends: (r: number) => boolean): Uint8Array {
  const { kinds } = rows;
  const ahead = new Uint8Array(kinds.length);
  let seen = false;
  for (let r = kinds.length - 1; r >= from; r--) {
    if (kinds[r] === Kind.Repeat) seen = false;
    // A row that would end the table is no measure when nothing follows it: a name under an unnumbered plan.
    if (kinds[r] === Kind.Start && (seen || rows.numbered || !ends(r))) seen = true;
    ahead[r] = seen ? 1 : 0;
  }
  return ahead;
}

/** The bottom row of a first row's number cell merged down (a Word paste), or -1. */
function numberMergeBottom(ctx: TableContext, r: number): number {
  const c = ctx.columns.number;
  if (c === undefined) return -1;
  const m = mergeStartingAt(ctx.view, r, c) ?? coveringMerge(ctx.view, r, c);
  return m && m.left === c && m.bottom > m.top ? m.bottom : -1;
}

export function readBody(ctx: TableContext, from: number): Body {
  const rows = classifyRows(ctx, from);
  const { kinds, sections } = rows;
  // Asked only of rows under a segment's last measure, so the patterns run on a few rows, not on all.
  const ends = (r: number): boolean => endsTable(readRow(ctx, r).texts, ctx.columns, ctx.left);
  const ahead = startsAhead(rows, from, ends);
  const items: BodyItem[] = [];
  let current: (MeasureRows & { kind: 'measure' }) | null = null;
  let numberBottom = -1;
  let ended = false;
  let lastRow = -1;
  /** The section just read, while nothing else has come after it (a title on two rows joins it). */
  let openSection: (BodyItem & { kind: 'section' }) | null = null;

  const close = (): void => {
    current = null;
    numberBottom = -1;
  };
  for (let r = from; r < kinds.length; r++) {
    const kind = kinds[r] as Kind;
    if (kind === Kind.Blank) continue;
    if (kind === Kind.Repeat) {
      close();
      ended = false;
      openSection = null;
      lastRow = r;
      continue;
    }
    const tail = ahead[r] === 0;
    if (tail && kind !== Kind.Space) {
      const beyondNumber = current !== null && numberBottom >= 0 && r > numberBottom;
      const stray = kind === Kind.Section && sections.get(r)?.numeral === null;
      if (ended || kind === Kind.Skip || beyondNumber || stray || ends(r)) {
        ended = true;
        close();
        continue;
      }
    }
    if (ended) continue;
    if (kind === Kind.Space) {
      // Written blanks are a line of the measure only where it already spans rows (a Word paragraph `' '`).
      const m = current as MeasureRows | null;
      if (m && (m.last > m.first || r <= numberBottom)) m.last = r;
      continue;
    }
    lastRow = r;
    if (kind === Kind.Numbers || kind === Kind.Skip) {
      if (kind === Kind.Skip) close();
      continue;
    }
    if (kind === Kind.Section) {
      close();
      const heading = sections.get(r)!;
      if (openSection && heading.numeral === null) {
        // The second paragraph of a section's title, on a row of its own.
        openSection.text = `${openSection.text}\n${heading.text}`;
        openSection.title = `${openSection.title} ${heading.title}`.trim();
        continue;
      }
      openSection = { kind: 'section', row: r, ...heading };
      items.push(openSection);
      continue;
    }
    openSection = null;
    if (kind === Kind.Start || current === null) {
      current = { kind: 'measure', first: r, last: r };
      numberBottom = numberMergeBottom(ctx, r);
      items.push(current);
    } else {
      current.last = r;
    }
  }
  numberedHeadings(ctx, items);
  return { items, numberRow: rows.numberRow, lastRow };
}

// Matched on the trimmed text: `\s*…?\s*$` at the end backtracks over every blank of a long run (quadratic).
const NUMBER_PARTS = /^(\d{1,4}(?:\.\d{1,3})*)\.?\s*\)?$/;

/**
 * `1.` `Організаційні заходи` over `1.1`, `1.2`: a heading numbered like the measures under it, with nothing
 * in the deadline, responsible or report cells, is a section, not a measure with everything missing.
 */
function numberedHeadings(ctx: TableContext, items: BodyItem[]): void {
  const { view, columns } = ctx;
  const c = columns.number;
  if (c === undefined || columns.measure === undefined) return;
  const numberOf = (it: BodyItem): string | null =>
    it.kind === 'measure'
      ? (NUMBER_PARTS.exec(cellText(view.values[it.first][c] ?? null).trim())?.[1] ?? null)
      : null;
  const others = [
    columns.deadline,
    columns.responsible,
    columns.execution,
    columns.status,
    columns.actualDate,
  ];
  for (let i = 0; i + 1 < items.length; i++) {
    const it = items[i];
    const parent = numberOf(it);
    const child = numberOf(items[i + 1]);
    if (it.kind !== 'measure' || parent === null || child === null || !child.startsWith(`${parent}.`))
      continue;
    const empty = others.every((col) => {
      if (col === undefined) return true;
      for (let r = it.first; r <= it.last; r++) if (!isBlank(ownText(view, r, col))) return false;
      return true;
    });
    const title = fieldText(view, it, columns.measure).text;
    if (!empty || isBlank(title)) continue;
    const number = cellText(view.values[it.first][c] ?? null).trim();
    items[i] = {
      kind: 'section',
      row: it.first,
      numeral: null,
      title: foldTitle(title),
      text: `${number} ${title}`,
    };
  }
}
