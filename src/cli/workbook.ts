// Opens a workbook for the CLI: a file that cannot be read becomes one clear line in the chosen language.
import type { Lang } from '../core/i18n/lang';
import { isWorkbookReadError } from '../node/workbook-errors';
import { readWorkbook, type WorkbookData } from '../node/xlsx-read';
import { CliError } from './cli-error';

export async function openWorkbook(file: string, lang: Lang): Promise<WorkbookData> {
  try {
    return await readWorkbook(file);
  } catch (err) {
    if (isWorkbookReadError(err)) throw new CliError(lang === 'uk' ? err.messageUk : err.messageEn);
    throw err;
  }
}
