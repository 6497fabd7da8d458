// The `plan-report` command line: parses arguments with commander, checks them with zod, runs a command and
// returns its exit code (0 fine, 1 the plan has errors, 2 the run could not be done). Runs in-process, so
// tests call main() directly; bin/plan-report.js is a thin wrapper.
import { readFileSync } from 'fs';
import * as path from 'path';
import { Command, CommanderError, Option } from 'commander';
import { checkOptionsSchema, generateOptionsSchema, parseOptions } from './args';
import { runCheck } from './check';
import { CliError } from './cli-error';
import { runGenerate } from './generate';
import { localToday } from '../core/calendar';
import type { CliIO } from './io';
import { registerMergeCommand } from './merge';
import { registerRequestsCommand } from './requests';
import { say } from './messages';
import { PERIOD_HELP } from './period-option';
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
  let exitCode = 0;
  const program = buildProgram(env, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    // commander has already printed its own message (or the help / version asked for).
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof CliError) {
      env.stderr.write(`plan-report: ${err.message}\n`);
      return 2;
    }
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    env.stderr.write(`plan-report: ${say(langOf(argv), 'unexpected', { reason })}\n`);
    if (process.env.PLAN_REPORT_DEBUG && err instanceof Error) env.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

function buildProgram(io: Required<CliIO>, setExit: (code: number) => void): Command {
  const program = new Command('plan-report')
    .description(`${say('uk', 'description')}\n${say('en', 'description')}`)
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError(true);

  const common = (cmd: Command): Command =>
    cmd
      .argument('<plan.xlsx>', 'книга з планом / the plan workbook')
      .option('--sheet <name>', 'аркуш із планом (типово перший, що містить план) / sheet holding the plan')
      .option(
        '--as-of <YYYY-MM-DD>',
        'дата, станом на яку перевіряти (типово сьогодні) / date to check as of',
      )
      .option(
        '--positions <file>',
        'перелік посад: .txt (по одній на рядок) або .xlsx (перший стовпець) / list of positions',
      )
      .option('--period <period>', PERIOD_HELP)
      .addOption(new Option('--lang <uk|en>', 'мова повідомлень / language of messages').default('uk'));

  common(
    program
      .command('check')
      .description(`${say('uk', 'checkDescription')}\n${say('en', 'checkDescription')}`),
  )
    .option('--json', 'один об’єкт JSON для скриптів / one JSON object for scripts')
    .action(async (file: string, raw: Record<string, unknown>) => {
      setExit(await runCheck(file, parseOptions(checkOptionsSchema, raw), io));
    });

  common(
    program
      .command('generate')
      .description(`${say('uk', 'generateDescription')}\n${say('en', 'generateDescription')}`),
  )
    .option('-o, --out <file.xlsx>', 'куди записати звіт (типово <назва>-звіт.xlsx поруч) / output workbook')
    .option('--extra <columns>', 'додаткові стовпці: status,actualDate / extra columns')
    .option('--format <list>', 'формат звіту: xlsx (типово), docx або xlsx,docx / report format(s)')
    .option('--force', 'перезаписати наявний файл / overwrite an existing file')
    .action(async (file: string, raw: Record<string, unknown>) => {
      setExit(await runGenerate(file, parseOptions(generateOptionsSchema, raw), io));
    });

  registerSnapshot(program, io, setExit);
  registerNextYear(program, io, setExit);
  registerRequestsCommand(program, io, setExit);
  registerMergeCommand(program, io, setExit);
  return program;
}

function langOf(argv: string[]): 'uk' | 'en' {
  const i = argv.indexOf('--lang');
  return (i >= 0 && argv[i + 1] === 'en') || argv.includes('--lang=en') ? 'en' : 'uk';
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
