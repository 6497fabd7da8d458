// Formats and layout: range formats and borders, freeze panes, page layout (a zoom scale prints, fit-to-pages
// does not: office-js#1860). Conditional formats and data validation are in rules.ts, charts in charts.ts.
import { FakeOfficeError } from './errors';
import { editable, FakeContext, jsonBytes, notLoadedThrow, setter } from './context';
import type { Box, CellFormat, CellModel, SheetModel } from './model';
import type { RangeLike } from './ranges';
import type { FakeWorksheet } from './sheets';

const EDGES: Record<string, (r: number, c: number, b: Box) => (keyof CellFormat['borders'])[]> = {
  EdgeTop: (r, _c, b) => (r === b.top ? ['top'] : []),
  EdgeBottom: (r, _c, b) => (r === b.bottom ? ['bottom'] : []),
  EdgeLeft: (_r, c, b) => (c === b.left ? ['left'] : []),
  EdgeRight: (_r, c, b) => (c === b.right ? ['right'] : []),
  InsideHorizontal: (r, _c, b) => [
    ...(r > b.top ? ['top' as const] : []),
    ...(r < b.bottom ? ['bottom' as const] : []),
  ],
  InsideVertical: (_r, c, b) => [
    ...(c > b.left ? ['left' as const] : []),
    ...(c < b.right ? ['right' as const] : []),
  ],
};

/** RangeFormat of a Range or of RangeAreas: every property set is one queued call applied to every cell. */
export class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: { color: string; clear(): void };
  readonly borders: { getItem(edge: string): { style: string; weight: string; color: string } };
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: RangeLike,
  ) {
    ctx.path();
    const each = (f: (cell: CellModel, r: number, c: number, box: Box) => void, bytes: number): void => {
      // Whole rows or columns: Excel formats them, the fake does not materialise a million cells.
      if (range.isUnbounded()) ctx.enqueue(() => editable(range.ws.sheet()), bytes);
      else range.eachCell(f, bytes);
    };
    const prop = <K extends keyof CellFormat>(key: K) => ({
      set: (v: CellFormat[K]) => each((cell) => (cell.format[key] = v), jsonBytes(v)),
      get: (): never => notLoadedThrow(String(key)),
      enumerable: true,
    });
    this.font = Object.defineProperties(
      {},
      {
        name: prop('fontName'),
        size: prop('fontSize'),
        bold: prop('bold'),
        italic: prop('italic'),
        color: prop('fontColor'),
      },
    );
    this.fill = Object.defineProperties(
      { clear: () => each((cell) => (cell.format.fill = null), 0) },
      { color: prop('fill') },
    ) as { color: string; clear(): void };
    this.borders = {
      getItem: (edge: string) => {
        ctx.path(jsonBytes(edge));
        const sides = EDGES[edge];
        if (!sides) throw new FakeOfficeError('InvalidArgument', `Unknown border ${edge}`);
        const setStyle = (v: string): void =>
          each((cell, r, c, box) => {
            for (const side of sides(r, c, box)) cell.format.borders[side] = v;
          }, jsonBytes(v));
        return Object.defineProperties(
          {},
          {
            style: { set: setStyle, get: () => notLoadedThrow('style') },
            weight: setter(ctx, 'weight', () => undefined),
            color: setter(ctx, 'color', () => undefined),
          },
        ) as { style: string; weight: string; color: string };
      },
    };
  }
  set wrapText(v: boolean) {
    this.apply((cell) => (cell.format.wrap = v), v);
  }
  set horizontalAlignment(v: string) {
    this.apply((cell) => (cell.format.horizontal = v), v);
  }
  set verticalAlignment(v: string) {
    this.apply((cell) => (cell.format.vertical = v), v);
  }
  private apply(f: (cell: CellModel) => void, v: unknown): void {
    if (this.range.isUnbounded()) this.ctx.enqueue(() => editable(this.range.ws.sheet()), jsonBytes(v));
    else this.range.eachCell(f, jsonBytes(v));
  }
  set columnWidth(v: number) {
    this.range.withSheet((sheet, box) => {
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, v);
    }, jsonBytes(v));
  }
  set rowHeight(v: number) {
    this.range.withSheet((sheet, box) => {
      if (box.bottom - box.top > 100_000) throw new Error('fake Excel: refusing to size a million rows');
      for (let r = box.top; r <= box.bottom; r++) sheet.rowHeights.set(r, v);
    }, jsonBytes(v));
  }
}

export class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    ctx.path();
  }
  freezeRows(n: number): void {
    this.ctx.requireApi(7, 'freezePanes');
    this.ctx.enqueue(() => (editable(this.ws.sheet()).freezeRows = n), jsonBytes(n));
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9). `zoom` is kept; fit-to-pages has no effect (office-js#1860). */
export class FakePageLayout {
  readonly headersFooters: { defaultForAllPages: { centerFooter: string } };
  constructor(
    readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    context.path();
    context.requireApi(9, 'pageLayout');
    this.headersFooters = {
      defaultForAllPages: Object.defineProperty(
        {},
        'centerFooter',
        setter(
          context,
          'centerFooter',
          (v: string) => (editable(this.ws.sheet()).pageLayout.centerFooter = v),
        ),
      ) as { centerFooter: string },
    };
    const props: [string, (s: SheetModel, v: never) => void][] = [
      ['orientation', (s, v) => (s.pageLayout.orientation = v)],
      ['paperSize', (s, v) => (s.pageLayout.paperSize = v)],
      ['zoom', (s, v) => (s.pageLayout.zoom = v)],
      ['leftMargin', (s, v) => (s.pageLayout.margins.left = v)],
      ['rightMargin', (s, v) => (s.pageLayout.margins.right = v)],
      ['topMargin', (s, v) => (s.pageLayout.margins.top = v)],
      ['bottomMargin', (s, v) => (s.pageLayout.margins.bottom = v)],
      ['footerMargin', (s, v) => (s.pageLayout.margins.footer = v)],
    ];
    for (const [name, apply] of props)
      Object.defineProperty(
        this,
        name,
        setter(context, name, (v: never) => apply(editable(this.ws.sheet()), v)),
      );
  }
  setPrintTitleRows(address: string): void {
    this.context.enqueue(
      () => (editable(this.ws.sheet()).pageLayout.printTitleRows = address),
      jsonBytes(address),
    );
  }
}

/** What cells a new chart takes from its source, decided from their contents when the chart is added. */
