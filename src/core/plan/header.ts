// Finding the header: the row, or 2–3 rows with merged group cells or headings split over rows (a Word
// paste puts `№` / `з/п` and `Термін` / `виконання` on rows of their own), whose cells name the plan's columns.
// Every column is read against every field (heading-fields.ts) and the columns get the fields they read best.
import { ColumnMap } from '../types';
import { isBlank } from '../text';
import { parseDeadline } from '../deadline/parse-deadline';
import { statusFromColumn } from '../status/status-words';
import { bestFields, bestScore, type HeadingField, headingScores, isColumnKey } from './heading-fields';
import { isMeasureNumber, parseSectionHeading } from './row-text';
import { type SheetView, coveringMerge, mergeStartingAt, rowTexts } from './sheet-view';

export interface HeaderMatch {
  /** 0-based sheet rows of the header. */
  rows: number[];
  columns: ColumnMap;
  /** A column read as status and execution alike (a bare `Стан виконання`), given execution: its cells decide. */
  ambiguous?: number;
  score: number;
  /** First and last 0-based columns with a heading: the table's extent. */
  left: number;
  right: number;
}

const CORE_FIELDS = ['number', 'deadline', 'responsible', 'execution', 'status'] as const;

/** A merged cell over several columns with sub-headings under it: a group title, not a column's own name. */
function isGroupCell(view: SheetView, rows: number[], i: number, c: number): boolean {
  const r = rows[i];
  const text = view.filled[r]?.[c] ?? '';
  const below = rows.slice(i + 1);
  const headed = (col: number): boolean =>
    below.some((b) => {
      const t = view.filled[b]?.[col] ?? '';
      return !isBlank(t) && t !== text;
    });
  if (view.mergesKnown) {
    const merge = coveringMerge(view, r, c) ?? mergeStartingAt(view, r, c);
    return !!merge && merge.right > merge.left && headed(c);
  }
  // Merges unknown (Excel before ExcelApi 1.13): a title with an empty cell right of it and sub-headings
  // under both is a group; `Термін` over `виконання` beside `Відповідальні` is one heading split in two.
  return !isBlank(text) && isBlank(view.filled[r]?.[c + 1] ?? '') && headed(c) && headed(c + 1);
}

/** How one column's heading reads: its own texts as one phrase, its last text alone, or with the group above. */
function readColumn(view: SheetView, rows: number[], c: number): ReadonlyMap<HeadingField, number> | null {
  const own: string[] = [];
  const all: string[] = [];
  rows.forEach((r, i) => {
    const t = view.filled[r]?.[c] ?? '';
    if (isBlank(t) || all[all.length - 1] === t) return;
    all.push(t);
    if (!isGroupCell(view, rows, i, c)) own.push(t);
  });
  if (all.length === 0) return null;
  let chosen: ReadonlyMap<HeadingField, number> | null = null;
  if (own.length > 0) {
    // `Термін` / `виконання` is one phrase; `Моніторинг …` / `Фактичний термін` reads best by its last line.
    const phrase = headingScores(own.join(' '));
    const leaf = own.length > 1 ? headingScores(own[own.length - 1]) : phrase;
    chosen = bestScore(leaf) > bestScore(phrase) ? leaf : phrase;
  }
  if ((!chosen || bestScore(chosen) === 0) && all.length > own.length) chosen = headingScores(all.join(' '));
  return chosen && bestScore(chosen) > 0 ? chosen : null;
}

/**
 * Classify every column from the texts of `rows` stacked, then give each column the field it reads best:
 * the most specific reading of a field wins it, and a column never gets a field it reads worse than another.
 */
export function matchHeader(view: SheetView, rows: number[], width = view.width): HeaderMatch {
  const readings: { col: number; best: number; fields: HeadingField[] }[] = [];
  let left = Infinity;
  let right = -1;
  for (let c = 0; c < width; c++) {
    if (rows.some((r) => !isBlank(view.filled[r]?.[c] ?? ''))) {
      left = Math.min(left, c);
      right = c;
    }
    const scores = readColumn(view, rows, c);
    if (scores) readings.push({ col: c, best: bestScore(scores), fields: bestFields(scores) });
  }
  readings.sort((a, b) => b.best - a.best || a.col - b.col);
  const taken = new Map<HeadingField, number>();
  let ambiguous: number | undefined;
  for (const reading of readings) {
    const field = reading.fields.find((f) => !taken.has(f));
    if (field === undefined) continue; // its field went to a column that reads it better (or earlier)
    taken.set(field, reading.col);
    if (field === 'execution' && reading.fields.includes('status')) ambiguous = reading.col;
  }
  const columns: ColumnMap = {};
  for (const [field, col] of taken) if (isColumnKey(field)) columns[field] = col;
  if (ambiguous !== undefined && columns.status !== undefined) ambiguous = undefined;
  const core = CORE_FIELDS.filter((f) => columns[f] !== undefined).length;
  const score = columns.measure !== undefined && core >= 2 ? core + 1 : 0;
  const match: HeaderMatch = { rows, columns, score, left: Math.max(0, left), right: Math.max(0, right) };
  if (ambiguous !== undefined) match.ambiguous = ambiguous;
  return match;
}

/** A header starts on a row that itself names at least two columns; title lines above it do not. */
function namesColumns(view: SheetView, r: number): boolean {
  const row = view.filled[r];
  if (!row) return false;
  let named = 0;
  for (let c = 0; c < row.length && named < 2; c++) {
    const t = row[c];
    if (isBlank(t) || row.indexOf(t) !== c) continue;
    if (bestScore(headingScores(t)) > 0) named++;
  }
  return named >= 2;
}

/** Look for the header in the first rows of the sheet; the earliest row that starts a reading wins. */
export function findHeader(view: SheetView, searchRows = 60): HeaderMatch | null {
  const limit = Math.min(view.height, searchRows);
  for (let r = 0; r < limit; r++) {
    if (!namesColumns(view, r)) continue;
    let best: HeaderMatch | null = null;
    for (let span = 1; span <= 3 && r + span <= view.height; span++) {
      const rows = Array.from({ length: span }, (_, i) => r + i);
      const m = matchHeader(view, rows);
      if (m.score === 0) continue;
      if (!best) {
        best = m;
        continue;
      }
      // A deeper header must keep what the shallower reading found, and either add to it or be made of
      // heading lines (a split `з/п`, `виконання`); otherwise the row below is data.
      if (!extends_(view, m, best)) continue;
      if (m.score > best.score || continuesHeader(view, best, rows.slice(best.rows.length))) best = m;
    }
    if (best) return best;
  }
  return null;
}

/**
 * The deeper reading keeps every field of the shallower one in its column, unless that column's heading
 * turned out to be a group title over sub-columns (`Моніторинг виконання` over its three columns).
 */
function extends_(view: SheetView, deeper: HeaderMatch, shallower: HeaderMatch): boolean {
  return (Object.keys(shallower.columns) as (keyof ColumnMap)[]).every((k) => {
    const col = shallower.columns[k]!;
    if (deeper.columns[k] === col) return true;
    return shallower.rows.some((_, i) => isGroupCell(view, deeper.rows, i, col));
  });
}

/** Short words completing a heading above them: `з/п`, `виконання`, `особи`. */
const FRAGMENT = /^[\p{L}/'’ʼ.,()\s-]{1,40}$/u;

/** Rows under a header reading that are more of its headings, not data: blank rows may sit between. */
function continuesHeader(view: SheetView, header: HeaderMatch, extra: number[]): boolean {
  let last = -1;
  for (const r of extra) {
    const texts = rowTexts(view, r, header.left, header.right);
    if (texts.length === 0) continue;
    last = r;
    if (isColumnNumberRow(texts.map((t) => t.text))) return false;
    if (texts.length === 1 && texts[0].merge && texts[0].merge.right - texts[0].merge.left >= 2) return false;
    for (const { col, text } of texts) {
      if (parseSectionHeading(text) || isMeasureNumber(text) || statusFromColumn(text)) return false;
      if (bestScore(headingScores(text)) > 0) continue;
      const above = header.rows.some((h) => !isBlank(view.filled[h]?.[col] ?? ''));
      if (!above || !FRAGMENT.test(text.trim())) return false;
      if (col === header.columns.deadline && parseDeadline(text, { period: null }).kind !== 'unrecognised')
        return false;
    }
  }
  return last === extra[extra.length - 1];
}

/** A column number (`1`, `1.`) or two run together over a merged cell (`6-7`). */
const COLUMN_NUMBER = /^(\d{1,2})\.?(?:\s*[-–—,]\s*(\d{1,2})\.?)?$/;

/** A row of column numbers under the header (`1 2 3 …`, `1. 2. 3.`, gaps allowed): not a measure. */
export function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.map((t) => t.trim()).filter((t) => t !== '');
  if (filled.length < 2) return false;
  let prev = 0;
  for (let i = 0; i < filled.length; i++) {
    const m = COLUMN_NUMBER.exec(filled[i]);
    if (!m) return false;
    const first = parseInt(m[1], 10);
    const lastOf = m[2] ? parseInt(m[2], 10) : first;
    if ((i === 0 && first > 2) || first <= prev || lastOf < first) return false;
    prev = lastOf;
  }
  return true;
}

export { classifyHeading } from './heading-fields';
