// The print setup of every generated report sheet, in one place: A4, the orientation its width needs, a
// scale that fits the columns across the page, the margins, the page-number footer, the repeated header
// row and the page breaks the layout computed.
import type { Lang } from '../i18n/lang';
import { REPORT_LABELS } from './labels';
import { PAGE_FILL, PRINT_MARGINS, columnWidthPoints, printableArea } from './page-geometry';
import type { PrintSetup } from './sheet-spec';

export type Orientation = PrintSetup['orientation'];

/** Total width in points of columns given in characters. */
export function tableWidthPoints(widths: number[]): number {
  return widths.reduce((sum, w) => sum + columnWidthPoints(w), 0);
}

/** Portrait when the columns fit across it at full size, landscape otherwise. */
export function orientationFor(widths: number[]): Orientation {
  return tableWidthPoints(widths) <= printableArea('portrait').width ? 'portrait' : 'landscape';
}

/** Whole percent at which the columns fit across the page (100 when they already do; Excel's least is 10). */
export function scaleFor(widths: number[], orientation: Orientation): number {
  const ratio = printableArea(orientation).width / Math.max(1, tableWidthPoints(widths));
  return Math.max(10, Math.min(100, Math.floor(ratio * 100)));
}

/** Sheet points of rows that fit on one printed page at a scale (before any repeated header row). */
export function pageCapacity(orientation: Orientation, scale: number): number {
  return (printableArea(orientation).height * PAGE_FILL * 100) / scale;
}

export interface ReportPrintOptions {
  widths: number[];
  orientation: Orientation;
  lang: Lang;
  /** 0-based row repeated at the top of every page. */
  headerRow?: number;
  breaks?: number[];
}

/** Excel keeps at most 1,026 manual page breaks a sheet; past them it breaks pages itself. */
export const MAX_PAGE_BREAKS = 1026;

export function reportPrintSetup(o: ReportPrintOptions): PrintSetup {
  return {
    paper: 'A4',
    orientation: o.orientation,
    fitToWidth: false,
    scale: scaleFor(o.widths, o.orientation),
    ...(o.headerRow !== undefined ? { repeatRows: { from: o.headerRow + 1, to: o.headerRow + 1 } } : {}),
    footer: REPORT_LABELS[o.lang].footer,
    margins: PRINT_MARGINS,
    ...(o.breaks && o.breaks.length ? { breaks: o.breaks.slice(0, MAX_PAGE_BREAKS) } : {}),
  };
}
