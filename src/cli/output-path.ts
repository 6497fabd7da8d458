// Where an output goes, checked before anything is read: `-o` naming an existing folder means the default
// file name in it; a folder that does not exist is an error (never created silently); no output may be an
// input, by path, real path or file identity (hard links, a case-insensitive disk); a default name made from
// a long input name is shortened to fit the 255 bytes a file name may have.
import { statSync, type Stats } from 'fs';
import * as path from 'path';
import type { Lang } from '../core/i18n/lang';
import { CliError } from './cli-error';
import { say } from './messages';

/** Largest file name (in UTF-8 bytes) on the common file systems (ext4, NTFS in UTF-16 units, APFS). */
const NAME_BYTES = 255;

/**
 * `stem + tail`, the stem cut (at a character, never inside one) so the name fits NAME_BYTES. The tail
 * (`-звіт.xlsx`) is kept whole: it says what the file is.
 */
export function fitFileName(stem: string, tail: string): string {
  const room = NAME_BYTES - Buffer.byteLength(tail, 'utf8');
  if (Buffer.byteLength(stem, 'utf8') <= room) return stem + tail;
  let cut = '';
  let bytes = 0;
  for (const ch of stem) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > room) break;
    cut += ch;
    bytes += size;
  }
  return cut.replace(/[\s.]+$/, '') + tail;
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file) as Stats;
  } catch {
    return null;
  }
}

/** True when `out` names an existing folder. */
export function isFolder(out: string): boolean {
  return statOrNull(out)?.isDirectory() ?? false;
}

/** `-o DIR` → DIR/<default name>; any other `-o` as given. */
export function intoFolder(out: string, defaultFile: string): string {
  return isFolder(out) ? path.join(out, path.basename(defaultFile)) : out;
}

/**
 * Whether two paths are one file: the same path (case folded where the disk usually ignores case), or, when
 * both exist, the same device and inode — a symbolic link, a hard link, another spelling of the name.
 */
export function sameFile(a: string, b: string): boolean {
  const fold = (p: string) =>
    process.platform === 'win32' || process.platform === 'darwin' ? p.toLowerCase() : p;
  if (fold(path.resolve(a)) === fold(path.resolve(b))) return true;
  const sa = statOrNull(a);
  const sb = statOrNull(b);
  return sa !== null && sb !== null && sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Refuses an output in a folder that does not exist (or is a file), naming the folder. The input's own
 * folder is left to the input's reading, which says the file is missing.
 */
export function checkOutputFolder(output: string, shown: string, lang: Lang, input?: string): void {
  const folder = path.dirname(path.resolve(output));
  if (input !== undefined && folder === path.dirname(path.resolve(input))) return;
  const stat = statOrNull(folder);
  if (stat?.isDirectory()) return;
  const key = stat ? 'outputFolderNotFolder' : 'outputFolderMissing';
  throw new CliError(say(lang, key, { folder: path.dirname(shown) || '.', file: shown }));
}
