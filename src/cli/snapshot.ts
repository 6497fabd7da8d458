// `plan-report snapshot plan.xlsx --as-of 2024-06-30 -o …`: a new workbook — the plan's workbook with the
// sheet `Стан на 30.06.2024` added (or ours for that date replaced) and, when an earlier snapshot is kept
// in it, `Зміни на 30.06.2024`. Everything else in the workbook is kept as it was (xlsx-add-sheets.ts).
import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import { dottedDate } from '../core/calendar';
import type { Lang } from '../core/i18n/lang';
import { planSnapshot, type WorkbookSheetView } from '../core/year/snapshot-workbook';
import { addSheetsToWorkbook, markNameFor } from '../node/xlsx-add-sheets';
import { writeBytesAtomic } from '../node/write-workbook';
import { TargetExistsError } from '../node/write-file';
import { writeErrorReason } from '../node/write-errors';
import { intoFolder } from './output-path';
import { isoDateSchema, langSchema, parseOptions } from './args';
import { CliError } from './cli-error';
import type { CliIO } from './io';
import { helpText, examplesBlock } from './help-text';
import { langOption } from './localised-commander';
import { terminalBlock, textIo } from './terminal-text';
import { measuresIn, say } from './messages';
import { applyPeriod, asOfFor, periodArgSchema } from './period-option';
import { snapshotJson } from './snapshot-json';
import { checkExtension, checkOutput, loadWorkbook } from './year-io';
import { sayYear } from './year-messages';

export const snapshotOptionsSchema = z.object({
  sheet: z.string().trim().min(1).optional(),
  asOf: isoDateSchema.optional(),
  positions: z.string().trim().min(1).optional(),
  lang: langSchema.default('uk'),
  period: periodArgSchema.optional(),
  since: isoDateSchema.optional(),
  out: z.string().trim().min(1).optional(),
  force: z.boolean().default(false),
  json: z.boolean().default(false),
});
export type SnapshotOptions = z.infer<typeof snapshotOptionsSchema>;

/** `plan.xlsx` -> `plan-стан-2024-06-30.xlsx` beside it (an earlier `-стан-…` suffix is replaced, not stacked). */
export function defaultSnapshotOutput(input: string, asOf: string): string {
  const ext = path.extname(input);
  const base = path.basename(input, ext).replace(/-стан-\d{4}-\d{2}-\d{2}$/u, '');
  return path.join(path.dirname(input), `${base}-стан-${asOf}${/\.xlsm$/i.test(ext) ? '.xlsm' : '.xlsx'}`);
}

export async function runSnapshot(file: string, opts: SnapshotOptions, io: Required<CliIO>): Promise<number> {
  const { lang } = opts;
  const asOf = asOfFor(opts.period, opts.asOf ?? io.today);
  const input = path.resolve(io.cwd, file);
  const fallback = defaultSnapshotOutput(input, asOf);
  const output = opts.out ? intoFolder(path.resolve(io.cwd, opts.out), fallback) : fallback;
  const shown = checkOutput(input, output, io.cwd, opts.force, lang, opts.positions ? [opts.positions] : []);

  const { loaded, bytes, info } = await loadWorkbook({
    file,
    cwd: io.cwd,
    sheet: opts.sheet,
    asOf,
    positions: opts.positions,
    lang,
  });
  checkExtension(info, file, output, shown, lang);
  const view = opts.period ? applyPeriod(loaded, opts.period, asOf, lang) : null;
  const { findings, summary } = view ?? loaded;
  const sheets: WorkbookSheetView[] = loaded.workbook.sheets.map((s) => {
    const role = info.marks.get(s.name) ?? null;
    return { name: s.name, role, ...(role === null || role === 'snapshot' ? { grid: s.grid } : {}) };
  });
  const planned = planSnapshot(
    {
      plan: loaded.plan,
      findings,
      summary,
      asOf,
      taken: io.today,
      reportPeriod: opts.period,
      since: opts.since,
      lang,
    },
    sheets,
  );
  if (!planned.ok) {
    const dates = planned.dates.map(dottedDate).join(', ') || '—';
    throw new CliError(sayYear(lang, 'sinceNotFound', { since: dottedDate(planned.since), dates }));
  }

  const key = asOf.replace(/-/g, '');
  const added = await addSheetsToWorkbook(
    bytes,
    planned.sheets.map((s) => ({
      spec: s.spec,
      replaces: s.replaces,
      markName: markNameFor(s.spec.role, key),
    })),
  );
  try {
    await writeBytesAtomic(output, added, { overwrite: opts.force });
  } catch (err) {
    if (err instanceof TargetExistsError) throw new CliError(say(lang, 'outputExists', { file: shown }));
    const reason = writeErrorReason(err, lang);
    throw new CliError(say(lang, 'writeFailed', { file: shown, reason }));
  }

  if (opts.json) {
    const object = snapshotJson({ file, output: shown, planned });
    io.stdout.write(`${JSON.stringify(object, null, 2)}\n`);
    return 0;
  }
  const what = measuresIn(lang, loaded.plan.measures.length, loaded.plan.sections.length);
  io.stdout.write(terminalBlock(summaryLines(planned, shown, what, lang)));
  return 0;
}

type Planned = Extract<ReturnType<typeof planSnapshot>, { ok: true }>;

function summaryLines(planned: Planned, shown: string, what: string, lang: Lang): string[] {
  const { snapshot, changes } = planned;
  const [sheet, changesSheet] = planned.sheets;
  const lines = [
    sayYear(lang, 'snapshotWritten', {
      asOf: dottedDate(snapshot.asOf),
      file: shown,
      sheet: sheet.spec.name,
      replaced: sheet.replaces ? 'yes' : 'no',
      what,
      overdue: String(snapshot.measures.filter((m) => m.overdue).length),
    }),
  ];
  if (changes && changesSheet) {
    lines.push(
      sayYear(lang, 'changesWritten', {
        since: dottedDate(changes.since),
        sheet: changesSheet.spec.name,
        status: String(changes.counts['status-changed']),
        reported: String(changes.counts.reported),
        overdue: String(changes.counts['newly-overdue']),
      }),
    );
  } else lines.push(sayYear(lang, 'firstSnapshot'));
  lines.push(sayYear(lang, 'keptRest'));
  return lines;
}

export function registerSnapshot(
  program: Command,
  io: Required<CliIO>,
  setExit: (code: number) => void,
  helpLang: Lang = 'uk',
): void {
  const t = helpText(helpLang);
  program
    .command('snapshot')
    .description(sayYear(helpLang, 'snapshotDescription'))
    .argument('<plan.xlsx>', t.arg.plan)
    .option('--sheet <name>', t.opt.sheet)
    .option('--as-of <YYYY-MM-DD>', t.opt.snapshotAsOf)
    .option('--period <period>', t.opt.period)
    .option('--since <YYYY-MM-DD>', t.opt.since)
    .option('--positions <file>', t.opt.positions)
    .option('-o, --out <file.xlsx>', t.opt.snapshotOut)
    .option('--force', t.opt.force)
    .option('--json', t.opt.jsonOne)
    .addOption(langOption(helpLang))
    .addHelpText('after', examplesBlock(helpLang, 'snapshot'))
    .action(async (file: string, raw: Record<string, unknown>) => {
      const lang = raw.lang === 'en' ? 'en' : 'uk';
      if (raw.since !== undefined && !isoDateSchema.safeParse(raw.since).success) {
        throw new CliError(sayYear(lang, 'badSince', { value: String(raw.since) }));
      }
      setExit(await runSnapshot(file, parseOptions(snapshotOptionsSchema, raw), textIo(io, raw)));
    });
}
