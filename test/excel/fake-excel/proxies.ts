// Proxy objects that behave like Office.js where add-in bugs hide: every change and every load is queued
// and applied only by `context.sync()`; a property read before it was loaded and synced throws
// PropertyNotLoaded; a `getItem` of a missing item fails at sync (ItemNotFound); a write to a protected
// sheet fails (InvalidOperation); a 2-D array that does not fit its range fails (InvalidArgument).
import { FakeOfficeError, notLoaded } from './errors';
import {
  cellKey,
  DEFAULT_FORMAT,
  formatAddress,
  intersects,
  newSheet,
  parseAddress,
  usedBox,
  type Box,
  type CellFormat,
  type CellModel,
  type FakeValue,
  type SheetModel,
  type WorkbookModel,
} from './model';

/** UTF-8 size of a request's text; TextEncoder works in Node and in the browser stand-in alike. */
const encoder = new TextEncoder();
const utf8Bytes = (text: string): number => encoder.encode(text).length;

export interface Op {
  apply: () => void;
  /** Estimated request bytes (values written), for the payload limit. */
  bytes: number;
}

export type ChangeHandler = (args: Record<string, unknown>) => Promise<unknown> | void;

/** What the contexts share: the workbook, the sync counter, faults and event handlers. */
export interface FakeHost {
  wb: WorkbookModel;
  sync(ctx: FakeContext): Promise<void>;
  handlers: Map<string, Set<ChangeHandler>>;
  /** Sheets whose values a sync changed, for onChanged. */
  touched: Set<string>;
  /** Bytes of loaded data in the sync being applied (Excel on the web refuses a response above 5 MB). */
  responseBytes: number;
  suspended: { calculation: number; screenUpdating: number };
}

export class FakeContext {
  queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }
  enqueue(apply: () => void, bytes = 0): void {
    this.queue.push({ apply, bytes });
  }
  sync(): Promise<void> {
    return this.host.sync(this);
  }
  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

function parseLoad(props?: string | string[]): string[] {
  if (!props) return [];
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

abstract class FakeObject {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  constructor(
    readonly context: FakeContext,
    private readonly nullable = false,
  ) {
    if (nullable) context.enqueue(() => (this.nullState = this.resolveTarget() === null));
  }
  protected abstract resolveTarget(): unknown;
  protected abstract snapshot(prop: string): unknown;
  protected target<T>(): T {
    const t = this.resolveTarget();
    if (t === null) {
      throw new FakeOfficeError(
        this.nullable ? 'InvalidObjectPath' : 'ItemNotFound',
        this.nullable ? 'The object is a null object.' : 'The requested resource does not exist.',
      );
    }
    return t as T;
  }
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }
  load(props?: string | string[]): this {
    const list = parseLoad(props);
    this.context.enqueue(() => {
      if (this.nullable && this.resolveTarget() === null) {
        for (const p of list) this.loaded.set(p, null);
        return;
      }
      this.target();
      for (const p of list) {
        const value = this.snapshot(p);
        if (Array.isArray(value)) this.context.host.responseBytes += utf8Bytes(JSON.stringify(value));
        this.loaded.set(p, value);
      }
    });
    return this;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }
}

function editable(sheet: SheetModel): SheetModel {
  if (sheet.protected) {
    throw new FakeOfficeError('InvalidOperation', 'The cell or chart you are trying to change is protected.');
  }
  return sheet;
}

/** Workbook structure protection refuses adding, deleting and renaming sheets. */
function structure(wb: WorkbookModel): void {
  if (wb.structureProtected) {
    throw new FakeOfficeError('InvalidOperation', 'The workbook structure is protected.');
  }
}

function checkName(wb: WorkbookModel, name: string, self?: SheetModel): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
    throw new FakeOfficeError('InvalidArgument', `The sheet name '${name}' is not valid.`);
  }
  const clash = wb.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash)
    throw new FakeOfficeError(
      'ItemAlreadyExists',
      'A resource with the same name or identifier already exists.',
    );
}

// ---- Workbook, application, settings ---------------------------------------------------------------

export class FakeWorkbook extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.application = new FakeApplication(ctx);
  }
  protected resolveTarget(): unknown {
    return this.context.host.wb;
  }
  protected snapshot(): unknown {
    return undefined;
  }
}

export class FakeApplication extends FakeObject {
  protected resolveTarget(): unknown {
    return this.context.host.wb;
  }
  protected snapshot(): unknown {
    return undefined;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(() => this.context.host.suspended.calculation++);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue(() => this.context.host.suspended.screenUpdating++);
  }
}

export class FakeSettingCollection extends FakeObject {
  protected resolveTarget(): unknown {
    return this.context.host.wb.settings;
  }
  protected snapshot(): unknown {
    return undefined;
  }
  add(key: string, value: unknown): FakeSetting {
    // Office stores settings as JSON: what goes in comes back as a copy.
    const stored = JSON.parse(JSON.stringify(value)) as unknown;
    this.context.enqueue(
      () => this.context.host.wb.settings.set(key, stored),
      utf8Bytes(JSON.stringify(value)),
    );
    return new FakeSetting(this.context, key, false);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key, true);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, key, false);
  }
}

export class FakeSetting extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly key: string,
    nullable: boolean,
  ) {
    super(ctx, nullable);
  }
  protected resolveTarget(): unknown {
    const s = this.context.host.wb.settings;
    return s.has(this.key) ? { value: s.get(this.key) } : null;
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'value')
      return JSON.parse(JSON.stringify(this.target<{ value: unknown }>().value)) as unknown;
    if (prop === 'key') return this.key;
    throw new FakeOfficeError('InvalidArgument', `Setting has no property ${prop}`);
  }
  get value(): unknown {
    return this.read('value');
  }
  delete(): void {
    this.context.enqueue(() => {
      this.target();
      this.context.host.wb.settings.delete(this.key);
    });
  }
}

// ---- Worksheets -----------------------------------------------------------------------------------

function findSheet(wb: WorkbookModel, key: string): SheetModel | null {
  return wb.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()) ?? null;
}

export class FakeWorksheetCollection extends FakeObject {
  protected resolveTarget(): unknown {
    return this.context.host.wb.sheets;
  }
  protected snapshot(prop: string): unknown {
    if (!prop.startsWith('items')) throw new FakeOfficeError('InvalidArgument', `Unknown property ${prop}`);
    return null;
  }
  override load(props?: string | string[]): this {
    const list = parseLoad(props)
      .map((p) => p.replace(/^items\/?/, ''))
      .filter(Boolean);
    this.context.enqueue(() => {
      const items = this.context.host.wb.sheets.map((s) => {
        const id = s.id;
        const ws = new FakeWorksheet(this.context, () => findSheet(this.context.host.wb, id));
        ws.fill(list.length ? list : ['name', 'id', 'visibility', 'position']);
        return ws;
      });
      this.loaded.set('items', items);
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.host.wb, key), false);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.host.wb, key), true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => this.context.host.wb.sheets.find((s) => s.id === this.context.host.wb.activeSheetId) ?? null,
      false,
    );
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.context.enqueue(() => {
      const wb = this.context.host.wb;
      structure(wb);
      const n = name ?? `Sheet${wb.sheets.length + 1}`;
      checkName(wb, n);
      created = newSheet(wb, n);
      wb.sheets.push(created);
    });
    return new FakeWorksheet(this.context, () =>
      created && this.context.host.wb.sheets.includes(created) ? created : null,
    );
  }
}

export class FakeWorksheet extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => SheetModel | null,
    nullable = false,
  ) {
    super(ctx, nullable);
  }
  /** Items of a loaded collection arrive with their properties already loaded. */
  fill(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.snapshot(p));
  }
  protected resolveTarget(): SheetModel | null {
    return this.resolve();
  }
  protected snapshot(prop: string): unknown {
    const s = this.target<SheetModel>();
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'visibility':
        return s.visibility;
      case 'position':
        return this.context.host.wb.sheets.indexOf(s);
      default:
        throw new FakeOfficeError('InvalidArgument', `Worksheet has no property ${prop}`);
    }
  }
  sheet(): SheetModel {
    return this.target<SheetModel>();
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.context.enqueue(() => {
      const s = this.sheet();
      structure(this.context.host.wb);
      checkName(this.context.host.wb, value, s);
      s.name = value;
    });
  }
  get id(): string {
    return this.read('id');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  get position(): number {
    return this.read('position');
  }
  get customProperties(): FakeCustomPropertyCollection {
    return new FakeCustomPropertyCollection(this.context, this);
  }
  get freezePanes(): { freezeRows(n: number): void } {
    return {
      freezeRows: (n: number) => this.context.enqueue(() => (editable(this.sheet()).freezeRows = n)),
    };
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, this);
  }
  /** Manual page breaks (ExcelApi 1.9): `add` puts one before the range's top row. */
  get horizontalPageBreaks(): { add(range: string): void } {
    return {
      add: (range: string) =>
        this.context.enqueue(() => editable(this.sheet()).pageLayout.rowBreaks.push(parseAddress(range).top)),
    };
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, this);
  }
  get onChanged(): { add(h: ChangeHandler): FakeEventHandlerResult } {
    return {
      add: (h: ChangeHandler) => {
        const result = new FakeEventHandlerResult(this.context);
        this.context.enqueue(() => {
          const id = this.sheet().id;
          const set = this.context.host.handlers.get(id) ?? new Set<ChangeHandler>();
          set.add(h);
          this.context.host.handlers.set(id, set);
          result.unregister = () => set.delete(h);
        });
        return result;
      },
    };
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, () =>
      address ? parseAddress(address) : parseAddress('A1:XFD1048576'),
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.context, this, () => usedBox(this.sheet()), true);
  }
  activate(): void {
    this.context.enqueue(() => (this.context.host.wb.activeSheetId = this.sheet().id));
  }
  delete(): void {
    this.context.enqueue(() => {
      const wb = this.context.host.wb;
      const s = this.sheet();
      structure(wb);
      if (wb.sheets.filter((x) => x.visibility === 'Visible').length <= 1 && s.visibility === 'Visible') {
        throw new FakeOfficeError(
          'InvalidOperation',
          'A workbook must contain at least one visible worksheet.',
        );
      }
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      this.context.host.handlers.delete(s.id);
      if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets[0]?.id ?? null;
    });
  }
}

export class FakeEventHandlerResult {
  unregister: () => void = () => undefined;
  constructor(readonly context: FakeContext) {}
  remove(): void {
    this.context.enqueue(() => this.unregister());
  }
}

export class FakeCustomPropertyCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  protected resolveTarget(): unknown {
    return this.ws.sheet().customProperties;
  }
  protected snapshot(): unknown {
    return undefined;
  }
  add(key: string, value: string): void {
    this.context.enqueue(() => editable(this.ws.sheet()).customProperties.set(key, String(value)));
  }
  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.context, this.ws, key);
  }
}

export class FakeCustomProperty extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    readonly key: string,
  ) {
    super(ctx, true);
  }
  protected resolveTarget(): unknown {
    const props = this.ws.sheet().customProperties;
    return props.has(this.key) ? props.get(this.key) : null;
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'value') return this.target<string>();
    if (prop === 'key') return this.key;
    throw new FakeOfficeError('InvalidArgument', `Custom property has no property ${prop}`);
  }
  get value(): string {
    return this.read('value');
  }
}

export class FakePageLayout {
  readonly headersFooters: { defaultForAllPages: { centerFooter: string } };
  constructor(
    readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    const set = (apply: (s: SheetModel) => void): void =>
      this.context.enqueue(() => apply(editable(this.ws.sheet())));
    this.headersFooters = {
      defaultForAllPages: {
        set centerFooter(v: string) {
          set((s) => (s.pageLayout.centerFooter = v));
        },
        get centerFooter(): string {
          throw notLoaded('centerFooter');
        },
      },
    };
  }
  private set(apply: (s: SheetModel) => void): void {
    this.context.enqueue(() => apply(editable(this.ws.sheet())));
  }
  set orientation(v: string) {
    this.set((s) => (s.pageLayout.orientation = v));
  }
  set paperSize(v: string) {
    this.set((s) => (s.pageLayout.paperSize = v));
  }
  set zoom(v: unknown) {
    this.set((s) => (s.pageLayout.zoom = v));
  }
  set leftMargin(v: number) {
    this.set((s) => (s.pageLayout.margins.left = v));
  }
  set rightMargin(v: number) {
    this.set((s) => (s.pageLayout.margins.right = v));
  }
  set topMargin(v: number) {
    this.set((s) => (s.pageLayout.margins.top = v));
  }
  set bottomMargin(v: number) {
    this.set((s) => (s.pageLayout.margins.bottom = v));
  }
  set footerMargin(v: number) {
    this.set((s) => (s.pageLayout.margins.footer = v));
  }
  setPrintTitleRows(address: string): void {
    this.set((s) => (s.pageLayout.printTitleRows = address));
  }
}

export class FakeChartCollection {
  constructor(
    readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  add(type: string, source: FakeRange, seriesBy?: string): FakeChart {
    void seriesBy;
    const chart = { type, source: { top: 0, left: 0, bottom: 0, right: 0 }, title: null, anchor: null };
    this.context.enqueue(() => {
      chart.source = source.box();
      editable(this.ws.sheet()).charts.push(chart);
    });
    return new FakeChart(this.context, chart);
  }
}

export class FakeChart {
  readonly title: { text: string };
  constructor(
    readonly context: FakeContext,
    private readonly chart: SheetModel['charts'][number],
  ) {
    const ctx = context;
    this.title = {
      set text(v: string) {
        ctx.enqueue(() => (chart.title = v));
      },
      get text(): string {
        throw notLoaded('text');
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.context.enqueue(() => {
      const a = parseAddress(start);
      const b = end ? parseAddress(end) : a;
      this.chart.anchor = { top: a.top, left: a.left, bottom: b.bottom, right: b.right };
    });
  }
}

// ---- Ranges -----------------------------------------------------------------------------------------

function cellsOf(box: Box): [number, number][] {
  const out: [number, number][] = [];
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) out.push([r, c]);
  return out;
}

function cellAt(sheet: SheetModel, r: number, c: number): CellModel {
  const key = cellKey(r, c);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: '', format: { ...DEFAULT_FORMAT, borders: { ...DEFAULT_FORMAT.borders } } };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** What Excel does to a typed-in text: `=…` is a formula, numbers become numbers, `'` forces text. */
function coerce(v: FakeValue): { value: FakeValue; error?: string } {
  if (typeof v !== 'string') return { value: v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (/^[=+-]./.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v)) return { value: '#NAME?', error: '#NAME?' };
  if (/^-?\d+(\.\d+)?$/.test(v)) return { value: Number(v) };
  if (/^(true|false)$/i.test(v)) return { value: v.toLowerCase() === 'true' };
  return { value: v };
}

function fitArray(box: Box, v: unknown, what: string): unknown[][] | null {
  if (!Array.isArray(v)) return null; // a single value applies to every cell
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
  return v as unknown[][];
}

export class FakeRange extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly ws: FakeWorksheet,
    private readonly boxOf: () => Box | null,
    nullable = false,
  ) {
    super(ctx, nullable);
  }
  protected resolveTarget(): Box | null {
    return this.boxOf();
  }
  box(): Box {
    return this.target<Box>();
  }
  private boxAndSheet(): { box: Box; sheet: SheetModel } {
    return { box: this.box(), sheet: this.ws.sheet() };
  }
  protected snapshot(prop: string): unknown {
    const { box, sheet } = this.boxAndSheet();
    const grid = <T>(f: (cell: CellModel | undefined) => T): T[][] => {
      const out: T[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: T[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(f(sheet.cells.get(cellKey(r, c))));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case 'values':
        return grid((cell) => (cell ? cell.value : ''));
      case 'valueTypes':
        return grid((cell) => {
          if (!cell || cell.value === '') return 'Empty';
          if (cell.error) return 'Error';
          return typeof cell.value === 'number'
            ? 'Double'
            : typeof cell.value === 'boolean'
              ? 'Boolean'
              : 'String';
        });
      case 'numberFormat':
        return grid((cell) => cell?.format.numberFormat ?? 'General');
      case 'rowIndex':
        return box.top;
      case 'columnIndex':
        return box.left;
      case 'rowCount':
        return box.bottom - box.top + 1;
      case 'columnCount':
        return box.right - box.left + 1;
      case 'address':
        return formatAddress(sheet.name, box);
      default:
        throw new FakeOfficeError('InvalidArgument', `Range has no loadable property ${prop}`);
    }
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.context.enqueue(
      () => {
        const { box, sheet } = this.boxAndSheet();
        editable(sheet);
        const arr = fitArray(box, v, 'values');
        for (const [r, c] of cellsOf(box)) {
          const raw = arr ? arr[r - box.top][c - box.left] : v;
          if (raw === null || raw === undefined) continue; // Office.js leaves a cell unchanged for null
          const cell = cellAt(sheet, r, c);
          const { value, error } = coerce(raw as FakeValue);
          cell.value = value;
          if (error) cell.error = error;
          else delete cell.error;
        }
        this.context.host.touched.add(sheet.id);
      },
      utf8Bytes(JSON.stringify(v)),
    );
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.context.enqueue(
      () => {
        const { box, sheet } = this.boxAndSheet();
        editable(sheet);
        const arr = fitArray(box, v, 'numberFormat');
        for (const [r, c] of cellsOf(box)) {
          const f = arr ? arr[r - box.top][c - box.left] : v;
          if (f !== null && f !== undefined) cellAt(sheet, r, c).format.numberFormat = String(f);
        }
      },
      utf8Bytes(JSON.stringify(v)),
    );
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get address(): string {
    return this.read('address');
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this);
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, this);
  }
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, this);
  }
  /** Apply `f` to every cell of the range at sync time (a protected sheet refuses). */
  eachCell(f: (cell: CellModel, r: number, c: number, box: Box) => void): void {
    this.context.enqueue(() => {
      const { box, sheet } = this.boxAndSheet();
      editable(sheet);
      for (const [r, c] of cellsOf(box)) f(cellAt(sheet, r, c), r, c, box);
    });
  }
  withSheet(f: (sheet: SheetModel, box: Box) => void): void {
    this.context.enqueue(() => {
      const { box, sheet } = this.boxAndSheet();
      f(editable(sheet), box);
    });
  }
  merge(across = false): void {
    this.withSheet((sheet, box) => {
      const boxes = across
        ? Array.from({ length: box.bottom - box.top + 1 }, (_, i) => ({
            ...box,
            top: box.top + i,
            bottom: box.top + i,
          }))
        : [box];
      for (const b of boxes) {
        if (sheet.merges.some((m) => intersects(m, b))) {
          throw new FakeOfficeError('InvalidOperation', 'Cannot merge over an existing merged area.');
        }
        sheet.merges.push(b);
      }
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const box = this.boxOf();
      if (!box) return null;
      const sheet = this.ws.sheet();
      const areas = sheet.merges.filter((m) => intersects(m, box));
      return areas.length ? { sheet, areas } : null;
    });
  }
  select(): void {
    this.context.enqueue(() => {
      const { box, sheet } = this.boxAndSheet();
      if (this.context.host.wb.activeSheetId !== sheet.id) {
        throw new FakeOfficeError('InvalidOperation', 'Cannot select a range on a sheet that is not active.');
      }
      this.context.host.wb.selection = { sheetId: sheet.id, address: formatAddress(sheet.name, box) };
    });
  }
}

export class FakeRangeAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: SheetModel; areas: Box[] } | null,
  ) {
    super(ctx, true);
  }
  protected resolveTarget(): unknown {
    return this.resolve();
  }
  protected snapshot(prop: string): unknown {
    const t = this.target<{ sheet: SheetModel; areas: Box[] }>();
    if (prop === 'address') return t.areas.map((a) => formatAddress(t.sheet.name, a)).join(',');
    if (prop === 'areaCount') return t.areas.length;
    throw new FakeOfficeError('InvalidArgument', `RangeAreas has no loadable property ${prop}`);
  }
  get address(): string {
    return this.read('address');
  }
}

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

export class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: { color: string; clear(): void };
  readonly borders: { getItem(edge: string): { style: string; weight: string; color: string } };
  constructor(private readonly range: FakeRange) {
    const each = (f: (cell: CellModel, r: number, c: number, box: Box) => void): void => range.eachCell(f);
    const prop = <K extends keyof CellFormat>(key: K) => ({
      set: (v: CellFormat[K]) => each((cell) => (cell.format[key] = v)),
      get: (): never => {
        throw notLoaded(String(key));
      },
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
      { clear: () => each((cell) => (cell.format.fill = null)) },
      { color: prop('fill') },
    ) as { color: string; clear(): void };
    this.borders = {
      getItem: (edge: string) => {
        const sides = EDGES[edge];
        if (!sides) throw new FakeOfficeError('InvalidArgument', `Unknown border ${edge}`);
        const setStyle = (v: string): void =>
          each((cell, r, c, box) => {
            for (const side of sides(r, c, box)) cell.format.borders[side] = v;
          });
        return Object.defineProperties(
          {},
          {
            style: { set: setStyle, get: () => notLoadedThrow('style') },
            weight: { set: () => undefined, get: () => notLoadedThrow('weight') },
            color: { set: () => undefined, get: () => notLoadedThrow('color') },
          },
        ) as { style: string; weight: string; color: string };
      },
    };
  }
  set wrapText(v: boolean) {
    this.range.eachCell((cell) => (cell.format.wrap = v));
  }
  set horizontalAlignment(v: string) {
    this.range.eachCell((cell) => (cell.format.horizontal = v));
  }
  set verticalAlignment(v: string) {
    this.range.eachCell((cell) => (cell.format.vertical = v));
  }
  set columnWidth(v: number) {
    this.range.withSheet((sheet, box) => {
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.range.withSheet((sheet, box) => {
      for (let r = box.top; r <= box.bottom; r++) sheet.rowHeights.set(r, v);
    });
  }
}

function notLoadedThrow(prop: string): never {
  throw notLoaded(prop);
}

// ---- Conditional formats and data validation -------------------------------------------------------

export class FakeConditionalFormatCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected resolveTarget(): unknown {
    return this.range.box();
  }
  protected snapshot(): unknown {
    return undefined;
  }
  override load(props?: string | string[]): this {
    const list = parseLoad(props).map((p) => p.replace(/^items\/?/, ''));
    this.context.enqueue(() => {
      const box = this.range.box();
      const sheet = this.range.ws.sheet();
      const items = sheet.conditionalFormats
        .filter((cf) => intersects(cf.box, box))
        .map((cf) => {
          const item = new FakeConditionalFormat(this.context, this.range, () => cf);
          if (list.includes('id')) item.fillId(cf.id);
          return item;
        });
      this.loaded.set('items', items);
    });
    return this;
  }
  get items(): FakeConditionalFormat[] {
    return this.read('items');
  }
  add(type: string): FakeConditionalFormat {
    let created: SheetModel['conditionalFormats'][number] | null = null;
    this.context.enqueue(() => {
      const sheet = editable(this.range.ws.sheet());
      const wb = this.context.host.wb;
      created = {
        id: `cf-${wb.nextId++}`,
        type,
        box: this.range.box(),
        formula: null,
        fill: null,
        fontColor: null,
      };
      sheet.conditionalFormats.push(created);
    });
    return new FakeConditionalFormat(this.context, this.range, () => created);
  }
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      this.range,
      () => this.range.ws.sheet().conditionalFormats.find((cf) => cf.id === id) ?? null,
    );
  }
}

export class FakeConditionalFormat extends FakeObject {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
    private readonly resolve: () => SheetModel['conditionalFormats'][number] | null,
  ) {
    super(ctx);
    const set = (f: (cf: SheetModel['conditionalFormats'][number]) => void): void =>
      ctx.enqueue(() => f(this.target<SheetModel['conditionalFormats'][number]>()));
    this.custom = {
      rule: Object.defineProperty({}, 'formula', {
        set: (v: string) => set((cf) => (cf.formula = v)),
        get: () => notLoadedThrow('formula'),
      }) as { formula: string },
      format: {
        fill: Object.defineProperty({}, 'color', {
          set: (v: string) => set((cf) => (cf.fill = v)),
          get: () => notLoadedThrow('color'),
        }) as { color: string },
        font: Object.defineProperty({}, 'color', {
          set: (v: string) => set((cf) => (cf.fontColor = v)),
          get: () => notLoadedThrow('color'),
        }) as { color: string },
      },
    };
  }
  fillId(id: string): void {
    this.loaded.set('id', id);
  }
  protected resolveTarget(): unknown {
    return this.resolve();
  }
  protected snapshot(prop: string): unknown {
    const cf = this.target<SheetModel['conditionalFormats'][number]>();
    if (prop === 'id') return cf.id;
    if (prop === 'type') return cf.type;
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormat has no loadable property ${prop}`);
  }
  get id(): string {
    return this.read('id');
  }
  delete(): void {
    this.context.enqueue(() => {
      const cf = this.target<SheetModel['conditionalFormats'][number]>();
      const sheet = editable(this.range.ws.sheet());
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }
}

export class FakeDataValidation extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
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
    const same = hits.length === 1 && JSON.stringify(hits[0].box) === JSON.stringify(box);
    return same ? Object.keys(hits[0].rule as object)[0] : 'Inconsistent';
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
    });
  }
  set errorAlert(alert: unknown) {
    this.range.withSheet((sheet, box) => {
      const v = sheet.validations.find((x) => JSON.stringify(x.box) === JSON.stringify(box));
      if (v) v.errorAlert = alert;
    });
  }
  clear(): void {
    this.range.withSheet((sheet, box) => {
      sheet.validations = sheet.validations.filter((v) => !intersects(v.box, box));
    });
  }
}
