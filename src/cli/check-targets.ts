// What `check FILE… | DIR` checks: each file named, in the order given; for a folder, the workbooks directly
// in it (not in its subfolders), sorted by name as a person reads them (`план-2` before `план-10`). A
// folder's Excel lock files (`~$план.xlsx`), hidden files (`.…`) and anything not a regular file are left
// out; a file named on the command line is always checked. The same file named twice is checked once.
import { type Dirent, promises as fs, statSync } from 'fs';
import * as path from 'path';
import type { Lang } from '../core/i18n/lang';
import { shownPath } from './generate';
import { say } from './messages';

export type CheckTarget =
  /** `file` as the user gave it (or as shown for a folder's file); `inFolder`: found by listing a folder. */
  | { kind: 'file'; file: string; inFolder: boolean }
  /** A folder that could not be listed, or holds no workbook: one line, and the run's exit code is 2. */
  | { kind: 'problem'; file: string; reason: string };

const WORKBOOK = /\.xls[xm]$/i;
const collator = new Intl.Collator('uk', { numeric: true, sensitivity: 'base' });

export async function checkTargets(args: readonly string[], cwd: string, lang: Lang): Promise<CheckTarget[]> {
  const out: CheckTarget[] = [];
  const seen = new Set<string>();
  const add = (full: string, file: string, inFolder: boolean) => {
    if (seen.has(full)) return;
    seen.add(full);
    out.push({ kind: 'file', file, inFolder });
  };
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    const stat = await fs.stat(full).catch(() => null);
    if (!stat?.isDirectory()) {
      add(full, arg, false);
      continue;
    }
    let entries: Dirent[];
    try {
      entries = await fs.readdir(full, { withFileTypes: true });
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? String(err);
      out.push({ kind: 'problem', file: arg, reason: say(lang, 'folderUnreadable', { reason }) });
      continue;
    }
    const names = entries
      .filter((e) => WORKBOOK.test(e.name) && !e.name.startsWith('~$') && !e.name.startsWith('.'))
      .filter((e) => e.isFile() || (e.isSymbolicLink() && isFileSync(path.join(full, e.name))))
      .map((e) => e.name)
      .sort(collator.compare);
    if (names.length === 0) out.push({ kind: 'problem', file: arg, reason: say(lang, 'folderEmpty') });
    for (const name of names) {
      const file = path.join(full, name);
      add(file, shownPath(file, cwd), true);
    }
  }
  return out;
}

function isFileSync(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
