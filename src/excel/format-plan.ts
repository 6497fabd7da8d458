// A SheetSpec's formats as few Excel calls as they can be: every cell's final style (later bands win), then
// rectangles of contiguous cells sharing a style (runs across a row, stacked down while rows repeat), merges
// of consecutive rows over the same columns as one merge-across, and rows grouped by equal height. The
// number of rectangles grows with the sections and columns of a table, not with its cells.
import { layerStyle, type CellStyle, type SheetSpec, type SpecRange } from '../core/report/sheet-spec';

export interface StyledRects {
  style: CellStyle;
  rects: SpecRange[];
}

function styleKey(s: CellStyle): string {
  const f = s.font;
  return JSON.stringify([
    f.name,
    f.size,
    !!f.bold,
    !!f.italic,
    f.color ?? '',
    s.horizontal ?? '',
    s.vertical ?? '',
    s.wrap ?? null,
    !!s.border,
    s.fill ?? '',
    s.numberFormat ?? '',
  ]);
}

/** Rectangles per distinct final style, in the order the styles first appear. */
export function styleRects(spec: SheetSpec): StyledRects[] {
  const height = spec.values.length;
  let width = 0;
  for (const b of spec.bands) width = Math.max(width, b.range.right + 1);
  if (!width || !height) return [];
  // Each cell holds the id of its layered style; ids are interned per (previous id, band style).
  const cell = new Int32Array(height * width).fill(-1);
  const layered: CellStyle[] = [];
  const interned = new Map<string, number>();
  for (const band of spec.bands) {
    const style = spec.styles[band.style];
    if (!style) continue;
    const r = band.range;
    for (let row = Math.max(0, r.top); row <= Math.min(height - 1, r.bottom); row++) {
      for (let col = Math.max(0, r.left); col <= Math.min(width - 1, r.right); col++) {
        const at = row * width + col;
        const prev = cell[at];
        const key = `${prev}|${band.style}`;
        let id = interned.get(key);
        if (id === undefined) {
          id = layered.length;
          layered.push(layerStyle(prev >= 0 ? layered[prev] : undefined, style));
          interned.set(key, id);
        }
        cell[at] = id;
      }
    }
  }
  // Layered ids that end in the same final style are one style.
  const finalOf = new Map<string, number>();
  const final = layered.map((s) => {
    const k = styleKey(s);
    if (!finalOf.has(k)) finalOf.set(k, finalOf.size);
    return finalOf.get(k)!;
  });
  const groups = new Map<number, StyledRects>();
  // Open rectangles by their run (left, right, style): extended down while the next row has the same run.
  let open = new Map<string, SpecRange & { style: number }>();
  const close = (r: SpecRange & { style: number }): void => {
    const g = groups.get(r.style) ?? { style: layered[final.indexOf(r.style)], rects: [] };
    g.rects.push({ top: r.top, left: r.left, bottom: r.bottom, right: r.right });
    groups.set(r.style, g);
  };
  for (let row = 0; row <= height; row++) {
    const next = new Map<string, SpecRange & { style: number }>();
    for (let col = 0; row < height && col < width;) {
      const id = cell[row * width + col];
      if (id < 0) {
        col++;
        continue;
      }
      const style = final[id];
      let end = col;
      while (
        end + 1 < width &&
        cell[row * width + end + 1] >= 0 &&
        final[cell[row * width + end + 1]] === style
      )
        end++;
      const key = `${col}:${end}:${style}`;
      const prev = open.get(key);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { top: row, left: col, bottom: row, right: end, style });
      col = end + 1;
    }
    for (const r of open.values()) close(r);
    open = next;
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
}

/**
 * The spec's bands painted in order, consecutive bands of one style together: each group sets only what its
 * style sets, over what earlier groups set — the same cells as `styleRects` gives. Fewer calls when a
 * table's bands are few and long (a whole table, its centred columns, its section rows); `styleRects` is
 * fewer when bands are many and short (the summary's cell-by-cell bands).
 */
export function bandGroups(spec: SheetSpec): { style: CellStyle; rects: SpecRange[]; partial: true }[] {
  const out: { style: CellStyle; rects: SpecRange[]; partial: true }[] = [];
  let last: string | null = null;
  for (const band of spec.bands) {
    const style = spec.styles[band.style];
    if (!style) continue;
    if (band.style === last) out[out.length - 1].rects.push(band.range);
    else out.push({ style, rects: [band.range], partial: true });
    last = band.style;
  }
  return out;
}

/** Merges of consecutive rows over the same columns become one `merge(true)` (merge across) each. */
export function mergeRuns(merges: SpecRange[]): { range: SpecRange; across: boolean }[] {
  const singleRows = merges
    .filter((m) => m.top === m.bottom)
    .sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const out: { range: SpecRange; across: boolean }[] = merges
    .filter((m) => m.top !== m.bottom)
    .map((range) => ({ range, across: false }));
  for (const m of singleRows) {
    const last = out[out.length - 1];
    if (
      last?.across &&
      last.range.left === m.left &&
      last.range.right === m.right &&
      last.range.bottom === m.top - 1
    )
      last.range = { ...last.range, bottom: m.top };
    else out.push({ range: { ...m }, across: true });
  }
  return out;
}

/** Row heights as groups of equal height, each a list of row runs (0-based, inclusive). */
export function heightGroups(
  rowHeights: Record<number, number> | undefined,
): { height: number; runs: [number, number][] }[] {
  const byHeight = new Map<number, number[]>();
  for (const [r, h] of Object.entries(rowHeights ?? {})) {
    const list = byHeight.get(h) ?? [];
    list.push(Number(r));
    byHeight.set(h, list);
  }
  return [...byHeight.entries()].map(([height, rows]) => {
    rows.sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const r of rows) {
      const last = runs[runs.length - 1];
      if (last && last[1] === r - 1) last[1] = r;
      else runs.push([r, r]);
    }
    return { height, runs };
  });
}

/** Addresses joined with commas into strings of at most `max` characters (getRanges fails near 8,200: office-js#5198). */
export function addressChunks(addresses: string[], max = 4000): string[] {
  const out: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > max) {
      out.push(current);
      current = a;
    } else current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}
