// Defined names (Workbook.names): the collection (ExcelApi 1.1), `add` / `getItemOrNullObject` / `delete`
// (ExcelApi 1.4), as Excel keeps them:
// - a name follows its sheet through a rename (it refers to the sheet, not to its name);
// - deleting the sheet leaves a workbook-scoped name behind, referring to `#REF!`; adding the same name again
//   then fails, it must be deleted first (office-js#4772: "by design … the same as the UI");
// - a user's copy of the sheet gets a sheet-scoped copy of the names referring to it (why `names.add` of the
//   same name fails right after a copy, office-js#2875): `workbook.names` lists workbook-scoped names only;
// - names are unique without case; Excel's naming rules (support.microsoft.com, "Names in formulas"): a
//   letter, `_` or `\` first, then letters, digits, `.`, `_`, `\`; no spaces; not `C`/`R`, not a cell
//   reference; at most 255 characters. A bad name is InvalidArgument, a taken one ItemAlreadyExists.
import { FakeOfficeError } from './errors';
import { FakeContext, FakeObject, jsonBytes, parseLoad } from './context';
import { type Box, parseAddress, type SheetModel } from './model';
import type { FakeRange } from './ranges';

export interface NameModel {
  name: string;
  /** The sheet it refers to; null once that sheet is deleted (`#REF!`). */
  sheet: SheetModel | null;
  box: Box;
  comment: string;
  visible: boolean;
  /** The sheet a sheet-scoped name belongs to; null for a workbook-scoped name. */
  scope: SheetModel | null;
}

function quoted(sheetName: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
}

function absolute(box: Box): string {
  const col = (c: number): string => {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const a = `$${col(box.left)}$${box.top + 1}`;
  const b = `$${col(box.right)}$${box.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** What NamedItem.value gives for a range: `'Стан на 30.06.2024'!$A$1`, or `#REF!` once its sheet is gone. */
export function nameValue(n: NameModel): string {
  return n.sheet ? `${quoted(n.sheet.name)}!${absolute(n.box)}` : '#REF!';
}

export function checkDefinedName(name: string): void {
  const bad =
    name.length === 0 ||
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}._\\]*$/u.test(name) ||
    /^[rc]$/i.test(name) ||
    /^[a-z]{1,3}\d{1,7}$/i.test(name) ||
    /^r\d*c\d*$/i.test(name);
  if (bad)
    throw new FakeOfficeError(
      'InvalidArgument',
      'The argument is invalid or missing or has an incorrect format.',
    );
}

const workbookScoped = (ctx: FakeContext): NameModel[] => ctx.host.wb.names.filter((n) => n.scope === null);

export class FakeNamedItemCollection extends FakeObject {
  constructor(ctx: FakeContext) {
    super(ctx, false, true);
  }
  protected resolveTarget(): unknown {
    return this.context.host.wb.names;
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
      const items = workbookScoped(this.context).map((n) => {
        const item = new FakeNamedItem(this.context, () => n, false, true);
        item.fill(list.length ? list : ['name', 'type', 'value', 'visible', 'comment']);
        return item;
      });
      this.context.host.responseBytes += jsonBytes(items.map((i) => i.loadedJson()));
      this.loaded.set('items', items);
    });
    return this;
  }
  get items(): FakeNamedItem[] {
    return this.read('items');
  }
  private find(name: string): () => NameModel | null {
    return () =>
      workbookScoped(this.context).find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this.find(name), false);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    this.context.requireApi(4, 'NamedItemCollection.getItemOrNullObject');
    return new FakeNamedItem(this.context, this.find(name), true);
  }
  /** `reference`: a Range, or a formula such as `='Sheet'!$A$1`. */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this.context.requireApi(4, 'NamedItemCollection.add');
    let created: NameModel | null = null;
    this.context.enqueue(
      () => {
        checkDefinedName(name);
        const wb = this.context.host.wb;
        if (workbookScoped(this.context).some((n) => n.name.toLowerCase() === name.toLowerCase()))
          throw new FakeOfficeError(
            'ItemAlreadyExists',
            'A resource with the same name or identifier already exists.',
          );
        let sheet: SheetModel;
        let box: Box;
        if (typeof reference === 'string') {
          const m = /^=?(?:'((?:[^']|'')+)'|([^!'"]+))!(.+)$/.exec(reference.trim());
          const found = m
            ? wb.sheets.find(
                (s) => s.name.toLowerCase() === (m[1]?.replace(/''/g, "'") ?? m[2]).toLowerCase(),
              )
            : undefined;
          if (!m || !found)
            throw new FakeOfficeError(
              'InvalidArgument',
              'The argument is invalid or missing or has an incorrect format.',
            );
          sheet = found;
          const { top, left, bottom, right } = parseAddress(m[3]);
          box = { top, left, bottom, right };
        } else {
          ({ box, sheet } = reference.boxAndSheet());
        }
        created = { name, sheet, box, comment: comment ?? '', visible: true, scope: null };
        wb.names.push(created);
      },
      jsonBytes([name, typeof reference === 'string' ? reference : 'range', comment]),
    );
    return new FakeNamedItem(this.context, () => created);
  }
}

export class FakeNamedItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => NameModel | null,
    nullable = false,
    silent = false,
  ) {
    super(ctx, nullable, silent);
  }
  fill(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.snapshot(p));
  }
  loadedJson(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
  protected resolveTarget(): NameModel | null {
    return this.resolve();
  }
  protected snapshot(prop: string): unknown {
    const n = this.target<NameModel>();
    switch (prop) {
      case 'name':
        return n.name;
      case 'value':
        return nameValue(n);
      case 'formula':
        // ExcelApi 1.7; the formula's text, however large what it computes (`value` is the result).
        if (this.context.host.apiMinor < 7)
          throw new FakeOfficeError('ApiNotFound', 'NamedItem.formula needs ExcelApi 1.7.');
        return `=${nameValue(n)}`;
      case 'type':
        return n.sheet ? 'Range' : 'Error';
      case 'visible':
        return n.visible;
      case 'comment':
        return n.comment;
      case 'scope':
        return n.scope ? 'Worksheet' : 'Workbook';
      default:
        throw new FakeOfficeError('InvalidArgument', `NamedItem has no property ${prop}`);
    }
  }
  get name(): string {
    return this.read('name');
  }
  get value(): string {
    return this.read('value');
  }
  get type(): string {
    return this.read('type');
  }
  get formula(): string {
    return this.read('formula');
  }
  get visible(): boolean {
    return this.read('visible');
  }
  delete(): void {
    this.context.requireApi(4, 'NamedItem.delete');
    this.context.enqueue(() => {
      const n = this.target<NameModel>();
      const list = this.context.host.wb.names;
      list.splice(list.indexOf(n), 1);
    });
  }
}

/** After a sheet is deleted: names referring to it refer to `#REF!`; names scoped to it go with it. */
export function sheetDeleted(wb: { names: NameModel[] }, sheet: SheetModel): void {
  wb.names = wb.names.filter((n) => n.scope !== sheet);
  for (const n of wb.names) if (n.sheet === sheet) n.sheet = null;
}

/** After a user copies a sheet: the copy gets sheet-scoped copies of the workbook's names referring to it. */
export function sheetCopied(wb: { names: NameModel[] }, src: SheetModel, copy: SheetModel): void {
  const copies = wb.names
    .filter((n) => n.scope === null && n.sheet === src)
    .map((n) => ({ ...n, sheet: copy, scope: copy }));
  wb.names.push(...copies);
}
