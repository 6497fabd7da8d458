// `plan-report merge plan.xlsx ANSWERS… -o merged.xlsx`: the departments' answers written into a NEW
// workbook, a copy of the plan in which only the answered cells of the plan sheet differ (package-level
// edit: every other part keeps its bytes). The plan and the answers are only read, never written over.
import { existsSync } from 'fs';
import * as path from 'path';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import type { Lang } from '../core/i18n/lang';
import { cellAddress } from '../core/grid';
import { conflictText, fileOutcomeText, invalidText } from '../core/requests/messages';
import { measureRows } from '../core/requests/measure-rows';
import { mergeAnswers } from '../core/requests/merge';
import { readAnswerFile, type AnswerFileRead } from '../core/requests/read-answers';
import { SEVERITIES } from '../core/types';
import { readXlsx, XlsxReadError } from '../xlsx-lite/read-xlsx';
import { applyChanges, openPackage, readPlanSheet, savePackage } from '../node/xlsx-answer-package';
import { TargetExistsError, writeFileWhole } from '../node/write-file';
import { isoDateSchema, langSchema, parseLang, parseOptions } from './args';
import { readFileBounded } from '../node/read-limits';
import { isWorkbookReadError } from '../node/workbook-errors';
import { CliError } from './cli-error';
import { shownPath } from './generate';
import { checkOutputFolder, fitFileName, intoFolder, sameFile } from './output-path';
import { writeErrorReason } from '../node/write-errors';
import { CellTextTooLongError } from '../node/cell-limit';
import type { CliIO } from './io';
import { helpText, examplesBlock } from './help-text';
import { langOption } from './localised-commander';
import { textIo } from './terminal-text';
import { loadPlan } from './load-plan';
import { mergeJson } from './merge-json';
import { mergeText, needsAttention } from './merge-text';
import { countOf, say } from './messages';
import { sayRt } from './round-trip-messages';

const mergeOptionsSchema = z.object({
  out: z.string().trim().min(1).optional(),
  prefer: z.string().optional(),
  sheet: z.string().trim().min(1).optional(),
  asOf: isoDateSchema.optional(),
  positions: z.string().trim().min(1).optional(),
  lang: langSchema.default('uk'),
  force: z.boolean().default(false),
  json: z.boolean().default(false),
});
export type MergeCliOptions = z.infer<typeof mergeOptionsSchema>;

export function registerMergeCommand(
  program: Command,
  io: Required<CliIO>,
  setExit: (code: number) => void,
  helpLang: Lang = 'uk',
): void {
  const t = helpText(helpLang);
  program
    .command('merge')
    .description(sayRt(helpLang, 'mergeDescription'))
    .argument('<plan.xlsx>', t.arg.plan)
    .argument('<answers...>', t.arg.answers)
    .option('-o, --out <file.xlsx>', t.opt.mergeOut)
    .addOption(new Option('--prefer <answers|plan>', t.opt.prefer).choices(['answers', 'plan']))
    .option('--sheet <name>', t.opt.sheet)
    .option('--as-of <YYYY-MM-DD>', t.opt.mergeAsOf)
    .option('--positions <file>', t.opt.positions)
    .option('--force', t.opt.mergeForce)
    .option('--json', t.opt.jsonOne)
    .addOption(langOption(helpLang))
    .addHelpText('after', examplesBlock(helpLang, 'merge'))
    .action(async (file: string, answers: string[], raw: Record<string, unknown>) => {
      setExit(await runMerge(file, answers, parseOptions(mergeOptionsSchema, raw), textIo(io, raw)));
    });
}

/** Exit code 0 when every answer was taken as given, 1 when the report lists some that were not. */
/** The merged workbook's name when `-o` names a folder: `plan-з-відповідями.xlsx`. */
export function defaultMergedName(input: string): string {
  return fitFileName(path.basename(input, path.extname(input)), '-з-відповідями.xlsx');
}

export async function runMerge(
  file: string,
  answerFiles: string[],
  opts: MergeCliOptions,
  io: Required<CliIO>,
): Promise<number> {
  const lang = parseLang(opts.lang);
  if (!opts.out) throw new CliError(sayRt(lang, 'outRequired', { what: 'merged.xlsx' }));
  const prefer = opts.prefer ?? 'plan';
  if (prefer !== 'plan' && prefer !== 'answers')
    throw new CliError(sayRt(lang, 'badPrefer', { value: prefer }));
  const input = path.resolve(io.cwd, file);
  const output = intoFolder(path.resolve(io.cwd, opts.out), defaultMergedName(input));
  const shown = shownPath(output, io.cwd);
  // Refuse before reading anything: no input is ever written over.
  for (const source of [file, ...answerFiles])
    if (sameFile(path.resolve(io.cwd, source), output))
      throw new CliError(sayRt(lang, 'outputIsInput', { file: shown }));
  if (!/\.xlsx$/i.test(output)) throw new CliError(sayRt(lang, 'outputNotXlsx', { file: shown }));
  checkOutputFolder(output, shown, lang, input);
  if (existsSync(output) && !opts.force) throw new CliError(say(lang, 'outputExists', { file: shown }));

  const asOf = opts.asOf ?? io.today;
  const planBytes = await readFileBounded(input).catch(() => null);
  const { plan } = await loadPlan({
    file,
    cwd: io.cwd,
    sheet: opts.sheet,
    asOf,
    positions: opts.positions,
    lang,
  });
  // The bytes edited must be the bytes read: a plan saved in between would get answers in the wrong cells.
  const after = await readFileBounded(input).catch(() => null);
  if (!planBytes || !after || !planBytes.equals(after))
    throw new CliError(sayRt(lang, 'planChanged', { file }));

  let pkg: ReturnType<typeof openPackage>;
  let sheet: ReturnType<typeof readPlanSheet>;
  try {
    pkg = openPackage(planBytes);
    const dateCol = plan.columns.actualDate;
    const dateCells = new Set(
      dateCol === undefined ? [] : plan.measures.map((m) => cellAddress(measureRows(m)[0] - 1, dateCol)),
    );
    sheet = readPlanSheet(pkg, plan.sheetName, dateCells);
  } catch (err) {
    throw new CliError(
      sayRt(lang, 'planPackage', { file, reason: err instanceof Error ? err.message : String(err) }),
    );
  }

  // The answers are read by the reader the task pane uses (src/xlsx-lite): one reading of answer files for
  // both hosts, with the same limits on what a crafted file may make it inflate.
  const reads: AnswerFileRead[] = [];
  for (const answer of answerFiles) {
    const full = path.resolve(io.cwd, answer);
    const name = shownPath(full, io.cwd);
    // Read as bytes through the bounded reader (a regular file, within the size limit), so a reason names
    // the file as the user gave it (the report names the file).
    let bytes: Buffer;
    try {
      bytes = await readFileBounded(full);
    } catch (err) {
      if (!isWorkbookReadError(err)) throw err;
      const details = (lang === 'uk' ? err.messageUk : err.messageEn).split(full).join(name);
      reads.push({ ok: false, file: name, problem: { code: 'unreadable', details } });
      continue;
    }
    try {
      reads.push(readAnswerFile(name, readXlsx(bytes)));
    } catch (err) {
      if (!(err instanceof XlsxReadError)) throw err;
      const details = lang === 'uk' ? err.messageUk : err.messageEn;
      reads.push({ ok: false, file: name, problem: { code: 'unreadable', details } });
    }
  }

  const { changes, report } = mergeAnswers(plan, reads, {
    prefer,
    formulaCells: sheet.facts.formulas,
    merges: sheet.facts.merges,
  });
  let bytes: Buffer = planBytes;
  if (changes.length > 0) {
    try {
      // Formula cells were known before the merge and kept out of it; none can be refused here.
      const refused = applyChanges(pkg, sheet, changes, plan.sheetName);
      if (refused.length > 0) throw new Error(`formula cells: ${refused.map((c) => c.cell).join(', ')}`);
      bytes = savePackage(pkg);
    } catch (err) {
      const reason =
        err instanceof CellTextTooLongError
          ? err.say(lang)
          : err instanceof Error
            ? err.message
            : String(err);
      throw new CliError(sayRt(lang, 'planPackage', { file, reason }));
    }
  }
  try {
    await writeFileWhole(output, bytes, { overwrite: opts.force });
  } catch (err) {
    if (err instanceof TargetExistsError) throw new CliError(say(lang, 'outputExists', { file: shown }));
    const reason = writeErrorReason(err, lang);
    throw new CliError(sayRt(lang, 'writeFailed', { file: shown, reason }));
  }

  // The merged plan checks like any plan.
  const merged = await loadPlan({
    file: output,
    cwd: io.cwd,
    sheet: plan.sheetName,
    asOf,
    positions: opts.positions,
    lang,
  });
  const check = Object.fromEntries(
    SEVERITIES.map((s) => [s, merged.findings.filter((f) => f.severity === s).length]),
  ) as Record<(typeof SEVERITIES)[number], number>;
  const exitCode = needsAttention(report) ? 1 : 0;

  if (opts.json) {
    const json = mergeJson({
      plan: file,
      sheet: plan.sheetName,
      output: shown,
      report,
      check,
      messages: {
        file: (i) => fileOutcomeText(report.files[i], lang),
        conflict: (i) => conflictText(report.conflicts[i].kind, lang),
        invalid: (i) => invalidText(report.invalid[i].reason, lang),
      },
    });
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return exitCode;
  }
  const lines = mergeText(report, { plan: file, sheet: plan.sheetName, lang });
  const counts = SEVERITIES.filter((s) => check[s] > 0).map((s) => countOf(lang, s, check[s]));
  lines.push(
    '',
    sayRt(lang, 'mergedWritten', { file: shown }),
    sayRt(lang, 'mergedChecked', {
      counts: counts.length ? counts.join(', ') : lang === 'uk' ? 'зауважень немає' : 'no findings',
      file: shown,
    }),
  );
  // Texts quoted in full keep their line breaks; textIo escapes everything else a terminal would obey.
  io.stdout.write(`${lines.join('\n')}\n`);
  return exitCode;
}
