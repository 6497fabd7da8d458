// Runs LibreOffice headless on a file, with a profile of its own so parallel runs never share a lock.
// LibreOffice is installed on the development machines and by .ci/run; a test using this fails, not skips,
// without it.
import { execFile } from 'child_process';
import { mkdtemp, rm } from 'fs/promises';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

export async function soffice(args: string[], cwd: string): Promise<void> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        'soffice',
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', ...args],
        { cwd, timeout: 120_000 },
        (err, _stdout, stderr) =>
          err ? reject(new Error(`soffice failed: ${err.message} ${stderr}`)) : resolve(),
      );
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
