// What snapshot and next-year share: the output checks (never the input, never over a file without
// --force), the input's bytes read once and checked not to have changed under us, and the plan sheet
// chosen among the user's sheets (ours — reports, snapshots — can look like a plan and are skipped).
import { existsSync } from 'fs';
import * as path from 'path';
import type { Lang } from '../core/i18n/lang';
import { openPackage, PackageError, readWorkbookInfo, type WorkbookInfo } from '../node/xlsx-package';
import { readFileBounded } from '../node/read-limits';
import { CliError } from './cli-error';
import { shownPath } from './generate';
import { checkOutputFolder, sameFile } from './output-path';
import { loadPlan, type LoadOptions, type LoadedPlan } from './load-plan';
import { say } from './messages';
import { sayYear } from './year-messages';

/** Refuses an output that is the input, is no workbook, or exists (without --force): before anything is read. */
export function checkOutput(
  input: string,
  output: string,
  cwd: string,
  force: boolean,
  lang: Lang,
  otherInputs: readonly string[] = [],
): string {
  const shown = shownPath(output, cwd);
  if (sameFile(input, output)) throw new CliError(say(lang, 'outputIsInput', { file: shown }));
  for (const other of otherInputs)
    if (sameFile(path.resolve(cwd, other), output))
      throw new CliError(say(lang, 'outputIsAnInput', { file: shown, input: other }));
  if (!/\.xls[xm]$/i.test(output)) throw new CliError(sayYear(lang, 'outputNotWorkbook', { file: shown }));
  checkOutputFolder(output, shown, lang, input);
  if (existsSync(output) && !force) throw new CliError(say(lang, 'outputExists', { file: shown }));
  return shown;
}

/** A macro workbook's copy keeps .xlsm, any other .xlsx: Excel refuses a file whose extension lies. */
export function checkExtension(
  info: WorkbookInfo,
  file: string,
  output: string,
  shown: string,
  lang: Lang,
): void {
  const xlsm = /\.xlsm$/i.test(output);
  if (xlsm !== info.macroEnabled) {
    throw new CliError(
      sayYear(lang, 'extensionMismatch', { file, out: shown, macro: info.macroEnabled ? 'yes' : 'no' }),
    );
  }
}

export interface LoadedWorkbook {
  loaded: LoadedPlan;
  bytes: Buffer;
  info: WorkbookInfo;
}

async function bytesOf(file: string): Promise<Buffer | null> {
  try {
    return await readFileBounded(file);
  } catch {
    return null;
  }
}

/**
 * Loads the plan (lane 11's loader, with its messages for unreadable files) and the same file's bytes as a
 * package. The bytes are read before and after the plan: a file replaced meanwhile is refused, so the
 * sheets we add go into the very workbook whose plan we read.
 */
export async function loadWorkbook(opts: LoadOptions): Promise<LoadedWorkbook> {
  const file = path.resolve(opts.cwd, opts.file);
  const before = await bytesOf(file);
  let loaded = await loadPlan(opts);
  const bytes = await bytesOf(file);
  if (!before || !bytes || !before.equals(bytes)) {
    throw new CliError(sayYear(opts.lang, 'inputChanged', { file: opts.file }));
  }
  let info: WorkbookInfo;
  try {
    info = readWorkbookInfo(openPackage(bytes));
  } catch (err) {
    if (!(err instanceof PackageError)) throw err;
    throw new CliError(sayYear(opts.lang, 'packageUnreadable', { file: opts.file, reason: err.message }));
  }
  const role = info.marks.get(loaded.plan.sheetName);
  if (role) {
    if (opts.sheet)
      throw new CliError(sayYear(opts.lang, 'generatedSheetChosen', { sheet: loaded.plan.sheetName, role }));
    // The first sheet that held a plan is one of ours: take the first of the user's sheets that holds one.
    const theirs = loaded.workbook.sheets.filter((s) => !info.marks.has(s.name));
    let found: LoadedPlan | null = null;
    for (const sheet of theirs) {
      try {
        found = await loadPlan({ ...opts, sheet: sheet.name });
        break;
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
      }
    }
    if (!found)
      throw new CliError(sayYear(opts.lang, 'generatedSheetChosen', { sheet: loaded.plan.sheetName, role }));
    loaded = found;
  }
  return { loaded, bytes, info };
}
