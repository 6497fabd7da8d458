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
