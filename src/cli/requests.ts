// `plan-report requests plan.xlsx -o DIR`: one request workbook per responsible person, written into DIR.
// The plan is only read; no request file overwrites the plan, and existing files only with --force.
import { existsSync, promises as fs, statSync } from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Lang } from '../core/i18n/lang';
import { addDays } from '../core/requests/answer-values';
import { dottedDate } from '../core/calendar';
import { buildRequests } from '../core/requests/build-requests';
import { DEFAULT_REPLY_DAYS } from '../core/requests/request-spec';
import type { RequestSet } from '../core/requests/request-spec';
import { requestWorkbookBytes } from '../node/request-workbook';
import { writeErrorReason } from '../node/write-errors';
import { TargetExistsError, writeFileWhole } from '../node/write-file';
import { isoDateSchema, langSchema, parseLang, parseOptions } from './args';
import { CliError } from './cli-error';
import { shownPath } from './generate';
import { checkOutputFolder, sameFile } from './output-path';
import type { CliIO } from './io';
import { helpText, examplesBlock } from './help-text';
import { langOption } from './localised-commander';
import { terminalBlock, textIo } from './terminal-text';
import { loadPlan } from './load-plan';
import { say } from './messages';
import { filesCount, measuresCount, numberList, sayRt } from './round-trip-messages';

/** Days a department gets to answer when --due is not given (the core's, the pane's default too). */
export { DEFAULT_REPLY_DAYS };

const requestsOptionsSchema = z.object({
  out: z.string().trim().min(1).optional(),
  sheet: z.string().trim().min(1).optional(),
  asOf: isoDateSchema.optional(),
  due: z.string().optional(),
  lang: langSchema.default('uk'),
  force: z.boolean().default(false),
  json: z.boolean().default(false),
});
export type RequestsOptions = z.infer<typeof requestsOptionsSchema>;

export const requestsJsonSchema = z.strictObject({
  plan: z.string(),
  sheet: z.string(),
  folder: z.string(),
  asOf: z.string(),
  due: z.string(),
  requests: z.array(
    z.strictObject({
      file: z.string(),
      person: z.string(),
      measures: z.array(z.strictObject({ row: z.number().int().positive(), number: z.string() })),
    }),
  ),
  unassigned: z.array(
    z.strictObject({ row: z.number().int().positive(), number: z.string(), measure: z.string() }),
  ),
});

export function registerRequestsCommand(
  program: Command,
  io: Required<CliIO>,
  setExit: (code: number) => void,
  helpLang: Lang = 'uk',
): void {
  const t = helpText(helpLang);
  program
    .command('requests')
    .description(sayRt(helpLang, 'requestsDescription'))
    .argument('<plan.xlsx>', t.arg.plan)
    .option('-o, --out <folder>', t.opt.requestsOut)
    .option('--due <YYYY-MM-DD>', t.opt.due(DEFAULT_REPLY_DAYS))
    .option('--as-of <YYYY-MM-DD>', t.opt.requestsAsOf)
    .option('--sheet <name>', t.opt.sheet)
    .option('--force', t.opt.requestsForce)
    .option('--json', t.opt.jsonOne)
    .addOption(langOption(helpLang))
    .addHelpText('after', examplesBlock(helpLang, 'requests'))
    .action(async (file: string, raw: Record<string, unknown>) => {
      setExit(await runRequests(file, parseOptions(requestsOptionsSchema, raw), textIo(io, raw)));
    });
}

export async function runRequests(file: string, opts: RequestsOptions, io: Required<CliIO>): Promise<number> {
  const lang = parseLang(opts.lang);
  if (!opts.out) throw new CliError(sayRt(lang, 'outRequired', { what: lang === 'uk' ? 'ТЕКА' : 'FOLDER' }));
  const asOf = opts.asOf ?? io.today;
  const due = opts.due ?? addDays(asOf, DEFAULT_REPLY_DAYS);
  if (!isoDateSchema.safeParse(due).success)
    throw new CliError(say(lang, 'badDate', { option: '--due', value: due }));
  if (due < asOf) throw new CliError(sayRt(lang, 'dueBeforeAsOf', { due, asOf }));
  const input = path.resolve(io.cwd, file);
  const folder = path.resolve(io.cwd, opts.out);
  const shownFolder = shownPath(folder, io.cwd);
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw new CliError(sayRt(lang, 'notAFolder', { file: shownFolder }));
  // The requests' folder itself is made if need be, never the folders above it (a mistyped path).
  checkOutputFolder(folder, shownFolder, lang, input);

  const { plan } = await loadPlan({ file, cwd: io.cwd, sheet: opts.sheet, asOf, lang });
  // The plan in the same folder keeps its name: no request is named like it.
  const taken = path.dirname(input) === folder ? [path.basename(input)] : [];
  const set = buildRequests(plan, { asOf, due, takenNames: taken });
  if (set.requests.length === 0) throw new CliError(sayRt(lang, 'noPersons'));

  const targets = set.requests.map((r) => path.join(folder, r.fileName));
  for (const t of targets)
    if (sameFile(t, input)) throw new CliError(sayRt(lang, 'requestIsPlan', { file: shownPath(t, io.cwd) }));
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length > 0 && !opts.force)
    throw new CliError(
      sayRt(lang, 'requestsExist', { files: existing.map((t) => path.basename(t)).join(', ') }),
    );

  try {
    await fs.mkdir(folder, { recursive: true }); // its parent exists: checked above
    for (const [i, r] of set.requests.entries())
      await writeFileWhole(targets[i], await requestWorkbookBytes(r), { overwrite: opts.force });
  } catch (err) {
    if (err instanceof TargetExistsError)
      throw new CliError(sayRt(lang, 'requestsExist', { files: path.basename(err.file) }));
    const reason = writeErrorReason(err, lang);
    throw new CliError(sayRt(lang, 'writeFailed', { file: shownFolder, reason }));
  }

  if (opts.json) {
    io.stdout.write(`${JSON.stringify(requestsJson(file, plan.sheetName, shownFolder, set), null, 2)}\n`);
    return 0;
  }
  const persons = lang === 'uk' ? `${set.requests.length} виконавців` : `${set.requests.length} persons`;
  const lines = [
    sayRt(lang, 'requestsWritten', {
      folder: shownFolder,
      files: filesCount(lang, set.requests.length),
      persons: set.requests.length === 1 ? set.requests[0].person : persons,
      due: dottedDate(due),
    }),
    ...set.requests.map((r) =>
      sayRt(lang, 'requestLine', {
        file: r.fileName,
        count: measuresCount(lang, r.measures.length),
        numbers: numberList(r.measures.map((m) => m.number)),
      }),
    ),
  ];
  if (set.unassigned.length > 0)
    lines.push(
      sayRt(lang, 'unassigned', {
        count: measuresCount(lang, set.unassigned.length),
        numbers: numberList(set.unassigned.map((m) => m.number)),
      }),
    );
  io.stdout.write(terminalBlock(lines));
  return 0;
}

function requestsJson(file: string, sheet: string, folder: string, set: RequestSet) {
  return requestsJsonSchema.parse({
    plan: file,
    sheet,
    folder,
    asOf: set.asOf,
    due: set.due,
    requests: set.requests.map((r) => ({
      file: r.fileName,
      person: r.person,
      measures: r.measures.map((m) => ({ row: m.planRow, number: m.number })),
    })),
    unassigned: set.unassigned.map((m) => ({ row: m.planRow, number: m.number, measure: m.measure })),
  });
}
