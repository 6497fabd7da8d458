// Charts: a new chart's series are decided from its source cells when it is added (empty cells give no
// labels), as Excel decides them; series point at cells and plot what those cells hold.
import { FakeOfficeError } from './errors';
import { editable, FakeContext, jsonBytes, setter } from './context';
import { type Box, cellKey, type ChartModel, parseAddress, type SeriesModel, type SheetModel } from './model';
import type { FakeRange } from './ranges';
import type { FakeWorksheet } from './sheets';

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
