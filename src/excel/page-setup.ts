// The print setup of a generated sheet through Office.js, as its SheetSpec says: A4, orientation, the scale
// the layout was computed for (or fit to width), margins, page-number footer, the repeated header row and
// the manual page breaks the layout placed. All of it is ExcelApi 1.9 (pageLayout, horizontalPageBreaks);
// the caller skips it on an older Excel, which then prints with its own defaults. Queued, never synced.
import type { PrintSetup } from '../core/report/sheet-spec';
import { FOOTER_MARGIN } from '../core/report/page-geometry';

export function queuePageSetup(ws: Excel.Worksheet, p: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // A sheet printed "fit to" ignores manual page breaks, so a scale comes with them.
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
  for (const row of p.breaks ?? []) if (row > 0) ws.horizontalPageBreaks.add(`A${row + 1}`);
}
