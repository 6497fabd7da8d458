// The office's list of positions for the `unknown-responsible` check, from a file given with --positions:
// a text file (one per line) or a workbook (its positions sheet, else its first sheet). What counts as a
// position is the core's policy (src/core/plan/positions.ts), shared with the add-in.
import { existsSync } from 'fs';
import { readFileBounded } from '../node/read-limits';
import { isWorkbookReadError } from '../node/workbook-errors';
import type { Lang } from '../core/i18n/lang';
import { findPositionsSheet, positionsFromGrid, positionsFromLines } from '../core/plan/positions';
import { CliError } from './cli-error';
import { openWorkbook } from './workbook';
import { say } from './messages';

export async function readPositionsFile(file: string, lang: Lang): Promise<string[]> {
  if (/\.xls[xm]$/i.test(file)) {
    const workbook = await openWorkbook(file, lang);
    const sheet = findPositionsSheet(workbook.sheets) ?? workbook.sheets[0];
    return sheet ? positionsFromGrid(sheet.grid) : [];
  }
  let text: string;
  try {
    text = (await readFileBounded(file)).toString('utf8');
  } catch (err) {
    if (isWorkbookReadError(err)) {
      if (err.code === 'not-found' && !existsSync(file))
        throw new CliError(say(lang, 'positionsNotFound', { file }));
      throw new CliError(lang === 'uk' ? err.messageUk : err.messageEn);
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(say(lang, 'positionsNotFound', { file: file }));
    throw new CliError(say(lang, 'positionsUnreadable', { file, reason: code ?? String(err) }));
  }
  return positionsFromLines(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
}
