// What a generated sheet held when we wrote it, in a few characters: the box of its non-empty cells and a
// hash of their values. The next generate compares it with what the sheet holds now, and keeps a sheet the
// user changed instead of replacing it.
import type { SheetSpec } from '../core/report/sheet-spec';

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel keeps 15 significant digits and no `\r`: compare numbers and texts as Excel will give them back. */
function canonical(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return `n${Number(v.toPrecision(15))}`;
  if (typeof v === 'boolean') return `b${v}`;
  return `s${String(v).replace(/\r\n?/g, '\n')}`;
}

/** FNV-1a, 32 bits: enough to notice an edit, not a security measure. */
function hashOf(cells: Iterable<string>): string {
  let h = 0x811c9dc5;
  for (const text of cells) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0xff;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function fingerprint(cells: { r: number; c: number; text: string }[]): string {
  if (!cells.length) return 'empty';
  let box: Box = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  for (const { r, c } of cells) {
    box = {
      top: Math.min(box.top, r),
      left: Math.min(box.left, c),
      bottom: Math.max(box.bottom, r),
      right: Math.max(box.right, c),
    };
  }
  const hash = hashOf(cells.map(({ r, c, text }) => `${r - box.top},${c - box.left},${text}`));
  return `${box.top}.${box.left}.${box.bottom}.${box.right}.${hash}`;
}

/** The box a fingerprint records (sheet rows and columns, 0-based), or null for an empty sheet. */
export function fingerprintBox(print: string): Box | null {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\./.exec(print);
  return m ? { top: +m[1], left: +m[2], bottom: +m[3], right: +m[4] } : null;
}

/** The fingerprint of a sheet once the spec's values are in it (texts as written, escapes removed by Excel). */
export function specFingerprint(spec: SheetSpec): string {
  const cells: { r: number; c: number; text: string }[] = [];
  spec.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const text = canonical(v);
      if (text !== null) cells.push({ r, c, text });
    }),
  );
  return fingerprint(cells);
}

/** The fingerprint of what a sheet holds: its used range's values (valuesOnly) read from Excel. */
export function valuesFingerprint(values: unknown[][], rowIndex: number, columnIndex: number): string {
  const cells: { r: number; c: number; text: string }[] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const text = canonical(v);
      if (text !== null) cells.push({ r: r + rowIndex, c: c + columnIndex, text });
    }),
  );
  return fingerprint(cells);
}
