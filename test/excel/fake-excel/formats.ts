// Formats and layout: range formats and borders, conditional formats (ids are priority positions), data
// validation, freeze panes, page layout (zoom stored, never applied) and charts (series decided from the
// cells when the chart is added).
import { FakeOfficeError } from './errors';
import { editable, FakeContext, FakeObject, jsonBytes, notLoadedThrow, parseLoad, setter } from './context';
import {
  type Box,
  cellKey,
  type CellFormat,
  type CellModel,
  type ChartModel,
  type ConditionalFormatModel,
  intersects,
  parseAddress,
  type SeriesModel,
  type SheetModel,
} from './model';
import type { FakeRange, RangeLike } from './ranges';
import type { FakeWorksheet } from './workbook';

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

// ---- Conditional formats -----------------------------------------------------------------------------

/** The sheet's rules touching `target`, in priority order: Excel's ids are positions in this list. */
function rulesOf(range: RangeLike): { sheet: SheetModel; rules: ConditionalFormatModel[] } {
  const sheet = range.ws.sheet();
  const boxes = range.boxes();
  return {
    sheet,
    rules: sheet.conditionalFormats.filter((cf) =>
      cf.ranges.some((r) => boxes.some((b) => intersects(r, b))),
    ),
  };
}

export class FakeConditionalFormatCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: RangeLike,
  ) {
    super(ctx);
    ctx.requireApi(6, 'conditionalFormats');
  }
  protected resolveTarget(): unknown {
    return this.range.boxes();
  }
  protected snapshot(): unknown {
    return undefined;
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    const list = parseLoad(props)
      .map((p) => p.replace(/^items\/?/, ''))
      .filter(Boolean);
    this.context.enqueue(() => {
      const { rules } = rulesOf(this.range);
      const items = rules.map((_, i) => {
        const item = new FakeConditionalFormat(
          this.context,
          this.range,
          () => rulesOf(this.range).rules[i] ?? null,
          String(i),
          true,
        );
        item.fill(list);
        return item;
      });
      this.context.host.responseBytes += jsonBytes(items.map((i) => i.loadedJson()));
      this.loaded.set('items', items);
    }, jsonBytes(list));
    return this;
  }
  get items(): FakeConditionalFormat[] {
    return this.read('items');
  }
  /** "Adds a new conditional format to the collection at the first/top priority": every id moves up by one. */
  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatModel | null = null;
    this.context.enqueue(() => {
      const sheet = editable(this.range.ws.sheet());
      created = {
        type,
        ranges: this.range.boxes().map((b) => ({ ...b })),
        formula: null,
        fill: null,
        fontColor: null,
      };
      sheet.conditionalFormats.unshift(created);
    }, jsonBytes(type));
    return new FakeConditionalFormat(this.context, this.range, () => created, '0');
  }
  /** By id, that is by position at the time the request runs (not when the id was read). */
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      this.range,
      () => rulesOf(this.range).rules[Number(id)] ?? null,
      id,
    );
  }
  getItemAt(index: number): FakeConditionalFormat {
    return this.getItem(String(index));
  }
  clearAll(): void {
    this.context.enqueue(() => {
      const { sheet, rules } = rulesOf(this.range);
      editable(sheet).conditionalFormats = sheet.conditionalFormats.filter((cf) => !rules.includes(cf));
    });
  }
}

export class FakeConditionalFormat extends FakeObject {
  readonly custom: {
    rule: { formula: string; load(p: string): void };
    format: { fill: { color: string }; font: { color: string } };
  };
  constructor(
    ctx: FakeContext,
    private readonly range: RangeLike,
    private readonly resolve: () => ConditionalFormatModel | null,
    private readonly idAtLoad: string,
    silent = false,
  ) {
    super(ctx, false, silent);
    const rule = {
      load: (p: string) => {
        ctx.enqueue(() => {
          if (p !== 'formula') throw new FakeOfficeError('InvalidArgument', `Rule has no property ${p}`);
          this.loaded.set('custom/rule/formula', this.customRule().formula);
        });
      },
    };
    Object.defineProperty(rule, 'formula', {
      set: (v: string) => ctx.enqueue(() => (this.customRule().formula = v), jsonBytes(v)),
      get: () => this.read<string>('custom/rule/formula'),
    });
    this.custom = {
      rule: rule as { formula: string; load(p: string): void },
      format: {
        fill: Object.defineProperty({}, 'color', {
          set: (v: string) => ctx.enqueue(() => (this.customRule().fill = v), jsonBytes(v)),
          get: () => notLoadedThrow('color'),
        }) as { color: string },
        font: Object.defineProperty({}, 'color', {
          set: (v: string) => ctx.enqueue(() => (this.customRule().fontColor = v), jsonBytes(v)),
          get: () => notLoadedThrow('color'),
        }) as { color: string },
      },
    };
  }
  /** `custom` is only valid on a Custom rule (use customOrNullObject otherwise). */
  private customRule(): ConditionalFormatModel {
    const cf = this.target<ConditionalFormatModel>();
    if (cf.type !== 'Custom')
      throw new FakeOfficeError('InvalidOperation', 'The conditional format is not of type Custom.');
    return cf;
  }
  fill(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.snapshot(p));
  }
  loadedJson(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
  protected resolveTarget(): unknown {
    return this.resolve();
  }
  protected snapshot(prop: string): unknown {
    const cf = this.target<ConditionalFormatModel>();
    if (prop === 'id') return this.idAtLoad;
    if (prop === 'type') return cf.type;
    if (prop === 'priority') return this.range.ws.sheet().conditionalFormats.indexOf(cf);
    if (prop === 'custom/rule/formula') return this.customRule().formula;
    if (prop === 'customOrNullObject/rule/formula') return cf.type === 'Custom' ? cf.formula : null;
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormat has no loadable property ${prop}`);
  }
  get id(): string {
    return this.read('id');
  }
  get type(): string {
    return this.read('type');
  }
  get priority(): number {
    return this.read('priority');
  }
  get customOrNullObject(): { rule: { formula: string | null } } {
    return { rule: { formula: this.read<string | null>('customOrNullObject/rule/formula') } };
  }
  delete(): void {
    this.context.enqueue(() => {
      const cf = this.target<ConditionalFormatModel>();
      const sheet = editable(this.range.ws.sheet());
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }
}

// ---- Data validation ---------------------------------------------------------------------------------

const VALIDATION_TYPE: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

/** DataValidation (ExcelApi 1.8); `type` spelt as Excel's DataValidationType enum spells it. */
export class FakeDataValidation extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
    ctx.requireApi(8, 'dataValidation');
  }
  protected resolveTarget(): unknown {
    return this.range.box();
  }
  protected snapshot(prop: string): unknown {
    if (prop !== 'type')
      throw new FakeOfficeError('InvalidArgument', `DataValidation has no loadable property ${prop}`);
    const box = this.range.box();
    const hits = this.range.ws.sheet().validations.filter((v) => intersects(v.box, box));
    if (!hits.length) return 'None';
    const covered = (r: number, c: number): boolean =>
      hits.some((h) => r >= h.box.top && r <= h.box.bottom && c >= h.box.left && c <= h.box.right);
    let all = true;
    for (let r = box.top; r <= box.bottom && all; r++)
      for (let c = box.left; c <= box.right && all; c++) all = covered(r, c);
    if (!all) return 'MixedCriteria'; // "data validation present on some but not all cells"
    const kinds = new Set(hits.map((h) => VALIDATION_TYPE[Object.keys(h.rule as object)[0]] ?? 'Custom'));
    return kinds.size === 1 ? [...kinds][0] : 'Inconsistent'; // "different rules on different cells"
  }
  get type(): string {
    return this.read('type');
  }
  set rule(rule: unknown) {
    this.range.withSheet((sheet, box) => {
      if (sheet.validations.some((v) => intersects(v.box, box))) {
        throw new FakeOfficeError(
          'InvalidOperation',
          'The range already has a data validation rule; clear it first.',
        );
      }
      sheet.validations.push({ box, rule: JSON.parse(JSON.stringify(rule)) as unknown });
    }, jsonBytes(rule));
  }
  set errorAlert(alert: unknown) {
    this.range.withSheet((sheet, box) => {
      const v = sheet.validations.find((x) => JSON.stringify(x.box) === JSON.stringify(box));
      if (v) v.errorAlert = alert;
    }, jsonBytes(alert));
  }
  clear(): void {
    this.range.withSheet((sheet, box) => {
      sheet.validations = sheet.validations.filter((v) => !intersects(v.box, box));
    });
  }
}

// ---- Page layout and charts --------------------------------------------------------------------------

/** Worksheet.pageLayout (ExcelApi 1.9). `zoom` is kept but has no effect (office-js#1860). */
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
function seriesFromCells(sheet: SheetModel, box: Box): SeriesModel[] {
  const isText = (r: number, c: number): boolean => {
    const v = sheet.cells.get(cellKey(r, c))?.value;
    return typeof v === 'string' && v !== '';
  };
  const cols = Array.from({ length: box.right - box.left + 1 }, (_, i) => box.left + i);
  const labelColumn =
    cols.length > 1 &&
    cols.slice(0, 1).some((c) => {
      for (let r = box.top; r <= box.bottom; r++) if (isText(r, c)) return true;
      return false;
    });
  const valueCols = labelColumn ? cols.slice(1) : cols;
  return valueCols.map((c) => ({
    name: null,
    values: { top: box.top, bottom: box.bottom, left: c, right: c },
    categories: labelColumn ? { top: box.top, bottom: box.bottom, left: box.left, right: box.left } : null,
  }));
}

export class FakeChartCollection {
  constructor(
    readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    context.path();
  }
  add(type: string, source: FakeRange, seriesBy?: string): FakeChart {
    const chart: ChartModel = { type, title: null, anchor: null, series: [] };
    this.context.enqueue(
      () => {
        const sheet = editable(this.ws.sheet());
        if (seriesBy && seriesBy !== 'Columns' && seriesBy !== 'Auto')
          throw new FakeOfficeError('InvalidArgument', 'The fake models series by columns only.');
        chart.series = seriesFromCells(sheet, source.box());
        sheet.charts.push(chart);
      },
      jsonBytes([type, seriesBy]),
    );
    return new FakeChart(this.context, this.ws, chart);
  }
}

export class FakeChartSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly get: () => SeriesModel,
  ) {
    ctx.path();
    Object.defineProperty(
      this,
      'name',
      setter(ctx, 'name', (v: string) => (this.get().name = v)),
    );
  }
  setValues(range: FakeRange): void {
    this.ctx.requireApi(7, 'ChartSeries.setValues');
    this.ctx.enqueue(() => (this.get().values = range.box()));
  }
  setXAxisValues(range: FakeRange): void {
    this.ctx.requireApi(7, 'ChartSeries.setXAxisValues');
    this.ctx.enqueue(() => (this.get().categories = range.box()));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const chart = this.ws.sheet().charts.find((c) => c.series.includes(this.get()));
      if (chart) chart.series.splice(chart.series.indexOf(this.get()), 1);
    });
  }
}

export class FakeChart {
  readonly title: { text: string };
  readonly series: { getItemAt(i: number): FakeChartSeries; add(name?: string): FakeChartSeries };
  constructor(
    readonly context: FakeContext,
    ws: FakeWorksheet,
    private readonly chart: ChartModel,
  ) {
    this.title = Object.defineProperty(
      {},
      'text',
      setter(context, 'text', (v: string) => (chart.title = v)),
    ) as {
      text: string;
    };
    this.series = {
      getItemAt: (i: number) =>
        new FakeChartSeries(context, ws, () => {
          const s = chart.series[i];
          if (!s) throw new FakeOfficeError('ItemNotFound', `The chart has no series ${i}.`);
          return s;
        }),
      add: (name?: string) => {
        const created: SeriesModel = { name: name ?? null, values: null, categories: null };
        context.enqueue(() => chart.series.push(created), jsonBytes(name));
        return new FakeChartSeries(context, ws, () => created);
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.context.enqueue(
      () => {
        const a = parseAddress(start);
        const b = end ? parseAddress(end) : a;
        this.chart.anchor = { top: a.top, left: a.left, bottom: b.bottom, right: b.right };
      },
      jsonBytes([start, end]),
    );
  }
}
