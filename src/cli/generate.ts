// `plan-report generate`: a NEW workbook with the execution report and the summary. The input is only read.
import { existsSync } from 'fs';
import * as path from 'path';
import { TargetExistsError } from '../node/write-file';
import { writeErrorReason } from '../node/write-errors';
import { checkOutputFolder, isFolder, sameFile } from './output-path';
import { buildExecutionReport } from '../core/report/execution-table';
import { buildSummaryReport } from '../core/report/summary-sheet';
import type { GenerateOptions } from './args';
import { CliError } from './cli-error';
import type { CliIO } from './io';
import { loadPlan } from './load-plan';
import { countOf, measuresIn, say } from './messages';
import {
  ReportWriteError,
  extensionMessage,
  outMatchesFormats,
  reportOutputs,
  writeReport,
} from './report-formats';
import { applyPeriod, asOfFor, periodSuffix } from './period-option';
import { buildPeriodReportDocs } from '../core/year/period-report';

/** `plan.xlsx` -> `plan-звіт.xlsx` beside it (`plan-звіт-2024-H1.xlsx` for a period). */
export function defaultOutput(input: string, suffix = ''): string {
  return reportOutputs(input, undefined, ['xlsx'], suffix)[0].file;
}

/** Exit code 0 once written: findings do not block the report, they are counted in the message. */
export async function runGenerate(file: string, opts: GenerateOptions, io: Required<CliIO>): Promise<number> {
  const { lang } = opts;
  const input = path.resolve(io.cwd, file);
  const suffix = periodSuffix(opts.period);
  let out = opts.out ? path.resolve(io.cwd, opts.out) : undefined;
  // `-o DIR`: the default name in that folder.
  if (out && isFolder(out))
    out = path.join(out, path.basename(reportOutputs(input, undefined, opts.format, suffix)[0].file));
  const outputs = reportOutputs(input, out, opts.format, suffix);
  // Refuse before reading anything: a wrong -o should not cost a parse.
  if (!outMatchesFormats(out, opts.format)) {
    throw new CliError(say(lang, extensionMessage(opts.format), { file: shownPath(out!, io.cwd) }));
  }
  for (const { file: output } of outputs) {
    const shown = shownPath(output, io.cwd);
    if (sameFile(input, output)) throw new CliError(say(lang, 'outputIsInput', { file: shown }));
    if (opts.positions && sameFile(path.resolve(io.cwd, opts.positions), output))
      throw new CliError(say(lang, 'outputIsAnInput', { file: shown, input: opts.positions }));
    checkOutputFolder(output, shown, lang, input);
    if (existsSync(output) && !opts.force) throw new CliError(say(lang, 'outputExists', { file: shown }));
  }

  const asOf = asOfFor(opts.period, opts.asOf ?? io.today);
  const loaded = await loadPlan({
    file,
    cwd: io.cwd,
    sheet: opts.sheet,
    asOf,
    positions: opts.positions,
    lang,
  });
  const view = opts.period ? applyPeriod(loaded, opts.period, asOf, lang) : null;
  const { plan } = loaded;
  const { findings, summary } = view ?? loaded;
  const { table, summary: summarySheet } = view
    ? buildPeriodReportDocs(plan, view, { lang, extraColumns: opts.extra })
    : {
        table: buildExecutionReport(plan, { extraColumns: opts.extra, lang }),
        summary: buildSummaryReport(plan, summary, { lang }),
      };
  try {
    await writeReport(outputs, { table, summary: summarySheet }, { overwrite: opts.force });
  } catch (e) {
    const err = e instanceof ReportWriteError ? e.cause : e;
    const failed = e instanceof ReportWriteError ? e.file : outputs[0].file;
    // Another run wrote the file after the check above: it stays as that run wrote it.
    if (err instanceof TargetExistsError)
      throw new CliError(say(lang, 'outputExists', { file: shownPath(failed, io.cwd) }));
    const reason = writeErrorReason(err, lang);
    throw new CliError(say(lang, 'writeFailed', { file: shownPath(failed, io.cwd), reason }));
  }

  const errors = findings.filter((f) => f.severity === 'error').length;
  const lines = [
    ...outputs.map((o) => say(lang, 'written', { file: shownPath(o.file, io.cwd) })),
    say(lang, outputs.some((o) => o.format === 'xlsx') ? 'sheetsWritten' : 'docxWritten', {
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

export { sameFile };

/** Paths inside the working folder are shown relative to it, others in full. */
export function shownPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
