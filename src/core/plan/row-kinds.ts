// What each row under the header is, from its own cells: a section, the start of a measure, more of the
// measure above (a paragraph a Word paste put on its own row), a repeated header, or nothing to read.
import { ColumnMap } from '../types';
import { isBlank, matchKey } from '../text';
import { cellText } from './cell-text';
import { type HeaderMatch, isColumnNumberRow, matchHeader } from './header';
import { headingScores } from './heading-fields';
import { foldTitle, isFillerMark, isMeasureNumber, parseSectionHeading } from './row-text';
import { type OwnText, type SheetView, coveringMerge, mergeStartingAt, ownText } from './sheet-view';
import { isNeverMeasure } from './table-end';

export enum Kind {
  /** Nothing in the table's cells. */
  Blank,
  /** Only blanks, but written ones (`' '`): kept as a line of a measure spanning rows, never read alone. */
  Space,
  Numbers,
  Repeat,
  Section,
  /** A total, a stamp, a `/підпис/` line: never a measure. */
  Skip,
  Start,
  More,
}

export interface SectionHeading {
  numeral: string | null;
  title: string;
  text: string;
}

export interface TableContext {
  view: SheetView;
  columns: ColumnMap;
  header: HeaderMatch | null;
  /** First and last 0-based columns of the table: text beyond them is not the plan's. */
  left: number;
  right: number;
}

export interface RowKinds {
  kinds: Uint8Array;
  /** True when measures are told apart by their numbers (a row without one continues the one above). */
  numbered: boolean;
  /** 0-based row of the column-number row under the header, or -1. */
  numberRow: number;
  sections: Map<number, SectionHeading>;
}

/** The row's own texts inside the table, and whether it holds written blanks. */
export function readRow(ctx: TableContext, r: number): { texts: OwnText[]; space: boolean } {
  const { view, left, right } = ctx;
  const cells = view.values[r];
  const texts: OwnText[] = [];
  let space = false;
  const last = Math.min(cells.length - 1, right);
  for (let c = left; c <= last; c++) {
    const v = cells[c];
    if (v === null || v === undefined || coveringMerge(view, r, c)) continue;
    const text = cellText(v);
    if (text === '') continue;
    if (isBlank(text)) space = true;
    else texts.push({ col: c, text, merge: mergeStartingAt(view, r, c) });
  }
  return { texts, space };
}

/** A row that is one heading: a numeral, or one text across the table or in its first column. */
export function sectionOf(texts: OwnText[], columns: ColumnMap, left: number): SectionHeading | null {
  const single = texts.every((t) => t.text === texts[0].text) ? texts[0] : null;
  if (single) {
    const parsed = parseSectionHeading(single.text);
    if (parsed && !isMeasureNumber(single.text)) return { ...parsed, text: single.text };
    const merge = single.merge;
    const across =
      !!merge && merge.right > merge.left && (merge.left <= left || merge.left <= (columns.measure ?? 0));
    const lead = (single.col === columns.number || single.col === left) && single.col !== columns.measure;
    if (across || lead) return { numeral: null, title: foldTitle(single.text), text: single.text };
    return null;
  }
  // `ІІ.` in the number column and the title beside it.
  if (texts.length === 2 && texts[0].col === columns.number) {
    const parsed = parseSectionHeading(texts[0].text);
    if (parsed && parsed.title === '')
      return {
        numeral: parsed.numeral,
        title: foldTitle(texts[1].text),
        text: `${texts[0].text.trim()} ${texts[1].text}`,
      };
  }
  return null;
}

/** Per header row, each column's heading key: a page-repeated header is found by its texts. */
function headerSignatures(ctx: TableContext): Map<number, string>[] {
  if (!ctx.header) return [];
  return ctx.header.rows.map((r) => {
    const sig = new Map<number, string>();
    for (let c = ctx.left; c <= ctx.right; c++) {
      const t = ctx.view.filled[r]?.[c] ?? '';
      if (!isBlank(t)) sig.set(c, matchKey(t));
    }
    return sig;
  });
}

function isRepeat(ctx: TableContext, sigs: Map<number, string>[], r: number, texts: OwnText[]): boolean {
  const same = sigs.some((sig) =>
    texts.every((t) => {
      const key = sig.get(t.col);
      return key !== undefined && t.text.length <= key.length * 2 + 16 && matchKey(t.text) === key;
    }),
  );
  if (same) return true;
  // A header worded differently (a second table pasted below): it must name the measure column itself.
  const { header, columns } = ctx;
  if (!header || texts.length < 2 || columns.measure === undefined) return false;
  const measure = texts.find((t) => t.col === columns.measure);
  if (!measure || measure.text.length > 150 || !headingScores(measure.text).has('measure')) return false;
  const again = matchHeader(ctx.view, [r], ctx.view.values[r].length);
  return again.score >= header.score && again.columns.measure === columns.measure;
}

/** Rows start with a measure number often enough to tell measures apart by them. */
function isNumbered(ctx: TableContext, from: number): boolean {
  const { view, columns } = ctx;
  if (columns.number === undefined) return false;
  let numbers = 0;
  let texts = 0;
  for (let r = from; r < view.height; r++) {
    if (isMeasureNumber(ownText(view, r, columns.number))) numbers++;
    if (columns.measure !== undefined && !isBlank(ownText(view, r, columns.measure))) texts++;
  }
  return numbers > 0 && numbers * 5 >= texts;
}

/** In a plan without numbers: a row whose key cells lie in merges begun on the current measure's rows. */
function tiedTo(ctx: TableContext, r: number, start: number): boolean {
  if (start < 0 || !ctx.view.mergesKnown) return false;
  return [ctx.columns.measure, ctx.columns.deadline, ctx.columns.responsible, ctx.columns.execution].some(
    (c) => {
      if (c === undefined) return false;
      const m = coveringMerge(ctx.view, r, c);
      return !!m && m.top >= start && m.left === c;
    },
  );
}

export function classifyRows(ctx: TableContext, from: number): RowKinds {
  const { view, columns, left } = ctx;
  const kinds = new Uint8Array(view.height);
  const sections = new Map<number, SectionHeading>();
  const sigs = headerSignatures(ctx);
  const numbered = isNumbered(ctx, from);
  let numberRow = -1;
  let firstContent = true;
  let expectNumbers = true;
  let start = -1;
  for (let r = from; r < view.height; r++) {
    // A number where the measure's text belongs: a row of column numbers (repeated on a page break too).
    const bareNumbers = columns.measure !== undefined && isMeasureNumber(ownText(view, r, columns.measure));
    // A numbered row is a measure's first row wherever it stands: no need to look at its other cells.
    if (
      !expectNumbers &&
      !bareNumbers &&
      columns.number !== undefined &&
      isMeasureNumber(ownText(view, r, columns.number))
    ) {
      kinds[r] = Kind.Start;
      start = r;
      continue;
    }
    const { texts, space } = readRow(ctx, r);
    if (texts.length === 0) {
      kinds[r] = space ? Kind.Space : Kind.Blank;
      continue;
    }
    const numbers = (expectNumbers || bareNumbers) && isColumnNumberRow(texts.map((t) => t.text));
    if (numbers && firstContent) numberRow = r;
    firstContent = false;
    expectNumbers = false;
    if (numbers) {
      kinds[r] = Kind.Numbers;
      continue;
    }
    const numberText = columns.number !== undefined ? ownText(view, r, columns.number).trim() : '';
    const hasNumber = isMeasureNumber(numberText);
    if (!hasNumber && isRepeat(ctx, sigs, r, texts)) {
      kinds[r] = Kind.Repeat;
      expectNumbers = true;
      start = -1;
      continue;
    }
    if (!hasNumber && isNeverMeasure(texts, columns, left)) {
      kinds[r] = Kind.Skip;
      continue;
    }
    const section = hasNumber ? null : sectionOf(texts, columns, left);
    if (section) {
      kinds[r] = Kind.Section;
      sections.set(r, section);
      start = -1;
      continue;
    }
    let kind: Kind;
    if (hasNumber) kind = Kind.Start;
    // Something written as a number that is no digits (`а)`, `1а`): a measure numbered as written.
    else if (numberText !== '' && !isFillerMark(numberText) && numberText.length <= 12) kind = Kind.Start;
    else if (numbered) kind = Kind.More;
    else {
      const measureText = columns.measure !== undefined ? ownText(view, r, columns.measure) : '';
      kind = !isBlank(measureText) && !tiedTo(ctx, r, start) ? Kind.Start : Kind.More;
    }
    if (kind === Kind.Start) start = r;
    kinds[r] = kind;
  }
  return { kinds, numbered, numberRow, sections };
}
