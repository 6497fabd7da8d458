// The office's list of positions, for `unknown-responsible`: which sheet holds it, which column, and where
// the positions start. One policy for every host: the CLI and the add-in read the same workbook the same way.
import type { Grid } from '../grid';
import { isBlank, matchKey } from '../text';

/** `Посади`, `Перелік посад`, `Список посад`, `Довідник посад`, `Посадові особи`, `Positions`, `List of positions`. */
const SHEET_NAME =
  /^(?:(?:перелік|список|довідник|реєстр|назви|найменування) )?посад(?:а|и|ові|ових)?(?: (?:осіб|особи|працівників|виконавців|підрозділів|та|і|й|структурних|ради|органу|\d{4}))*$|^(?:the )?(?:list of )?(?:positions?|posts|job titles?)(?: list)?$/u;

/** True for the name of a sheet that lists the office's positions. */
export function isPositionsSheetName(name: string): boolean {
  return SHEET_NAME.test(matchKey(name));
}

/** The first sheet (in workbook order) that lists the office's positions. */
export function findPositionsSheet<T extends { name: string }>(sheets: readonly T[]): T | undefined {
  return sheets.find((s) => isPositionsSheetName(s.name));
}

/** A heading over the positions: `Посада`, `Назва посади`, `Перелік посад:`, `Position`. */
const HEADING =
  /^(?:№ ?(?:з\/п )?)?(?:(?:перелік|список|назва|найменування|довідник) )?посад(?:а|и)?(?: (?:та|і|й) (?:підрозділ|структурн)\S*)?$|^(?:list of )?(?:positions?|posts?|job titles?)$/u;

const LIST_TITLE = /^(?:перелік|список|довідник) посад/u;

export function isPositionsHeading(text: string): boolean {
  return HEADING.test(matchKey(text));
}

export interface PositionsList {
  positions: string[];
  /** 0-based sheet column they were read from, or null when the sheet has none. */
  column: number | null;
  /** 0-based sheet rows of the first and the last position (for a host's list source), or null. */
  rows: [number, number] | null;
}

/** How far down a heading is looked for (a title line or two may sit above it). */
const HEADING_ROWS = 10;

/**
 * The positions on a positions sheet: the column headed `Посада` (or the like) from the row under it;
 * without such a heading, the first column holding words (a `№` column of numbers is not it). Texts are
 * trimmed; blank cells and numbers are skipped.
 */
export function readPositionsGrid(grid: Grid): PositionsList {
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  const width = grid.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  let column = -1;
  let fromRow = 0;
  for (let r = 0; r < Math.min(grid.rows.length, HEADING_ROWS) && column < 0; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && isPositionsHeading(v)) {
        column = c;
        fromRow = r + 1;
        break;
      }
    }
  }
  if (column < 0) {
    for (let c = 0; c < width && column < 0; c++) {
      if (grid.rows.some((r) => hasWords(r?.[c]))) column = c;
    }
  }
  if (column < 0) return { positions: [], column: null, rows: null };
  const positions: string[] = [];
  let first = -1;
  let last = -1;
  for (let r = fromRow; r < grid.rows.length; r++) {
    const v = grid.rows[r]?.[column];
    if (typeof v !== 'string' || isBlank(v)) continue;
    const text = v.trim();
    // A heading or a title over the list (`Перелік посад виконавчого комітету`): not a position.
    if (positions.length === 0 && (isPositionsHeading(text) || LIST_TITLE.test(matchKey(text)))) continue;
    positions.push(text);
    if (first < 0) first = r;
    last = r;
  }
  return {
    positions,
    column: column + originCol,
    rows: first < 0 ? null : [first + originRow, last + originRow],
  };
}

/** A cell with words in it (`№ з/п` over a column of numbers has none worth a position). */
function hasWords(v: unknown): boolean {
  return typeof v === 'string' && /\p{L}{3,}/u.test(v);
}

/** The positions on a positions sheet (see readPositionsGrid). */
export function positionsFromGrid(grid: Grid): string[] {
  return readPositionsGrid(grid).positions;
}

/** Positions from a text file's lines: one per line; blank lines, `#` comments and a heading line dropped. */
export function positionsFromLines(lines: readonly string[]): string[] {
  const out = lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#') && !isBlank(l));
  return out.length > 0 && isPositionsHeading(out[0]) ? out.slice(1) : out;
}
