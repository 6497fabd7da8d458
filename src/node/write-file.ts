// Writes a new file whole or not at all, the one way every command writes: into a short-named temporary
// file in the target's folder, flushed to disk (fsync), then put in place. Without `overwrite` the target
// is created only if it does not exist at that moment (a hard link fails on an existing name; where links
// are not supported, an exclusive copy), so a run racing another never replaces the other's file silently;
// with it, an atomic rename. The folder is fsynced after, where the system allows. Temporary files a killed
// run left (ours by name, their process gone or older than ten minutes) are removed by the next write there.
import { constants, promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

export class TargetExistsError extends Error {
  override readonly name = 'TargetExistsError';
  constructor(readonly file: string) {
    super(`file exists: ${file}`);
  }
}

/** `.plan-report-<pid>-<hex>.tmp`: short whatever the target's name, so it fits where the target fits. */
const TEMP_NAME = /^\.plan-report-(\d+)-[0-9a-f]{12}\.tmp$/;
/** What versions before #11 named theirs: `.<target name>.<12 hex>.tmp` (no pid: removed when old). */
const OLD_TEMP_NAME = /^\..+\.(?:xlsx|xlsm|docx)\.[0-9a-f]{12}\.tmp$/;
const STALE_MS = 10 * 60 * 1000;

export function tempNameFor(pid = process.pid): string {
  return `.plan-report-${pid}-${randomBytes(6).toString('hex')}.tmp`;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes our temporary files in `folder` whose run is gone or that are older than ten minutes. */
export async function removeStaleTemps(folder: string, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m && !OLD_TEMP_NAME.test(name)) continue;
    const file = path.join(folder, name);
    try {
      const stat = await fs.lstat(file);
      if (!stat.isFile()) continue;
      const fresh = now - stat.mtimeMs < STALE_MS;
      if (fresh && (!m || processAlive(Number(m[1])))) continue;
      await fs.unlink(file);
      removed.push(file);
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}

async function syncFolder(folder: string): Promise<void> {
  try {
    const dir = await fs.open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // Not every system lets a folder be opened or synced (Windows): the rename is still atomic.
  }
}

async function placeWithoutReplacing(temp: string, target: string): Promise<void> {
  try {
    await fs.link(temp, target);
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new TargetExistsError(target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS' && code !== 'EMLINK')
      throw err;
  }
  try {
    await fs.copyFile(temp, target, constants.COPYFILE_EXCL);
  } catch (copyErr) {
    if ((copyErr as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(target);
    throw copyErr;
  }
}

export async function writeFileWhole(
  file: string,
  bytes: Uint8Array | (() => Promise<Uint8Array>),
  opts: { overwrite: boolean },
): Promise<void> {
  const target = path.resolve(file);
  const folder = path.dirname(target);
  await removeStaleTemps(folder);
  const data = typeof bytes === 'function' ? await bytes() : bytes;
  const temp = path.join(folder, tempNameFor());
  const handle = await fs.open(temp, 'wx');
  let placed = false;
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (opts.overwrite) {
      await fs.rename(temp, target);
      placed = true;
    } else {
      await placeWithoutReplacing(temp, target);
    }
    await syncFolder(folder);
  } finally {
    if (!placed) await fs.rm(temp, { force: true });
  }
}
