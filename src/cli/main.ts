// The `plan-report` command line: parses arguments with commander, checks them with zod, runs a command and
// returns its exit code (0 fine, 1 the plan has errors, 2 the run could not be done). Runs in-process, so
// tests call main() directly; bin/plan-report.js is a thin wrapper (process-run.ts). Everything it says —
// help, argument errors, results — is in the language the command line asks for (cli-lang.ts).
import { readFileSync } from 'fs';
import * as path from 'path';
import { Command, CommanderError } from 'commander';
import type { Lang } from '../core/i18n/lang';
import { batchCheckOptionsSchema, generateOptionsSchema, parseOptions } from './args';
import { runCheckCommand } from './check-batch';
import { langFromArgv } from './cli-lang';
import { examplesBlock, helpText } from './help-text';
import { LocalisedCommand, langOption, localiseProgram, sayArgumentErrors } from './localised-commander';
import { terminalLine, textIo } from './terminal-text';
import { CliError } from './cli-error';
import { runGenerate } from './generate';
import { localToday } from '../core/calendar';
import type { CliIO } from './io';
import { registerMergeCommand } from './merge';
import { registerRequestsCommand } from './requests';
import { say } from './messages';
import { registerNextYear } from './next-year';
import { registerSnapshot } from './snapshot';

export type { CliIO } from './io';

export async function main(argv: string[], io: CliIO): Promise<number> {
  const env: Required<CliIO> = {
    stdout: io.stdout,
    stderr: io.stderr,
    cwd: io.cwd ?? process.cwd(),
    today: io.today ?? localToday(new Date()),
  };
  const lang = langFromArgv(argv);
  let exitCode = 0;
  const program = buildProgram(env, lang, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    // The help or version asked for (0), or the help shown because no command was given (2).
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof CliError) {
      env.stderr.write(`plan-report: ${terminalLine(err.message)}\n`);
      return 2;
    }
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    env.stderr.write(`plan-report: ${terminalLine(say(lang, 'unexpected', { reason }))}\n`);
    if (process.env.PLAN_REPORT_DEBUG && err instanceof Error) env.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

function buildProgram(io: Required<CliIO>, lang: Lang, setExit: (code: number) => void): Command {
  const t = helpText(lang);
  const program = localiseProgram(new LocalisedCommand('plan-report'), lang)
    .description(say(lang, 'description'))
    .version(packageVersion(), '-V, --version', t.opt.version)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Argument errors are said again in the run's language (localised-commander.ts).
      outputError: () => undefined,
    })
    .addOption(langOption(lang))
    .addHelpText('after', examplesBlock(lang, 'program'));

  const common = (cmd: Command): Command =>
    cmd
      .option('--sheet <name>', t.opt.sheet)
      .option('--as-of <YYYY-MM-DD>', t.opt.asOf)
      .option('--positions <file>', t.opt.positions)
      .option('--period <period>', t.opt.period)
      .addOption(langOption(lang));

  common(
    program
      .command('check')
      .description(say(lang, 'checkDescription'))
      .argument('<plan.xlsx...>', t.arg.plans),
  )
    .option('--json', t.opt.json)
    .option('--verbose', t.opt.verbose)
    .addHelpText('after', examplesBlock(lang, 'check'))
    .action(async (files: string[], raw: Record<string, unknown>) => {
      const opts = parseOptions(batchCheckOptionsSchema, raw);
      setExit(await runCheckCommand(files, opts, textIo(io, raw)));
    });

  common(
    program
      .command('generate')
      .description(say(lang, 'generateDescription'))
      .argument('<plan.xlsx>', t.arg.plan),
  )
    .option('-o, --out <file.xlsx>', t.opt.generateOut)
    .option('--extra <columns>', t.opt.extra)
    .option('--format <list>', t.opt.format)
    .option('--force', t.opt.force)
    .addHelpText('after', examplesBlock(lang, 'generate'))
    .action(async (file: string, raw: Record<string, unknown>) => {
      setExit(await runGenerate(file, parseOptions(generateOptionsSchema, raw), textIo(io, raw)));
    });

  registerSnapshot(program, io, setExit, lang);
  registerNextYear(program, io, setExit, lang);
  registerRequestsCommand(program, io, setExit, lang);
  registerMergeCommand(program, io, setExit, lang);
  sayArgumentErrors(program, lang);
  return program;
}

/** The package's version, read beside the sources (src/cli) or the build (build/cli): both are two levels down. */
function packageVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const version = (pkg as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
