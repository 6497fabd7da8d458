// A command the user can paste: `npx plan-report …` (after `npm ci` the command is not on the PATH; npx
// finds it in node_modules/.bin), with a file name quoted where a shell would split or expand it.

const PLAIN = /^[\p{L}\p{N}_./:@%+=,-]+$/u;

/** A file name as a shell argument: as it is when safe, else in double quotes (or single, if it must be). */
export function shellArg(arg: string): string {
  if (PLAIN.test(arg)) return arg;
  if (!/["$`\\!]/.test(arg)) return `"${arg}"`;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** `npx plan-report check "мій план.xlsx"`. */
export function commandHint(command: string, file: string): string {
  return `npx plan-report ${command} ${shellArg(file)}`;
}
