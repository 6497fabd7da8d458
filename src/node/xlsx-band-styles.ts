// The report's styles as ExcelJS styles: bands of a SheetSpec layered per cell (a later band overrides only
// what its style sets), one shared style object per combination, and one style per merged area.
import type ExcelJS from 'exceljs';
import type { CellStyle, SheetSpec, SpecRange } from '../core/report/sheet-spec';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/** Merges band styles property by property: a later band overrides only what its style sets. */
function mergeStyle(base: CellStyle | undefined, next: CellStyle): CellStyle {
  if (!base) return { ...next, font: { ...next.font } };
  const merged: CellStyle = { ...base, font: { ...base.font, ...next.font } };
  for (const key of ['horizontal', 'vertical', 'wrap', 'border', 'fill', 'numberFormat'] as const) {
    if (next[key] !== undefined) Object.assign(merged, { [key]: next[key] });
  }
  return merged;
}

function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const { name, size, bold, italic, color } = style.font;
  return {
    font: {
      name,
      size,
      bold: bold ?? false,
      italic: italic ?? false,
      ...(color ? { color: { argb: `FF${color}` } } : {}),
    },
    alignment: {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      wrapText: style.wrap ?? false,
    },
    border: style.border ? { top: THIN, left: THIN, bottom: THIN, right: THIN } : {},
    ...(style.fill
      ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } } }
      : {}),
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
  };
}

/**
 * Which bands cover each cell, as an id per distinct sequence of style names, so each combination is merged
 * and turned into an ExcelJS style once. A style object shared by reference is also what ExcelJS's style
 * manager dedupes cheaply when writing; a fresh object per cell costs a full comparison each.
 */
export class BandStyles {
  /** combo id per cell, row-major; 0 = no band. */
  readonly ids: Uint32Array;
  private readonly next: Map<string, number>[] = [new Map()];
  private readonly merged: (CellStyle | undefined)[] = [undefined];

  constructor(spec: SheetSpec, rows: number, cols: number) {
    this.ids = new Uint32Array(rows * cols);
    for (const band of spec.bands) {
      const style = spec.styles[band.style];
      if (!style) throw new Error(`SheetSpec "${spec.name}": band uses unknown style "${band.style}"`);
      const { top, left, bottom, right } = band.range;
      // Neighbouring cells mostly share their combination: remember the last step taken.
      let from = -1;
      let to = 0;
      for (let r = top; r <= bottom; r++) {
        for (let i = r * cols + left, end = r * cols + right; i <= end; i++) {
          const id = this.ids[i];
          if (id !== from) {
            from = id;
            to = this.step(id, band.style, style);
          }
          this.ids[i] = to;
        }
      }
    }
  }

  private step(id: number, name: string, style: CellStyle): number {
    let to = this.next[id].get(name);
    if (to === undefined) {
      to = this.merged.length;
      this.next[id].set(name, to);
      this.next.push(new Map());
      this.merged.push(mergeStyle(this.merged[id], style));
    }
    return to;
  }

  /** One ExcelJS style object per combination, to be shared by every cell that has it. */
  excelStyles(): (Partial<ExcelJS.Style> | undefined)[] {
    return this.merged.map((s) => (s ? excelStyle(s) : undefined));
  }
}

/**
 * Gives every cell of a merged area one style, as ExcelJS does by sharing the top-left cell's style object
 * with the others: that object ends up with each styled cell's font, alignment and borders in turn (the
 * last wins) and with any fill or number format one of them set. Usually a band covers the whole area
 * and nothing changes.
 */
export function shareStylesInMerges(
  merges: SpecRange[],
  ids: Uint32Array,
  cols: number,
  styles: (Partial<ExcelJS.Style> | undefined)[],
): void {
  for (const m of merges) {
    const seen: number[] = [];
    let bare = false;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const id = ids[r * cols + c];
        if (id === 0) bare = true;
        else if (seen[seen.length - 1] !== id) seen.push(id);
      }
    }
    if (seen.length === 0 || (seen.length === 1 && !bare)) continue;
    let shared = seen[0];
    if (new Set(seen).size > 1) {
      const style: Partial<ExcelJS.Style> = {};
      for (const id of seen) {
        const { font, alignment, border, fill, numFmt } = styles[id]!;
        Object.assign(style, { font, alignment, border }, fill ? { fill } : {}, numFmt ? { numFmt } : {});
      }
      shared = styles.push(style) - 1;
    }
    for (let r = m.top; r <= m.bottom; r++) ids.fill(shared, r * cols + m.left, r * cols + m.right + 1);
  }
}
