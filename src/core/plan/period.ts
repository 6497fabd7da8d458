// The plan's period: from the title (`за 2023 рік`, `на 2024-2025 роки`, `на 2024 – 2026 рр.`), else from
// the years its deadlines name.
import { Period } from '../types';

const YEAR_RANGE =
  /(?:^|[^\d])((?:19|20)\d{2})\s*(?:[-–—‒―]|по|до)\s*((?:19|20)\d{2})\s*(?:рок|рр|р\.|р\b|роки|років)/iu;
const ONE_YEAR = /(?:за|на|у|в)\s+((?:19|20)\d{2})\s*(?:рік|року|р\.|р\b)/iu;
const BARE_YEAR = /(?:^|[^\d.])((?:19|20)\d{2})(?:[^\d.]|$)/u;

export function yearsPeriod(fromYear: number, toYear: number): Period {
  return { from: `${fromYear}-01-01`, to: `${toYear}-12-31` };
}

/** Period named in the title lines, or null. */
export function periodFromTitle(lines: string[]): Period | null {
  const text = lines.join(' ').replace(/[\s\u00a0]+/g, ' ');
  const range = YEAR_RANGE.exec(text);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (b >= a && b - a < 10) return yearsPeriod(a, b);
  }
  const one = ONE_YEAR.exec(text);
  if (one) return yearsPeriod(Number(one[1]), Number(one[1]));
  const bare = BARE_YEAR.exec(text);
  if (bare && /план|програм|заход/i.test(text)) return yearsPeriod(Number(bare[1]), Number(bare[1]));
  return null;
}

/** Period spanning the years the deadlines fall in (dates from a parse without a period), or null. */
export function periodFromDates(dates: (string | null)[]): Period | null {
  const years = dates.filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
  if (years.length === 0) return null;
  // The most common year rules: a few stray deadlines in the next January do not make a two-year plan.
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const main = sorted[0][0];
  const spread = sorted.filter(([, n]) => n >= Math.max(2, years.length * 0.2)).map(([y]) => y);
  const from = Math.min(main, ...spread);
  const to = Math.max(main, ...spread);
  return yearsPeriod(from, to);
}

/** Approval stamps and references above a plan: `ЗАТВЕРДЖЕНО`, `ПОГОДЖЕНО`, `Додаток 1 до рішення …`. */
const STAMP_START =
  /^[\s"«]*(?:затверджено|затверджую|погоджено|погоджую|схвалено|узгоджено|рекомендовано|додаток|додаток\s*№?\s*\d+)(?=$|[\s:.,№\d])/iu;
/** Where the plan's own title starts again under a stamp in the same column. */
const TITLE_START = /^[\s"«]*(?:план|виконання|звіт|антикорупційн|програм|заход|інформація про)/iu;

/**
 * The title texts that may name the plan's period: without approval stamps, whose dates are when the plan
 * was approved, not the years it is for. A stamp runs from its first word down its column (and the columns
 * right of it) to a blank row or to where the title starts again.
 */
export function titleForPeriod(cells: { row: number; col: number; text: string }[]): string[] {
  const out: string[] = [];
  let stamp: { col: number; row: number } | null = null;
  for (const cell of cells) {
    if (STAMP_START.test(cell.text)) {
      stamp = { col: cell.col, row: cell.row };
      continue;
    }
    const inStamp =
      stamp !== null &&
      cell.col >= stamp.col &&
      cell.row <= stamp.row + 1 &&
      !(cell.col === stamp.col && TITLE_START.test(cell.text));
    if (inStamp && stamp) {
      stamp.row = cell.row;
      continue;
    }
    if (stamp && cell.row > stamp.row) stamp = null;
    out.push(cell.text);
  }
  return out;
}
