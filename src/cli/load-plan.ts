// Reads the workbook and finds the plan in it: the sheet asked for, or the first sheet that holds one.
import * as path from 'path';
import { analyse } from '../core/analyse';
import type { Grid } from '../core/grid';
import type { Lang } from '../core/i18n/lang';
import { formatReadError, noPlanMessage } from '../core/i18n/no-plan';
import { matchKey } from '../core/text';
import type { Finding, Plan, PlanReadError, Summary } from '../core/types';
import { CliError } from './cli-error';
import { say } from './messages';
import { findPositionsSheet, isPositionsSheetName, positionsFromGrid } from '../core/plan/positions';
import { readPositionsFile } from './positions';
import { openWorkbook } from './workbook';
import type { WorkbookData } from '../node/xlsx-read';

export interface LoadOptions {
  /** The path as the user gave it, and the folder it is relative to. */
  file: string;
  cwd: string;
  sheet?: string;
  asOf: string;
  positions?: string;
  lang: Lang;
}

export interface LoadedPlan {
  /** Absolute path of the workbook read. */
  path: string;
  plan: Plan;
  findings: Finding[];
  summary: Summary;
  /** Where the positions list came from (a file or a sheet), if any. */
  positions?: { source: string; count: number };
  /** Every sheet of the workbook as read (snapshot and next-year need the cells, not only the plan). */
  workbook: WorkbookData;
}

export async function loadPlan(opts: LoadOptions): Promise<LoadedPlan> {
  const file = path.resolve(opts.cwd, opts.file);
  const workbook = await openWorkbook(file, opts.lang);

  let positions: LoadedPlan['positions'];
  let positionList: string[] | undefined;
  if (opts.positions) {
    positionList = await readPositionsFile(path.resolve(opts.cwd, opts.positions), opts.lang);
    positions = { source: opts.positions, count: positionList.length };
  } else {
    const sheet = findPositionsSheet(workbook.sheets);
    if (sheet) {
      positionList = positionsFromGrid(sheet.grid);
      positions = { source: sheet.name, count: positionList.length };
    }
  }

  const run = (grid: Grid) => analyse(grid, { asOf: opts.asOf, positions: positionList });
  if (opts.sheet) {
    const wanted = opts.sheet;
    const sheet =
      workbook.sheets.find((s) => s.name === wanted) ??
      workbook.sheets.find((s) => matchKey(s.name) === matchKey(wanted));
    if (!sheet) {
      const sheets = workbook.sheets.map((s) => `«${s.name}»`).join(', ');
      throw new CliError(say(opts.lang, 'sheetNotFound', { file: opts.file, sheet: wanted, sheets }));
    }
    const result = run(sheet.grid);
    if (!result.ok) throw new CliError(formatReadError(result.error, opts.lang));
    return {
      path: file,
      plan: result.plan,
      findings: result.findings,
      summary: result.summary,
      positions,
      workbook,
    };
  }

  // Visible sheets first: a hidden sheet holding an old copy of the plan should not win over the real one.
  const candidates = [
    ...workbook.sheets.filter((s) => !s.hidden),
    ...workbook.sheets.filter((s) => s.hidden),
  ].filter((s) => !isPositionsSheetName(s.name));
  const errors: PlanReadError[] = [];
  for (const sheet of candidates) {
    const result = run(sheet.grid);
    if (result.ok)
      return {
        path: file,
        plan: result.plan,
        findings: result.findings,
        summary: result.summary,
        positions,
        workbook,
      };
    errors.push(result.error);
  }
  throw new CliError(
    noPlanMessage({ file: opts.file, sheets: candidates.map((s) => s.name), errors }, opts.lang),
  );
}
