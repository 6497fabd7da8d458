// The language of everything the CLI says, known before commander parses anything: argument errors and
// --help come from the parser itself, so they cannot wait for the parsed --lang. Only the command line
// decides (the last `--lang X` or `--lang=X` before a bare `--`); Ukrainian unless it says `en`. The
// environment's LANG is deliberately not read: offices' machines often run an English locale for people who
// expect Ukrainian, and a script's output should not change with the machine it runs on.
import type { Lang } from '../core/i18n/lang';

export function langFromArgv(argv: readonly string[]): Lang {
  let lang: Lang = 'uk';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[++i] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined) lang = value === 'en' ? 'en' : 'uk';
  }
  return lang;
}
