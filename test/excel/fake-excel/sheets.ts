// Sheets: the worksheet collection (ids reused after a delete in Mac mode), worksheets, their custom
// properties (ExcelApi 1.12, carried along by a copy) and their onChanged event (ExcelApi 1.7).
import { FakeOfficeError } from './errors';
import {
  type ChangeHandler,
  checkName,
  editable,
  FakeContext,
  FakeObject,
  jsonBytes,
  parseLoad,
  structure,
} from './context';
import { FakeChartCollection } from './charts';
import { FakeFreezePanes, FakePageLayout } from './formats';
import { RANGES_ADDRESS_LIMIT } from './limits';
import { newSheet, parseAddress, usedBox, type SheetModel } from './model';
import { FakeRange, FakeRangeAreas } from './ranges';
import { sheetDeleted } from './names';

function findSheet(wb: FakeContext['host']['wb'], key: string): SheetModel | null {
  return wb.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()) ?? null;
}

export class FakeWorksheetCollection extends FakeObject {
  constructor(ctx: FakeContext) {
    super(ctx, false, true);
  }
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
        const ws = new FakeWorksheet(
          this.context,
          () => (this.context.host.wb.sheets.includes(s) ? s : null),
          false,
          true,
        );
        ws.fill(list.length ? list : ['name', 'id', 'visibility', 'position']);
        return ws;
      });
      this.context.host.responseBytes += jsonBytes(items.map((i) => i.loadedJson()));
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
    const wb = this.context.host.wb;
    return new FakeWorksheet(this.context, () => wb.sheets.find((s) => s.id === wb.activeSheetId) ?? null);
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.context.enqueue(() => {
      const host = this.context.host;
      structure(host.wb);
      const n = name ?? `Sheet${host.wb.sheets.length + 1}`;
      checkName(host.wb, n);
      created = newSheet(host.newSheetId(), n);
      host.wb.sheets.push(created);
    }, jsonBytes(name));
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
    silent = false,
  ) {
    super(ctx, nullable, silent);
  }
  /** Items of a loaded collection arrive with their properties already loaded. */
  fill(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.snapshot(p));
  }
  loadedJson(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
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
    }, jsonBytes(value));
  }
  get id(): string {
    return this.read('id');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: string) {
    this.context.enqueue(() => {
      const s = this.sheet();
      const wb = this.context.host.wb;
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value))
        throw new FakeOfficeError('InvalidArgument', `Bad visibility ${value}`);
      if (value !== 'Visible' && !wb.sheets.some((x) => x !== s && x.visibility === 'Visible'))
        throw new FakeOfficeError(
          'InvalidOperation',
          'A workbook must contain at least one visible worksheet.',
        );
      s.visibility = value as SheetModel['visibility'];
    }, jsonBytes(value));
  }
  get position(): number {
    return this.read('position');
  }
  get customProperties(): FakeCustomPropertyCollection {
    return new FakeCustomPropertyCollection(this.context, this);
  }
  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.context, this);
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, this);
  }
  /** Manual page breaks (ExcelApi 1.9): `add` puts one before the range's top row. */
  get horizontalPageBreaks(): { add(range: string): void } {
    this.context.path();
    return {
      add: (range: string) => {
        this.context.requireApi(9, 'horizontalPageBreaks');
        this.context.enqueue(
          () => editable(this.sheet()).pageLayout.rowBreaks.push(parseAddress(range).top),
          jsonBytes(range),
        );
      },
    };
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, this);
  }
  get onChanged(): { add(h: ChangeHandler): FakeEventHandlerResult } {
    return {
      add: (h: ChangeHandler) => {
        this.context.requireApi(7, 'Worksheet.onChanged');
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
    const { unbounded, ...box } = parseAddress(address ?? 'A:XFD');
    return new FakeRange(this.context, this, () => box, { unbounded, address });
  }
  /** RangeAreas from comma- or semicolon-separated addresses (ExcelApi 1.9). */
  getRanges(address: string): FakeRangeAreas {
    this.context.requireApi(9, 'Worksheet.getRanges');
    const boxes = () => {
      if (address.length > RANGES_ADDRESS_LIMIT)
        throw new FakeOfficeError(
          'InvalidArgument',
          'The argument is invalid or missing or has an incorrect format.',
        );
      return address.split(/[,;]/).map((a) => {
        const { top, left, bottom, right } = parseAddress(a);
        return { top, left, bottom, right };
      });
    };
    return new FakeRangeAreas(this.context, this, boxes, false, address);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.requireApi(4, 'getUsedRangeOrNullObject');
    return new FakeRange(this.context, this, () => usedBox(this.sheet(), valuesOnly === true), {
      nullable: true,
    });
  }
  activate(): void {
    this.context.enqueue(() => {
      const s = this.sheet();
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context.host.wb.activeSheetId = s.id;
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      const host = this.context.host;
      const wb = host.wb;
      const s = this.sheet();
      structure(wb);
      if (!wb.sheets.some((x) => x !== s && x.visibility === 'Visible')) {
        throw new FakeOfficeError(
          'InvalidOperation',
          'A workbook must contain at least one visible worksheet.',
        );
      }
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      sheetDeleted(wb, s);
      host.handlers.delete(s.id);
      host.releaseSheetId(s.id);
      if (wb.activeSheetId === s.id)
        wb.activeSheetId = wb.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
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

/** Worksheet custom properties: ExcelApi 1.12. A copy of a sheet carries them along (Excel copies them). */
export class FakeCustomPropertyCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
    ctx.requireApi(12, 'Worksheet.customProperties');
  }
  protected resolveTarget(): unknown {
    return this.ws.sheet().customProperties;
  }
  protected snapshot(): unknown {
    return undefined;
  }
  add(key: string, value: string): void {
    this.context.enqueue(
      () => {
        // Excel limits a custom property's value to 255 characters (WorksheetCustomPropertyCollection.add).
        if (String(value).length > 255)
          throw new FakeOfficeError('InvalidArgument', 'The value is too long.');
        editable(this.ws.sheet()).customProperties.set(key, String(value));
      },
      jsonBytes([key, value]),
    );
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
  delete(): void {
    this.context.enqueue(() => {
      this.target();
      editable(this.ws.sheet()).customProperties.delete(this.key);
    });
  }
}
