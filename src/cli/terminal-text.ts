// Text for a terminal: what a workbook's cells hold is printed, but never obeyed. Control characters (C0,
// DEL, C1 — ESC and CSI start the sequences that clear screens, move the cursor and set window titles) and
// the bidirectional overrides and isolates (U+202A–202E, U+2066–2069, which reorder what is shown) are
// written as visible escapes `\u001b`; within a line (a finding, a file's summary) also the line breaks
// (`\n`, `\r`) and tabs. Every command's text goes through textIo; the merge report, which quotes answers in
// full over their own lines, keeps their `\n`. JSON output never passes through here: JSON.stringify keeps
// every character exact.

import type { CliIO } from './io';

// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_BLOCK = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(ch: string): string {
  return NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One line as it may be shown: every control character, line break and bidi override escaped. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, visible);
}

/** Lines as one block to write: each line made safe, joined by real line breaks, ending with one. */
export function terminalBlock(lines: readonly string[]): string {
  return `${lines.map(terminalLine).join('\n')}\n`;
}

/** Text already laid out in lines (`\n`): everything else that could drive a terminal escaped. */
export function terminalLines(text: string): string {
  return text.replace(UNSAFE_IN_BLOCK, visible);
}

/** A writer whose text is made safe on the way: for printers whose lines we do not build ourselves. */
export function terminalWriter(out: { write(text: string): unknown }): { write(text: string): unknown } {
  return { write: (text: string) => out.write(terminalLines(text)) };
}

/** The io a command prints text through: what it writes is made safe for a terminal (JSON is not touched). */
export function textIo(io: Required<CliIO>, raw: { json?: unknown }): Required<CliIO> {
  return raw.json ? io : { ...io, stdout: terminalWriter(io.stdout) };
}
