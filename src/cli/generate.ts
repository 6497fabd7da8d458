// `plan-report generate`: a NEW workbook with the execution report and the summary. The input is only read.
import { existsSync, promises as fs, realpathSync } from 'fs';
import * as path from 'path';
import { buildExecutionTable } from '../core/report/execution-table';
import { buildSummarySheet } from '../core/report/summary-sheet';
import { writeSpecsToFile } from '../node/xlsx-write';
import type { GenerateOptions } from './args';
import { CliError } from './cli-error';
import type { CliIO } from './io';
import { loadPlan } from './load-plan';
import { countOf, measuresIn, say } from './messages';

/** `plan.xlsx` -> `plan-звіт.xlsx` beside it. */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-звіт.xlsx`);
}

/** Exit code 0 once written: findings do not block the report, they are counted in the message. */
export async function runGenerate(file: string, opts: GenerateOptions, io: Required<CliIO>): Promise<number> {
  const { lang } = opts;
  const input = path.resolve(io.cwd, file);
  const output = opts.out ? path.resolve(io.cwd, opts.out) : defaultOutput(input);
  const shown = shownPath(output, io.cwd);
  // Refuse before reading anything: a wrong -o should not cost a parse.
  if (sameFile(input, output)) throw new CliError(say(lang, 'outputIsInput', { file: shown }));
  if (!/\.xlsx$/i.test(output)) throw new CliError(say(lang, 'outputNotXlsx', { file: shown }));
  if (existsSync(output) && !opts.force) throw new CliError(say(lang, 'outputExists', { file: shown }));

  const asOf = opts.asOf ?? io.today;
  const { plan, findings, summary } = await loadPlan({
    file,
    cwd: io.cwd,
    sheet: opts.sheet,
    asOf,
    positions: opts.positions,
    lang,
  });
  const table = buildExecutionTable(plan, { extraColumns: opts.extra, lang });
  const summarySheet = buildSummarySheet(plan, summary, { lang });
  try {
    await fs.mkdir(path.dirname(output), { recursive: true });
    await writeSpecsToFile([table, summarySheet], output);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
    throw new CliError(say(lang, 'writeFailed', { file: shown, reason }));
  }

  const errors = findings.filter((f) => f.severity === 'error').length;
  const lines = [
    say(lang, 'written', { file: shown }),
    say(lang, 'sheetsWritten', {
      table: table.name,
      summary: summarySheet.name,
      what: measuresIn(lang, plan.measures.length, plan.sections.length),
    }),
    errors > 0
      ? say(lang, 'generatedWithErrors', { errors: countOf(lang, 'error', errors), file })
      : say(lang, 'generatedClean'),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export function sameFile(a: string, b: string): boolean {
  const fold = (p: string) =>
    process.platform === 'win32' || process.platform === 'darwin' ? p.toLowerCase() : p;
  if (fold(path.resolve(a)) === fold(path.resolve(b))) return true;
  try {
    return existsSync(b) && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Paths inside the working folder are shown relative to it, others in full. */
export function shownPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
