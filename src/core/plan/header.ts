// Finding the header: the row (or 2–3 rows with merged group cells) whose cells name the plan's columns.
import { ColumnKey, ColumnMap } from '../types';
import { headingKey, TextCache } from '../text';

/**
 * Heading patterns per field, tried in this order: the specific ones first, because `Проведений захід`
 * also contains `захід` and `Фактичний термін виконання` also contains `термін виконання`.
 */
const FIELD_PATTERNS: [ColumnKey, RegExp][] = [
  ['number', /^(№|n|no|номер)( ?(з\/п|п\/п|зп|пп))?$/],
  ['actualDate', /фактичн\S* (термін|строк|дата)|дата (фактичного )?виконання/],
  ['status', /стан виконання.*(виконано|не виконано)|^статус|стан виконання \(|^стан$/],
  [
    'execution',
    /проведен\S* (заход|захід)|стан виконання|інформаці\S* (про|щодо) (стан )?виконання|відмітк\S* про виконання|^результат|опис результат|^виконання$|^звіт про виконання|фактично виконано/,
  ],
  ['indicators', /індикатор|очікуван\S* результат|показник/],
  ['risk', /корупційн\S* ризик/],
  ['notes', /^примітк/],
  ['deadline', /(термін|строк)/],
  ['responsible', /відповідальн|^виконав|^виконавц/],
  ['measure', /заход|захід|найменування|зміст/],
];

/** Headings already classified (header search and the repeated-header check see the same texts often). */
const CLASSIFIED = new TextCache<ColumnKey | null>();

export function classifyHeading(text: string): ColumnKey | null {
  const known = CLASSIFIED.get('', text);
  return known !== undefined ? known : CLASSIFIED.set('', text, classify(text));
}

function classify(text: string): ColumnKey | null {
  const key = headingKey(text);
  if (!key) return null;
  for (const [field, re] of FIELD_PATTERNS) if (re.test(key)) return field;
  return null;
}

const REQUIRED_FOR_PLAN: ColumnKey[] = ['measure'];
const CORE_FIELDS: ColumnKey[] = ['number', 'deadline', 'responsible', 'execution', 'status'];

export interface HeaderMatch {
  /** 0-based sheet rows of the header. */
  rows: number[];
  columns: ColumnMap;
  score: number;
}

/**
 * Classify every column from the texts of `rows` stacked (a group title over its sub-column): the most specific
 * reading wins — the bottom cell alone first, then group + bottom together.
 */
export function matchHeader(texts: string[][], rows: number[], width: number): HeaderMatch {
  const columns: ColumnMap = {};
  const claimed = new Map<ColumnKey, number>();
  for (let c = 0; c < width; c++) {
    const stack = rows.map((r) => texts[r]?.[c] ?? '').filter((t) => t.trim() !== '');
    const distinct = stack.filter((t, i) => stack.indexOf(t) === i);
    if (distinct.length === 0) continue;
    const candidates = [distinct[distinct.length - 1], distinct.join(' ')];
    let field: ColumnKey | null = null;
    for (const cand of candidates) {
      field = classifyHeading(cand);
      if (field) break;
    }
    if (!field) continue;
    // Two columns named for execution: the one that reads as a status becomes the status column.
    if (
      field === 'execution' &&
      claimed.has('execution') &&
      !claimed.has('status') &&
      /стан/.test(headingKey(distinct.join(' ')))
    ) {
      field = 'status';
    }
    if (claimed.has(field)) continue; // the first column of a kind wins; a repeated one stays unmapped
    claimed.set(field, c);
    columns[field] = c;
  }
  const hasRequired = REQUIRED_FOR_PLAN.every((f) => columns[f] !== undefined);
  const core = CORE_FIELDS.filter((f) => columns[f] !== undefined).length;
  const score = hasRequired && core >= 2 ? core + 1 : 0;
  return { rows, columns, score };
}

/** Look for the header in the first rows of the sheet; the earliest best match wins. */
export function findHeader(texts: string[][], width: number, searchRows = 60): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const limit = Math.min(texts.length, searchRows);
  for (let r = 0; r < limit; r++) {
    // A header starts on a row that itself names at least two columns; title lines above it do not.
    if (
      !texts[r] ||
      texts[r].filter((t, c) => t.trim() !== '' && texts[r].indexOf(t) === c && classifyHeading(t)).length < 2
    )
      continue;
    for (let span = 1; span <= 3 && r + span <= texts.length; span++) {
      const rows = Array.from({ length: span }, (_, i) => r + i);
      const m = matchHeader(texts, rows, width);
      // A deeper header must keep what the shallower reading found and add to it; otherwise the row below
      // is data (a section or a measure), not part of the header.
      if (m.score > 0 && (!best || (m.score > best.score && extends_(m, best)))) best = m;
    }
    if (best && best.rows[0] === r) {
      // Prefer the widest complete reading that starts on this row; later rows cannot do better sensibly.
      return best;
    }
  }
  return best;
}

function extends_(deeper: HeaderMatch, shallower: HeaderMatch): boolean {
  if (deeper.rows[0] !== shallower.rows[0]) return true;
  return (Object.keys(shallower.columns) as ColumnKey[]).every(
    (k) => deeper.columns[k] === shallower.columns[k],
  );
}

/** A row of column numbers under the header (`1 2 3 …` or `1. 2. 3.`): not a measure. */
export function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.map((t) => t.trim()).filter((t) => t !== '');
  if (filled.length < 2) return false;
  const nums = filled.map((t) => (/^\d{1,2}\.?$/.test(t) ? parseInt(t, 10) : NaN));
  if (nums.some((n) => Number.isNaN(n))) return false;
  return nums.every((n, i) => i === 0 || n > nums[i - 1]) && nums[0] <= 2;
}
