// `plan-report next-year plan.xlsx -o plan-2025.xlsx`: next year's plan drafted from this one, as a new
// workbook (never the input): the plan sheet with the years moved and the execution emptied, the office's
// list of positions if it keeps one, and the officer's list of what to decide by hand.
import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Lang } from '../core/i18n/lang';
import { draftNextYear, type NextYearDraft } from '../core/year/next-year';
import {
  buildCarriedSheet,
  buildNextYearNotesSheet,
  buildNextYearPlanSheet,
} from '../core/year/next-year-sheets';
import { shiftYears } from '../core/year/shift-years';
import { NEXT_YEAR_LABELS } from '../core/year/year-labels';
import type { YearSheetSpec } from '../core/year/year-sheet';
import { writeNewWorkbook } from '../node/write-workbook';
import { TargetExistsError } from '../node/write-file';
import { writeErrorReason } from '../node/write-errors';
import { isFolder } from './output-path';
import { langSchema, parseOptions } from './args';
import { CliError } from './cli-error';
import type { CliIO } from './io';
import { helpText, examplesBlock } from './help-text';
import { langOption } from './localised-commander';
import { terminalBlock, textIo } from './terminal-text';
import { isPositionsSheetName } from '../core/plan/positions';
import { say } from './messages';
import { nextYearJson } from './next-year-json';
import { checkOutput, loadWorkbook } from './year-io';
import { sayYear } from './year-messages';

export const nextYearOptionsSchema = z.object({
  sheet: z.string().trim().min(1).optional(),
  lang: langSchema.default('uk'),
  out: z.string().trim().min(1).optional(),
  force: z.boolean().default(false),
  json: z.boolean().default(false),
});
export type NextYearOptions = z.infer<typeof nextYearOptionsSchema>;

function yearsText(p: { from: string; to: string }): string {
  const a = p.from.slice(0, 4);
  const b = p.to.slice(0, 4);
  return a === b ? a : `${a}-${b}`;
}

/** `plan-2024.xlsx` -> `plan-2025.xlsx`; `план.xlsx` -> `план-2025.xlsx`: beside the input. */
export function defaultNextYearOutput(
  input: string,
  draft: Pick<NextYearDraft, 'from' | 'to' | 'by'>,
): string {
  const base = path.basename(input, path.extname(input));
  const first = Number(draft.from.from.slice(0, 4));
  const years = Array.from({ length: draft.by }, (_, i) => first + i);
  const moved = shiftYears(base, { years, by: draft.by });
  const name = moved.moved ? moved.text : `${base}-${yearsText(draft.to)}`;
  return path.join(path.dirname(input), `${name}.xlsx`);
}

export async function runNextYear(file: string, opts: NextYearOptions, io: Required<CliIO>): Promise<number> {
  const { lang } = opts;
  const input = path.resolve(io.cwd, file);
  const given = opts.out ? path.resolve(io.cwd, opts.out) : null;
  // `-o DIR`: the default name in that folder, once the plan says which years.
  const folder = given && isFolder(given) ? given : null;
  const asked = folder ? null : given;
  // The new plan is a fresh workbook without macros: always .xlsx.
  const xlsxOnly = (out: string, shown: string) => {
    if (!/\.xlsx$/i.test(out)) throw new CliError(say(lang, 'outputNotXlsx', { file: shown }));
  };
  if (asked) xlsxOnly(asked, checkOutput(input, asked, io.cwd, opts.force, lang));

  const { loaded } = await loadWorkbook({
    file,
    cwd: io.cwd,
    sheet: opts.sheet,
    asOf: io.today,
    lang,
  });
  const { plan } = loaded;
  const sheet = loaded.workbook.sheets.find((s) => s.name === plan.sheetName)!;
  const draft = draftNextYear(plan, sheet.grid);
  const fallback = defaultNextYearOutput(input, draft);
  const output = asked ?? (folder ? path.join(folder, path.basename(fallback)) : fallback);
  const shown = checkOutput(input, output, io.cwd, opts.force, lang);
  xlsxOnly(output, shown);

  const planSheet = buildNextYearPlanSheet(plan, draft);
  const notes = buildNextYearNotesSheet(draft, lang);
  const specs: YearSheetSpec[] = [planSheet];
  const positions = loaded.workbook.sheets.find(
    (s) => isPositionsSheetName(s.name) && s.name !== plan.sheetName,
  );
  if (positions) specs.push(buildCarriedSheet(positions.grid));
  specs.push(notes);
  try {
    await writeNewWorkbook(specs, output, ['next-year-plan'], { overwrite: opts.force });
  } catch (err) {
    if (err instanceof TargetExistsError) throw new CliError(say(lang, 'outputExists', { file: shown }));
    const reason = writeErrorReason(err, lang);
    throw new CliError(say(lang, 'writeFailed', { file: shown, reason }));
  }

  if (opts.json) {
    const object = nextYearJson({
      file,
      output: shown,
      planSheet: planSheet.name,
      notesSheet: notes.name,
      sheet: plan.sheetName,
      draft,
    });
    io.stdout.write(`${JSON.stringify(object, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(terminalBlock(summaryLines(draft, shown, planSheet.name, notes.name, lang)));
  return 0;
}

function summaryLines(
  draft: NextYearDraft,
  shown: string,
  sheet: string,
  notes: string,
  lang: Lang,
): string[] {
  const L = NEXT_YEAR_LABELS[lang];
  const lines = [
    sayYear(lang, 'nextYearWritten', { to: yearsText(draft.to), file: shown, sheet, notes }),
    sayYear(lang, 'nextYearCounts', {
      moved: String(draft.moved.filter((m) => m.field === 'deadline').length),
      unmoved: String(draft.unmoved.length),
      carried: String(draft.carriedOver.length),
      drop: String(draft.dropCandidates.length),
      texts: String(draft.yearInText.length),
    }),
  ];
  for (const u of draft.unmoved) {
    lines.push(
      sayYear(lang, 'nextYearUnmoved', {
        cell: u.cell,
        text: u.text,
        why: L.reasons[u.reason].replace('{date}', u.date ?? ''),
      }),
    );
  }
  for (const m of draft.draftsThisPlan)
    lines.push(sayYear(lang, 'nextYearDrafts', { number: m.number, deadline: m.newDeadline }));
  return lines;
}

export function registerNextYear(
  program: Command,
  io: Required<CliIO>,
  setExit: (code: number) => void,
  helpLang: Lang = 'uk',
): void {
  const t = helpText(helpLang);
  program
    .command('next-year')
    .description(sayYear(helpLang, 'nextYearDescription'))
    .argument('<plan.xlsx>', t.arg.plan)
    .option('--sheet <name>', t.opt.sheet)
    .option('-o, --out <file.xlsx>', t.opt.nextYearOut)
    .option('--force', t.opt.force)
    .option('--json', t.opt.jsonOne)
    .addOption(langOption(helpLang))
    .addHelpText('after', examplesBlock(helpLang, 'next-year'))
    .action(async (file: string, raw: Record<string, unknown>) => {
      setExit(await runNextYear(file, parseOptions(nextYearOptionsSchema, raw), textIo(io, raw)));
    });
}
