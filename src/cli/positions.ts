// The office's list of positions for the `unknown-responsible` check: a text file (one per line) or an
// .xlsx whose first column lists them.
import { promises as fs } from 'fs';
import type { Lang } from '../core/i18n/lang';
import { CliError } from './cli-error';
import { matchKey } from '../core/text';
import type { CellValue, Grid } from '../core/grid';
import { openWorkbook } from './workbook';
import { say } from './messages';

export async function readPositionsFile(file: string, lang: Lang): Promise<string[]> {
  if (/\.xls[xm]$/i.test(file)) {
    const workbook = await openWorkbook(file, lang);
    const first = workbook.sheets[0];
    return first ? firstColumnTexts(first.grid) : [];
  }
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(say(lang, 'positionsNotFound', { file: file }));
    throw new CliError(say(lang, 'positionsUnreadable', { file, reason: code ?? String(err) }));
  }
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  return dropHeading(lines);
}

/** Texts of the first column that has any, without a heading such as `Посада` / `Перелік посад`. */
export function firstColumnTexts(grid: Grid): string[] {
  // A loop, not Math.max(...rows): a sheet with a value in its last row has a million of them.
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 0; c < width; c++) {
    const texts = grid.rows.map((r) => cellString(r[c] ?? null)).filter((t) => t !== '');
    if (texts.length === 0) continue;
    return dropHeading(texts);
  }
  return [];
}

export function dropHeading(lines: string[]): string[] {
  if (
    lines.length > 0 &&
    /^(перелік |список )?посад[аи]?$|^(list of )?positions?$/u.test(matchKey(lines[0]))
  ) {
    return lines.slice(1);
  }
  return lines;
}

function cellString(v: CellValue): string {
  return typeof v === 'string' ? v.trim() : '';
}
