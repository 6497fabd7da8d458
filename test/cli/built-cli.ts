// The CLI as users run it: bin/plan-report.js over the compiled build, made from today's sources in a
// temporary folder (tsc, as `npm run build:cli` does; node_modules linked), so spawn tests never run a
// stale build/ and need none.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

export interface BuiltCli {
  dir: string;
  bin: string;
  remove(): Promise<void>;
}

export async function buildCli(): Promise<BuiltCli> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-built-'));
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(
    process.execPath,
    [tsc, '-p', path.join(ROOT, 'tsconfig.cli.json'), '--outDir', path.join(dir, 'build')],
    {
      stdio: 'pipe',
    },
  );
  await fs.mkdir(path.join(dir, 'bin'));
  await fs.copyFile(path.join(ROOT, 'bin', 'plan-report.js'), path.join(dir, 'bin', 'plan-report.js'));
  await fs.copyFile(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  await fs.symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    bin: path.join(dir, 'bin', 'plan-report.js'),
    remove: () => fs.rm(dir, { recursive: true, force: true }),
  };
}
