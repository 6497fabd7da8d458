// The print setup of a generated sheet through Office.js, as its SheetSpec says: A4, orientation, the scale
// the layout was computed for (or fit to width), margins, page-number footer, the repeated header row and
// the manual page breaks the layout placed. All of it is ExcelApi 1.9 (pageLayout, horizontalPageBreaks);
// the caller skips it on an older Excel, which then prints with its own defaults. Queued, never synced.
import type { PrintSetup, SheetSpec } from '../core/report/sheet-spec';
import { A4, columnWidthPoints, FOOTER_MARGIN, PRINT_MARGINS } from '../core/report/page-geometry';

export function queuePageSetup(ws: Excel.Worksheet, p: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // A sheet printed "fit to" ignores manual page breaks, so a scale comes with them. Fit-to-pages is only a
  // hint (Excel applies it in Page Layout view alone, office-js#1860): fittedWidths makes the columns fit.
  if (p.scale !== undefined) layout.zoom = { scale: p.scale };
  else if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.from}:$${p.repeatRows.to}`);
  if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
  if (p.margins) {
    // Page layout margins are in points; the spec's are inches.
    layout.leftMargin = p.margins.left * 72;
    layout.rightMargin = p.margins.right * 72;
    layout.topMargin = p.margins.top * 72;
    layout.bottomMargin = p.margins.bottom * 72;
    layout.footerMargin = FOOTER_MARGIN * 72;
  }
  // "Adds a page break before the top-left cell of the range specified" (PageBreakCollection.add): one
  // operation a printed page, at most 1,026 (the spec never holds more).
  const breaks = (p.breaks ?? []).filter((row) => row > 0);
  if (breaks.length) {
    const collection = ws.horizontalPageBreaks;
    for (const row of breaks) collection.add(`A${row + 1}`);
  }
}

/**
 * Column widths in points as the spec gives them (the core's unit: 7 px a character). A spec that prints at
 * a `scale` was laid out for it, and Excel applies a scale; a spec that asks only to fit the page wide gets
 * its widths narrowed to the printable width instead, since Excel ignores fit-to-pages outside the Page
 * Layout view (office-js#1860: `zoom = { horizontalFitToPages: 1 }` is not applied, `{ scale }` is).
 */
export function fittedWidths(spec: SheetSpec): number[] {
  const points = spec.columnWidths.map((w) => (w > 0 ? charsToPoints(w) : 0));
  const p = spec.print;
  if (p.scale !== undefined || !p.fitToWidth) return points;
  const paper = p.orientation === 'landscape' ? A4.height : A4.width;
  const m = p.margins ?? PRINT_MARGINS;
  const printable = (paper - (m.left + m.right) * 72) * 0.99;
  const total = points.reduce((a, b) => a + (b || 48), 0);
  if (total <= printable) return points;
  const scale = printable / total;
  return points.map((w) => (w > 0 ? Math.floor(w * scale * 4) / 4 : 0));
}

/** A SheetSpec width (characters of Calibri 11: 7 px, as an .xlsx counts them) in the points Office.js wants. */
export function charsToPoints(chars: number): number {
  return Math.round(columnWidthPoints(chars) * 100) / 100;
}
