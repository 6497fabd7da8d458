// Lines that are not measures: totals, signatures, dates, approval stamps and notes. Under the last
// measure such a line ends the table (it and everything below raise nothing); inside the table only the
// unmistakable ones (totals, stamps, `/підпис/`) are passed over, because a paragraph of a measure pasted
// from Word may well be a date or start with `*`.
import { ColumnMap } from '../types';
import { foldSpaces } from '../text';
import type { OwnText } from './sheet-view';

const TOTALS = /^(?:разом|усього|всього|підсумок|итого|total)(?=$|[\s:.,\-–—\d])/iu;
const STAMP =
  /^(?:затверджено|затверджую|погоджено|погоджую|схвалено|рекомендовано|узгоджено)(?=$|[\s:.,])/iu;
const SIGNATURE_MARK = /\/\s*підпис\s*\/|\(\s*підпис\s*\)|^м\.\s?п\.?$|^підпис$|^\(?signature\)?$/iu;
const UNDERSCORES = /_{3,}/;
const DOTTED_DATE = /^\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})\s*(?:р\.?|року)?$/u;
const WORDY_DATE = /^[«"“„]?\s*(?:\d{1,2}|_+)\s*[»"”]?\s+(?:\p{L}+|_+)\s+\d{4}\s*(?:р\.?|року)?$/u;
const INITIALS_SURNAME = /(?:^|[\s_])\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{L}'’ʼ-]+$/u;
const NAME_SURNAME = /(?:^|[\s_])\p{Lu}[\p{Ll}'’ʼ-]+\s+\p{Lu}{2,}[\p{Lu}'’ʼ-]*$/u;
const SURNAME_INITIALS = /(?:^|[\s_])\p{Lu}[\p{Ll}'’ʼ-]+\s+\p{Lu}\.\s?(?:\p{Lu}\.?)?$/u;
const POSITION =
  /^(?:начальник|заступник|завідувач|голова|секретар|керуюч|директор|головн|провідн|старш|спеціаліст|уповноважен|в\.\s?о\.|т\.\s?в\.\s?о\.|виконувач|міськ\S* голова|сільськ\S* голова|селищн\S* голова|перш\S* заступник|інспектор|юрисконсульт|радник|помічник|генеральн|керівник)/iu;
const NOTE =
  /^(?:примітк[аи]|прим\.|\*+\s?\p{L}|виконав(?:ець|ця)?\s?:|вик\.|підготува(?:в|ла)|склав|склала|тел\.|телефон)/iu;

/** A cell's text folded to one line once, when short enough for the patterns (they are for short lines). */
interface Line {
  col: number;
  wide: boolean;
  short: string | null;
}

function lines(texts: OwnText[]): Line[] {
  return texts.map((t) => {
    const folded = t.text.length <= 480 ? foldSpaces(t.text) : null;
    return {
      col: t.col,
      wide: !!t.merge && t.merge.right > t.merge.left,
      short: folded !== null && folded.length <= 120 ? folded : null,
    };
  });
}

const within = (l: Line, max: number): string | null =>
  l.short !== null && l.short.length <= max ? l.short : null;

function isDateLine(l: Line): boolean {
  const t = within(l, 40);
  return t !== null && (DOTTED_DATE.test(t) || WORDY_DATE.test(t));
}

function isPersonName(l: Line): boolean {
  const t = within(l, 80);
  return t !== null && (INITIALS_SURNAME.test(t) || NAME_SURNAME.test(t) || SURNAME_INITIALS.test(t));
}

function isLead(col: number, columns: ColumnMap, left: number): boolean {
  return col === left || col === columns.number || col === columns.measure;
}

/** Columns whose paragraphs may be dates or names: a date or a name there is a measure's text. */
function isDataColumn(col: number, columns: ColumnMap): boolean {
  return (
    col === columns.deadline ||
    col === columns.execution ||
    col === columns.actualDate ||
    col === columns.status ||
    col === columns.responsible
  );
}

/** Words that may start a total or a stamp, or mark a signature: most rows have none and are done with fast. */
const MAYBE =
  /^[\s"«]*(?:разом|усього|всього|підсумок|итого|total|затвердж|погодж|схвал|рекоменд|узгодж)|підпис|signature|м\.\s?п/iu;

function neverMeasure(ls: Line[], columns: ColumnMap, left: number): boolean {
  const first = ls[0];
  const total = within(first, 60);
  if (total !== null && isLead(first.col, columns, left) && TOTALS.test(total)) return true;
  return ls.some((l) => l.short !== null && (STAMP.test(l.short) || SIGNATURE_MARK.test(l.short)));
}

/** Passed over wherever it stands: a total, an approval stamp, a `/підпис/` mark. */
export function isNeverMeasure(texts: OwnText[], columns: ColumnMap, left: number): boolean {
  if (texts.length === 0 || !texts.some((t) => t.text.length <= 480 && MAYBE.test(t.text))) return false;
  return neverMeasure(lines(texts), columns, left);
}

/** Under the last measure: a line that ends the table (a signature, a date, a stamp, a note, a total). */
export function endsTable(texts: OwnText[], columns: ColumnMap, left: number): boolean {
  if (texts.length === 0) return false;
  const ls = lines(texts);
  if (neverMeasure(ls, columns, left)) return true;
  if (ls.some((l) => l.short !== null && UNDERSCORES.test(l.short))) return true;
  const first = ls[0];
  if ((isLead(first.col, columns, left) || first.wide || !isDataColumn(first.col, columns)) && first.short)
    if (NOTE.test(first.short)) return true;
  if (ls.every((l) => isDateLine(l) && !isDataColumn(l.col, columns))) return true;
  // A signer's position alone in the first columns (the name follows on the next row, or not at all).
  const lead = within(first, 100);
  if (lead !== null && ls.length <= 2 && isLead(first.col, columns, left) && POSITION.test(lead)) return true;
  const names = ls.filter(isPersonName);
  if (names.length > 0) {
    // `Начальник відділу ____ О. СЄНКЕВИЧ`, over one cell or two: a position, then a name.
    const position = ls.some((l) => l.short !== null && POSITION.test(l.short));
    const allResponsible = ls.every((l) => l.col === columns.responsible);
    if (position && !allResponsible) return true;
    if (ls.length === 1 && !isDataColumn(names[0].col, columns)) return true;
  }
  return false;
}
