/** A failure the user can fix (bad argument, unreadable file, no plan): one line on stderr, exit code 2. */
export class CliError extends Error {
  override readonly name = 'CliError';
}
