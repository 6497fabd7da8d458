// Reading a SheetSpec the way a host renders it: bands applied in order, later ones winning per property.
import type { CellStyle, SheetSpec, SpecRange } from '../../../src/core/report/sheet-spec';

export function inRange(r: SpecRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function effectiveStyle(spec: SheetSpec, row: number, col: number): CellStyle | undefined {
  let style: CellStyle | undefined;
  for (const band of spec.bands) {
    if (!inRange(band.range, row, col)) continue;
    const next = spec.styles[band.style];
    if (!next) throw new Error(`unknown style ${band.style}`);
    style = style ? { ...style, ...stripUndefined(next), font: { ...style.font, ...next.font } } : next;
  }
  return style;
}

function stripUndefined(s: CellStyle): Partial<CellStyle> {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined));
}

export function rowIndex(spec: SheetSpec, firstCell: string | number): number {
  return spec.values.findIndex((row) => row[0] === firstCell);
}

/**
 * The sheet rows of each measure of a laid-out execution table, in order: a measure's first row has its
 * number; its continuation rows follow with no number (and are not section rows).
 */
export function measureRecords(spec: SheetSpec, headerRow: number, sectionTexts: string[]): number[][] {
  const sections = new Set(sectionTexts);
  const records: number[][] = [];
  for (let r = headerRow + 1; r < spec.values.length; r++) {
    const first = spec.values[r][0];
    if (typeof first === 'string' && sections.has(first)) continue;
    if (first !== null && first !== undefined) records.push([r]);
    else if (records.length) records[records.length - 1].push(r);
  }
  return records;
}

/** The pieces a column's text was written in over a record's rows. */
export function pieces(spec: SheetSpec, rows: number[], col: number): string[] {
  return rows.map((r) => spec.values[r][col]).filter((v): v is string => typeof v === 'string');
}

/**
 * Whether pieces, in order, are the text with only blanks (spaces, tabs, line breaks) left out between
 * them: every other character kept, in place.
 */
export function rebuilds(parts: string[], original: string): boolean {
  let at = 0;
  for (const part of parts) {
    while (at < original.length && /\s/.test(original[at]) && !original.startsWith(part, at)) at++;
    if (!original.startsWith(part, at)) return false;
    at += part.length;
  }
  return /^\s*$/.test(original.slice(at));
}
