// The printed page of a generated sheet: A4, the spec's orientation, margins, title rows and footer, and
// column widths that fit one page wide at 100 % by themselves.
import type { SheetSpec } from '../core/report/sheet-spec';

/**
 * Excel measures column width in characters of the default font (Calibri 11: 7 px per character plus 5 px
 * padding); Office.js wants points (0.75 pt per px at 96 dpi). So points = (characters × 7 + 5) × 0.75.
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Paper width in points by orientation (A4: 210 × 297 mm). */
const A4 = { portrait: 595.28, landscape: 841.89 };
/** Excel's "Normal" margins, when the spec gives none: 0.7 in. */
const DEFAULT_MARGIN_IN = 0.7;

/**
 * Column widths in points that print on one page wide at 100 %: Excel ignores `pageLayout.zoom` unless the
 * Page Layout view is open (office-js#1860), so when the spec asks to fit the width, the widths themselves
 * are narrowed to the printable width (paper less margins, less 1 % for rounding) when they exceed it.
 */
export function fittedWidths(spec: SheetSpec): number[] {
  const points = spec.columnWidths.map((w) => (w > 0 ? charsToPoints(w) : 0));
  if (!spec.print.fitToWidth) return points;
  const m = spec.print.margins;
  const margins = m ? (m.left + m.right) * 72 : 2 * DEFAULT_MARGIN_IN * 72;
  const printable = (A4[spec.print.orientation] - margins) * 0.99;
  const total = points.reduce((a, b) => a + (b || 48), 0);
  if (total <= printable) return points;
  const scale = printable / total;
  return points.map((p) => (p > 0 ? Math.floor(p * scale * 4) / 4 : 0));
}

export function queuePrint(ws: Excel.Worksheet, spec: SheetSpec): void {
  const p = spec.print;
  const layout = ws.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // Only a hint: Excel applies it in Page Layout view alone (office-js#1860); the widths fit by themselves.
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.from}:$${p.repeatRows.to}`);
  if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  if (p.margins) {
    // Page layout margins are in points; the spec's are inches.
    layout.leftMargin = p.margins.left * 72;
    layout.rightMargin = p.margins.right * 72;
    layout.topMargin = p.margins.top * 72;
    layout.bottomMargin = p.margins.bottom * 72;
  }
}
