// File names for the request workbooks: the person's name as written, Cyrillic kept, made safe on Windows,
// macOS and Linux at once, so a folder of requests copies anywhere (a USB stick, a mail attachment, a share).
// - Windows forbids < > : " / \ | ? * and control characters, names ending in a dot or a space, and the
//   device names CON, PRN, AUX, NUL, COM1–9, LPT1–9 (also with an extension: `CON.xlsx`);
// - names are at most 255 bytes on Linux (UTF-8: a Cyrillic letter is 2 bytes) and APFS; we stay far
//   below so the folder's path fits and the writer's short temporary file beside it does too;
// - Windows and macOS compare names without case, macOS in Unicode normal form: two names that differ only
//   so are one file there, and get `(2)`, `(3)`.
import { trimChars } from '../text';

/** Bytes a name may take with its extension (the temporary file beside it adds 19; 255 is the limit). */
export const MAX_NAME_BYTES = 200;
const EXTENSION = '.xlsx';
const FALLBACK = 'Без назви';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** UTF-8 length of a string, by code point (no TextEncoder: the core runs anywhere). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The longest start of `text` within `bytes`, cut between code points, preferably at a word's end. */
function cutToBytes(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (used + size > bytes) break;
    used += size;
    end += ch.length;
  }
  if (end >= text.length) return text;
  const cut = text.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return space > cut.length / 2 ? cut.slice(0, space) : cut;
}

/** Trailing dots and spaces (Windows drops them), leading ones (a dot hides a file on Unix). */
function trimEdges(text: string): string {
  return trimChars(text, /[\s.]/);
}

/** One person's name -> a safe file stem (no extension). */
export function safeFileStem(name: string): string {
  let stem = name
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/"/g, "'")
    .replace(/[/\\|:]/g, '-')
    .replace(/[<>?*]/g, '_')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ');
  stem = trimEdges(stem);
  const budget = MAX_NAME_BYTES - EXTENSION.length - utf8Length(' (99)');
  if (utf8Length(stem) > budget) stem = `${trimEdges(cutToBytes(stem, budget - utf8Length('…')))}…`;
  if (stem === '' || stem === '…') stem = FALLBACK;
  // `CON`, `con.backup`: the part before the first dot is what Windows checks.
  if (RESERVED.test(stem.split('.')[0].trim())) stem = stem.replace(/^[^.]*/, (base) => `${base}_`);
  return stem;
}

/** How two names compare on a case-insensitive, normalising file system. */
function foldName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('uk');
}

/** A distinct safe `.xlsx` name per person, in the order given; `taken` holds names already in use. */
export function requestFileNames(names: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map(foldName));
  return names.map((name) => {
    const stem = safeFileStem(name);
    let candidate = `${stem}${EXTENSION}`;
    for (let n = 2; used.has(foldName(candidate)); n++) candidate = `${stem} (${n})${EXTENSION}`;
    used.add(foldName(candidate));
    return candidate;
  });
}
