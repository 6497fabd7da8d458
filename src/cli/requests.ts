// `plan-report requests plan.xlsx -o DIR`: one request workbook per responsible person, written into DIR.
// The plan is only read; no request file overwrites the plan, and existing files only with --force.
import { existsSync, promises as fs, statSync } from 'fs';
import * as path from 'path';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { addDays } from '../core/requests/answer-values';
import { dottedDate } from '../core/calendar';
import { buildRequests } from '../core/requests/build-requests';
import type { RequestSet } from '../core/requests/request-spec';
import { requestWorkbookBytes } from '../node/request-workbook';
import { writeErrorReason } from '../node/write-errors';
import { TargetExistsError, writeFileWhole } from '../node/write-file';
import { isoDateSchema, langSchema, parseLang, parseOptions } from './args';
import { CliError } from './cli-error';
import { shownPath } from './generate';
import { checkOutputFolder, sameFile } from './output-path';
import type { CliIO } from './io';
import { loadPlan } from './load-plan';
import { say } from './messages';
import { filesCount, measuresCount, numberList, sayRt } from './round-trip-messages';

/** Days a department gets to answer when --due is not given. */
export const DEFAULT_REPLY_DAYS = 14;

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
): void {
  program
    .command('requests')
    .description(`${sayRt('uk', 'requestsDescription')}\n${sayRt('en', 'requestsDescription')}`)
    .argument('<plan.xlsx>', 'книга з планом / the plan workbook')
    .option('-o, --out <folder>', 'тека для запитів (створюється, якщо її немає) / folder for the requests')
    .option(
      '--due <YYYY-MM-DD>',
      `надати відповідь до (типово через ${DEFAULT_REPLY_DAYS} днів) / reply-by date`,
    )
    .option('--as-of <YYYY-MM-DD>', 'станом на (типово сьогодні) / as of (default today)')
    .option('--sheet <name>', 'аркуш із планом / sheet holding the plan')
    .option('--force', 'перезаписати наявні файли запитів / overwrite existing request files')
    .option('--json', 'один об’єкт JSON для скриптів / one JSON object for scripts')
    .addOption(new Option('--lang <uk|en>', 'мова повідомлень / language of messages').default('uk'))
    .action(async (file: string, raw: Record<string, unknown>) => {
      setExit(await runRequests(file, parseOptions(requestsOptionsSchema, raw), io));
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
  io.stdout.write(`${lines.join('\n')}\n`);
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
