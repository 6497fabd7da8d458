// What a test looks at, as Excel would show it: rules with their ids, charts with what they plot, and the
// pages a printout takes (A4, at 100 %: zoom is not applied, office-js#1860).
import type { FakeValue } from './limits';
import { type Box, cellKey, formatAddress, type SheetModel, usedBox } from './model';

/** Conditional formats of a sheet as the reference describes them: id = priority position. */
export function rulesOf(
  sheet: SheetModel,
): { id: string; type: string; formula: string | null; fill: string | null; ranges: string[] }[] {
  return sheet.conditionalFormats.map((cf, i) => ({
    id: String(i),
    type: cf.type,
    formula: cf.formula,
    fill: cf.fill,
    ranges: cf.ranges.map((b) => formatAddress(sheet.name, b).split('!')[1]),
  }));
}

/** Each chart's series as Excel would plot them now: labels and numbers read from the cells they point at. */
export function chartDataOf(
  sheet: SheetModel,
): { title: string | null; series: { categories: FakeValue[]; values: FakeValue[] }[] }[] {
  const read = (b: Box | null): FakeValue[] => {
    if (!b) return [];
    const out: FakeValue[] = [];
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) out.push(sheet.cells.get(cellKey(r, c))?.value ?? '');
    return out;
  };
  return sheet.charts.map((c) => ({
    title: c.title,
    series: c.series.map((s) => ({ categories: read(s.categories), values: read(s.values) })),
  }));
}

/**
 * Pages across a printout of the sheet's columns from A to the last used one. A zoom `scale` applies;
 * fit-to-pages does not (office-js#1860: Excel ignores `horizontalFitToPages` unless Page Layout view is
 * open, while `{ scale }` is set). A4, in points; unset columns are Excel's default 8.43 characters (48 pt);
 * unset margins Excel's Normal 0.7 in.
 */
export function pagesWide(sheet: SheetModel): number {
  const box = usedBox(sheet);
  if (!box) return 0;
  let width = 0;
  for (let c = 0; c <= box.right; c++) width += sheet.columnWidths.get(c) ?? 48;
  const layout = sheet.pageLayout;
  const zoom = layout.zoom as { scale?: number } | null;
  if (typeof zoom?.scale === 'number') width = (width * zoom.scale) / 100;
  const paper = layout.orientation === 'Landscape' ? 841.89 : 595.28;
  const printable = paper - (layout.margins.left ?? 50.4) - (layout.margins.right ?? 50.4);
  return Math.ceil(width / printable);
}
