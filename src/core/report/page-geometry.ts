// The units a printed report is laid out in, in points: Excel's column unit, the text box inside a cell,
// Excel's line pitch and row limit, A4 paper and the print margins. Hosts render these; the layout computes
// row heights, continuation rows and page breaks from them.
import type { PrintSetup } from './sheet-spec';

/**
 * One character of a SheetSpec column width: 7 px of Excel's standard font (Calibri 11) at 96 dpi, the unit
 * an .xlsx `<col width>` is counted in. The Excel host sets widths in points, the xlsx writer converts to
 * its workbook's own unit, so both print the same width.
 */
export const COLUMN_UNIT_PT = 5.25;

export function columnWidthPoints(chars: number): number {
  return chars * COLUMN_UNIT_PT;
}

/**
 * Room a cell keeps around its text, left and right together. LibreOffice keeps 2 pt (measured on the
 * sample's every text at six widths: wrapped lines then match ours exactly); half a point more is kept for
 * Excel's pixel-rounded glyphs, and still no text is estimated more than a line longer than LibreOffice
 * wraps it (the render test checks both).
 */
export const CELL_PADDING_PT = 2.5;

/** Width in points of the text box of a cell (or merged area) `chars` wide. */
export function textBoxWidth(chars: number): number {
  return Math.max(1, columnWidthPoints(chars) - CELL_PADDING_PT);
}

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Excel's longest cell text, in characters (UTF-16 code units). */
export const MAX_CELL_CHARS = 32767;

/**
 * Points per wrapped line: Excel's row height for one line of the font, whole pixels at 96 dpi
 * (Times New Roman 12 -> 15.75, 14 -> 18.75; Calibri 11 -> 15). LibreOffice spaces lines closer (13.3 pt at
 * 12 pt), so a row fits there too.
 */
export function linePitch(fontSize: number): number {
  return Math.ceil((fontSize * 1.31) / 0.75) * 0.75;
}

/** Space under the last line of a cell, in points. */
export const ROW_PADDING_PT = 1.5;

/** Height in points of a row showing `lines` lines, within Excel's limit. */
export function rowHeightForLines(lines: number, fontSize = 12): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(1, lines) * linePitch(fontSize) + ROW_PADDING_PT);
}

/** Lines a row of `height` points can show (at least one). */
export function linesInHeight(height: number, fontSize = 12): number {
  return Math.max(1, Math.floor((Math.min(height, MAX_ROW_HEIGHT) - ROW_PADDING_PT) / linePitch(fontSize)));
}

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 };

/** Print margins in inches: narrow for the wide table; the page number sits in the bottom one. */
export const PRINT_MARGINS: NonNullable<PrintSetup['margins']> = {
  left: 0.4,
  right: 0.4,
  top: 0.5,
  bottom: 0.5,
};
/** Distance of the footer from the paper's edge, in inches (within the bottom margin). */
export const FOOTER_MARGIN = 0.3;

/** The area between the margins, in points. */
export function printableArea(orientation: PrintSetup['orientation']): { width: number; height: number } {
  const paper = orientation === 'landscape' ? { width: A4.height, height: A4.width } : A4;
  const m = PRINT_MARGINS;
  return { width: paper.width - (m.left + m.right) * 72, height: paper.height - (m.top + m.bottom) * 72 };
}

/**
 * Share of a page the layout fills. Excel prints the area between the margins (LibreOffice a little more);
 * Excel also scales printed rows by its screen and printer fonts' ratio, so some room is kept free.
 */
export const PAGE_FILL = 0.97;
