/** Where the CLI writes and what it takes from its surroundings; tests pass their own. */
export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Folder relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
  /** Today's date YYYY-MM-DD, the default --as-of (default: the local date). */
  today?: string;
}
