// Rules on cells: conditional formats, whose ids are their priority positions (renumbered by every add and
// delete: the reference, "the priority of the conditional format in the current collection"), and data
// validation, its type spelt as Excel's DataValidationType spells it.
import { FakeOfficeError } from './errors';
import { editable, FakeContext, FakeObject, jsonBytes, notLoadedThrow, parseLoad } from './context';
import { type ConditionalFormatModel, intersects, type SheetModel } from './model';
import type { FakeRange, RangeLike } from './ranges';

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
