// The workbook: its application (calculation and screen suspension), functions (DATE() in the workbook's
// date system) and settings. Sheets are in sheets.ts.
import { FakeOfficeError } from './errors';
import { FakeContext, FakeObject, jsonBytes } from './context';
import { FakeWorksheetCollection } from './sheets';
import { FakeNamedItemCollection } from './names';

export function newContext(host: FakeContext['host']): FakeContext {
  return new FakeContext(host, (ctx) => new FakeWorkbook(ctx));
}

export class FakeWorkbook extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;
  readonly names: FakeNamedItemCollection;
  constructor(ctx: FakeContext) {
    super(ctx, false, true);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.application = new FakeApplication(ctx);
    this.functions = new FakeFunctions(ctx);
  }
  protected resolveTarget(): unknown {
    return this.context.host.wb;
  }
  protected snapshot(prop: string): unknown {
    // Workbook.use1904DateSystem is a preview API (ExcelApi BETA): a released Excel does not have it.
    throw new FakeOfficeError('InvalidArgument', `Workbook has no loadable property ${prop}`);
  }
}

export class FakeApplication extends FakeObject {
  constructor(ctx: FakeContext) {
    super(ctx, false, true);
  }
  protected resolveTarget(): unknown {
    return this.context.host.wb;
  }
  protected snapshot(): unknown {
    return undefined;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.requireApi(6, 'suspendApiCalculationUntilNextSync');
    this.context.enqueue(() => this.context.host.suspended.calculation++);
  }
  /** "Don't call suspendScreenUpdatingUntilNextSync repeatedly (such as in a loop): the window flickers." */
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.requireApi(9, 'suspendScreenUpdatingUntilNextSync');
    this.context.screenSuspends++;
    this.context.enqueue(() => this.context.host.suspended.screenUpdating++);
  }
}

/** A result of a worksheet function, computed at sync (Excel.Functions, ExcelApi 1.2). */
export class FakeFunctionResult extends FakeObject {
  private result: number | null = null;
  constructor(ctx: FakeContext, compute: () => number) {
    super(ctx, false, true);
    ctx.requireApi(2, 'Functions');
    ctx.enqueue(() => (this.result = compute()));
  }
  protected resolveTarget(): unknown {
    return {};
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'value') return this.result;
    if (prop === 'error') return null;
    throw new FakeOfficeError('InvalidArgument', `FunctionResult has no property ${prop}`);
  }
  get value(): number {
    return this.read('value');
  }
}

export class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}
  /** DATE(y, m, d) as a serial of this workbook's date system (1462 days apart between 1900 and 1904). */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx, () => {
      const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
      return this.ctx.host.wb.date1904 ? days - 1462 : days;
    });
  }
}

export class FakeSettingCollection extends FakeObject {
  constructor(ctx: FakeContext) {
    super(ctx, false, true);
  }
  protected resolveTarget(): unknown {
    return this.context.host.wb.settings;
  }
  protected snapshot(): unknown {
    return undefined;
  }
  add(key: string, value: unknown): FakeSetting {
    this.context.requireApi(4, 'settings');
    // Office stores settings as JSON: what goes in comes back as a copy.
    const stored = JSON.parse(JSON.stringify(value)) as unknown;
    this.context.enqueue(() => this.context.host.wb.settings.set(key, stored), jsonBytes([key, value]));
    return new FakeSetting(this.context, key, false);
  }
  getItemOrNullObject(key: string): FakeSetting {
    this.context.requireApi(4, 'settings');
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
