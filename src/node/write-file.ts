// Writes a new file whole or not at all: into a temporary file beside the target, then put in place. Without
// `overwrite` the target is created only if it does not exist at that moment (a hard link fails on an
// existing name; where links are not supported, an exclusive copy), so a run racing another never replaces
// the other's file silently. (Lane 11's safe-output module is to take this over; see README.)
import { constants, promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

export class TargetExistsError extends Error {
  override readonly name = 'TargetExistsError';
  constructor(readonly file: string) {
    super(`file exists: ${file}`);
  }
}

export async function writeFileWhole(
  file: string,
  bytes: Uint8Array,
  opts: { overwrite: boolean },
): Promise<void> {
  const target = path.resolve(file);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  await fs.writeFile(temp, bytes, { flag: 'wx' });
  try {
    if (opts.overwrite) {
      await fs.rename(temp, target);
      return;
    }
    try {
      await fs.link(temp, target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new TargetExistsError(target);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw err;
      try {
        await fs.copyFile(temp, target, constants.COPYFILE_EXCL);
      } catch (copyErr) {
        if ((copyErr as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(target);
        throw copyErr;
      }
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}
