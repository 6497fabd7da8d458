// The request context and the base of every proxy, as Office.js has them: every change and every load is
// queued and applied only by `context.sync()`; a property read before it was loaded and synced throws
// PropertyNotLoaded; a `getItem` of a missing item fails at sync (ItemNotFound); an `…OrNullObject` answers
// `isNullObject` only after a sync, and anything reached through a null object fails (InvalidObjectPath:
// learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
import { FakeOfficeError, notLoaded } from './errors';
import { ACTION_BYTES, PATH_BYTES } from './limits';
import type { SheetModel, WorkbookModel } from './model';

/** UTF-8 size of a request's text; TextEncoder works in Node and in the browser stand-in alike. */
const encoder = new TextEncoder();
export const utf8Bytes = (text: string): number => encoder.encode(text).length;
export const jsonBytes = (v: unknown): number => (v === undefined ? 0 : utf8Bytes(JSON.stringify(v)));

export interface Op {
  apply: () => void;
  /** Estimated request bytes of this call: the action itself and its arguments. */
  bytes: number;
}

export type ChangeHandler = (args: Record<string, unknown>) => Promise<unknown> | void;

/** What the contexts share: the workbook, the sync counter, faults, requirement sets and event handlers. */
export interface FakeHost {
  wb: WorkbookModel;
  sync(ctx: FakeContext): Promise<void>;
  handlers: Map<string, Set<ChangeHandler>>;
  /** Sheets whose values a sync changed, for onChanged. */
  touched: Set<string>;
  /** Bytes of loaded data in the sync being applied (Excel on the web refuses a response above 5 MB). */
  responseBytes: number;
  suspended: { calculation: number; screenUpdating: number };
  /** ExcelApi minor version this fake Excel supports (1.13 = `13`). */
  apiMinor: number;
  /** Mac Excel on some builds: a new sheet takes the id of one deleted before. */
  macIds: boolean;
  /** Merged areas come back as their top-left cells only (office-js#1590, some builds). */
  mergesAsTopLeft: boolean;
  newSheetId(): string;
  releaseSheetId(id: string): void;
}

export class FakeContext {
  queue: Op[] = [];
  /** Object paths created since the last sync (navigation: getRange, getItem, …), counted in the request. */
  paths = 0;
  pathBytes = 0;
  /** Screen-updating suspensions asked for in this Excel.run (Excel flickers when it is called repeatedly). */
  screenSuspends = 0;
  readonly workbook: import('./workbook').FakeWorkbook;
  readonly application: import('./workbook').FakeApplication;
  constructor(
    readonly host: FakeHost,
    makeWorkbook: (ctx: FakeContext) => import('./workbook').FakeWorkbook,
  ) {
    this.workbook = makeWorkbook(this);
    this.application = this.workbook.application;
  }
  enqueue(apply: () => void, argumentBytes = 0): void {
    this.queue.push({ apply, bytes: ACTION_BYTES + argumentBytes });
  }
  /** A navigation: no change, but one more object path in the request. */
  path(argumentBytes = 0): void {
    this.paths++;
    this.pathBytes += PATH_BYTES + argumentBytes;
  }
  /** A call this Excel does not have: Office.js sends it, Excel refuses it at sync (ApiNotFound). */
  requireApi(minor: number, what: string): void {
    if (this.host.apiMinor >= minor) return;
    this.enqueue(() => {
      throw new FakeOfficeError(
        'ApiNotFound',
        `The API you are trying to use could not be found (${what} needs ExcelApi 1.${minor}).`,
      );
    });
  }
  sync(): Promise<void> {
    return this.host.sync(this);
  }
  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

export function parseLoad(props?: string | string[] | Record<string, unknown>): string[] {
  if (!props) return [];
  if (typeof props === 'object' && !Array.isArray(props)) {
    const out: string[] = [];
    const walk = (o: Record<string, unknown>, prefix: string): void => {
      for (const [k, v] of Object.entries(o)) {
        if (k.startsWith('$')) continue;
        if (v === true) out.push(prefix + k);
        else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}/`);
      }
    };
    walk(props, '');
    return out;
  }
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

export abstract class FakeObject {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  constructor(
    readonly context: FakeContext,
    private readonly nullable = false,
    /** Set when the object was built from already-loaded data (items of a collection): no path. */
    silent = false,
  ) {
    if (!silent) context.path();
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
  /** The target, or null when this is a null object (for objects derived from it). */
  resolveOrNull(): unknown {
    const t = this.resolveTarget();
    if (t === null && !this.nullable) this.target();
    return t;
  }
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    const list = parseLoad(props);
    this.context.enqueue(() => {
      if (this.nullable && this.resolveTarget() === null) {
        for (const p of list) this.loaded.set(p, null);
        return;
      }
      this.target();
      for (const p of list) {
        const value = this.snapshot(p);
        if (value !== null && typeof value === 'object') this.context.host.responseBytes += jsonBytes(value);
        else if (typeof value === 'string') this.context.host.responseBytes += utf8Bytes(value);
        this.loaded.set(p, value);
      }
    }, jsonBytes(list));
    return this;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }
}

/** A navigation from a parent that may be a null object: reaching through a null object fails at sync. */
export function through<T>(parent: FakeObject, f: (target: unknown) => T | null): () => T | null {
  return () => {
    const t = parent.resolveOrNull();
    if (t === null) {
      throw new FakeOfficeError(
        'InvalidObjectPath',
        'The object path is a null object: check isNullObject first.',
      );
    }
    return f(t);
  };
}

export function editable(sheet: SheetModel): SheetModel {
  if (sheet.protected) {
    throw new FakeOfficeError('InvalidOperation', 'The cell or chart you are trying to change is protected.');
  }
  return sheet;
}

/** Workbook structure protection refuses adding, deleting and renaming sheets. */
export function structure(wb: WorkbookModel): void {
  if (wb.structureProtected) {
    throw new FakeOfficeError('InvalidOperation', 'The workbook structure is protected.');
  }
}

export function checkName(wb: WorkbookModel, name: string, self?: SheetModel): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeOfficeError('InvalidArgument', `The sheet name '${name}' is not valid.`);
  }
  const clash = wb.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash)
    throw new FakeOfficeError(
      'ItemAlreadyExists',
      'A resource with the same name or identifier already exists.',
    );
}

export function notLoadedThrow(prop: string): never {
  throw notLoaded(prop);
}

/** A write-only property that queues its change (reading it without a load throws, as Office.js does). */
export function setter<T>(ctx: FakeContext, prop: string, apply: (v: T) => void): PropertyDescriptor {
  return {
    set: (v: T) => ctx.enqueue(() => apply(v), jsonBytes(v)),
    get: () => notLoadedThrow(prop),
    enumerable: true,
  };
}
