// A host-neutral description of one formatted worksheet. The core builds it; the Excel host and the
// xlsx writer each render it, so a report looks the same whichever wrote it. No I/O here.

/** Marks sheets the product generated: the only sheets it may replace. */
export const GENERATED_MARK = 'anticorruption-plan-addin';

/**
 * What a generated sheet is: the report's execution table and summary, the year's snapshots and the changes
 * between them, next year's plan and the officer's list for it. A host replaces a sheet of ours only with one
 * of the same role; sheet-marks.ts says how each host tells which sheets are ours.
 */
export const GENERATED_ROLES = [
  'execution-table',
  'summary',
  'snapshot',
  'snapshot-changes',
  'next-year-plan',
  'next-year-notes',
] as const;
export type GeneratedRole = (typeof GENERATED_ROLES)[number];

export type SpecValue = string | number | null;

export interface SpecRange {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellStyle {
  font: { name: string; size: number; bold?: boolean; italic?: boolean; color?: string };
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin borders on all four edges of every cell in the band. */
  border?: boolean;
  /** Background as RRGGBB (no #). */
  fill?: string;
  /** Excel number format, e.g. `0` or `0%`. */
  numberFormat?: string;
}

/**
 * A band's style over what a cell already has, as every writer applies bands (later bands win): the
 * properties the band sets replace the cell's, the others stay.
 */
export function layerStyle(base: CellStyle | undefined, top: CellStyle): CellStyle {
  if (!base) return { ...top, font: { ...top.font } };
  return {
    ...base,
    ...Object.fromEntries(Object.entries(top).filter(([, v]) => v !== undefined)),
    font: { ...base.font, ...top.font },
  } as CellStyle;
}

export interface StyleBand {
  range: SpecRange;
  style: string; // key into SheetSpec.styles
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on one page wide; as many pages tall as needed. Ignored when `scale` is set. */
  fitToWidth: boolean;
  /**
   * Print scale in percent. The report layouts set it (and leave fitToWidth false): Excel ignores manual
   * page breaks on a sheet printed "fit to", and the breaks are computed for a known scale.
   */
  scale?: number;
  /** 0-based rows that start a new printed page (manual page breaks before them). */
  breaks?: number[];
  /** 1-based rows repeated at the top of every printed page. */
  repeatRows?: { from: number; to: number };
  /** Footer text with Excel codes: `&P` page number, `&N` page count. */
  footer?: string;
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number };
}

export interface ChartSpec {
  type: 'pie' | 'bar';
  title: string;
  /** Labels (categories) and values as ranges of this sheet. */
  categories: SpecRange;
  values: SpecRange;
  /** Where to place it: top-left cell, 0-based. */
  anchor: { row: number; col: number };
  /** The cell its bottom-right corner lies on (0-based, inclusive); without it a host's default size. */
  to?: { row: number; col: number };
}

export interface SheetSpec {
  /** The sheet's name (≤ 31 characters, none of : \ / ? * [ ]). */
  name: string;
  /** What this sheet is, stored with the mark so a host knows which generated sheet to replace. */
  role: GeneratedRole;
  /** values[r][c] from A1; rows may be ragged. */
  values: SpecValue[][];
  /** Named styles, applied by bands (later bands win). */
  styles: Record<string, CellStyle>;
  bands: StyleBand[];
  merges: SpecRange[];
  /** Column widths in characters (Excel's unit), index = 0-based column. */
  columnWidths: number[];
  /** Row heights in points for rows that need one, keyed by 0-based row. */
  rowHeights?: Record<number, number>;
  /** Rows frozen at the top (count). */
  freezeRows?: number;
  print: PrintSetup;
  charts?: ChartSpec[];
}
