// The CLI as a process (bin/plan-report.js): main() on the real streams, with what can go wrong on them
// handled quietly. stdout closed by its reader (`| head`, EPIPE) ends the run at once with exit code 141 —
// the shell's code for a program stopped by a closed pipe, distinct from 1 ("the plan has errors") — and
// nothing more is said. Any other failure to write stdout (a full disk, ENOSPC; EIO) is one line on stderr
// and exit code 2. A failure to write stderr is ignored: there is nowhere left to say it.
import { langFromArgv } from './cli-lang';
import { main } from './main';
import { say } from './messages';

/** Exit code when the reader of stdout went away before the output was written. */
export const EXIT_OUTPUT_CUT = 141;

export function outputFailureCode(err: NodeJS.ErrnoException): number {
  return err.code === 'EPIPE' ? EXIT_OUTPUT_CUT : 2;
}

export async function runProcess(argv: string[]): Promise<void> {
  const lang = langFromArgv(argv);
  process.stderr.on('error', () => undefined);
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    const code = outputFailureCode(err);
    if (code === 2) {
      const reason = err.code === 'ENOSPC' ? say(lang, 'noSpace') : (err.code ?? err.message);
      process.stderr.write(`plan-report: ${say(lang, 'outputFailed', { reason })}\n`);
    }
    process.exit(code);
  });
  try {
    process.exitCode = await main(argv, { stdout: process.stdout, stderr: process.stderr });
  } catch (err) {
    process.stderr.write(`plan-report: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
}
