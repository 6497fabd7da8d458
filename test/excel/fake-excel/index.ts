// A fake Excel for the host's tests: the subset of the Excel JS API the host uses, as strict as Excel where
// add-in bugs hide. Sections: context.ts (queued calls, loads, null objects), workbook.ts (workbook and
// sheets), ranges.ts, formats.ts (formats and layout), events.ts and limits.ts (each limit with its
// reference). `fake.run` has the signature of `Excel.run`; `fake.isSetSupported` answers for its ExcelApi
// version; every request is recorded with its calls and estimated bytes.
import { FakeOfficeError } from './errors';
import { type ChangeHandler, FakeContext, type FakeHost } from './context';
import { deliverChange, eventsDelivered } from './events';
import { PAYLOAD_LIMIT, type FakeValue } from './limits';
import { createWorkbook } from './new-workbook';
import {
  type Box,
  cellKey,
  defaultFormat,
  parseAddress,
  snapshotSheet,
  usedBox,
  type SheetModel,
  type WorkbookModel,
} from './model';
import { chartDataOf, pagesWide, rulesOf } from './inspect';
import { copiedSheet, seededSheet, type SeedSheet } from './seed';
import { newContext } from './workbook';
import { nameValue, sheetCopied, sheetDeleted } from './names';

export { FakeOfficeError } from './errors';
export { eventsDelivered } from './events';
export {
  snapshotSheet,
  parseAddress,
  formatAddress,
  type SheetModel,
  type CellModel,
  type Box,
} from './model';
export type { FakeContext } from './context';
export type { SeedCell, SeedSheet } from './seed';

export interface FakeOptions {
  /** The ExcelApi version this Excel supports (default 1.19: every set the host may use). */
  apiVersion?: string;
  /** Mac Excel: a new sheet may take the id of one deleted earlier. */
  macIds?: boolean;
  /** Merged areas reported as their top-left cells only (office-js#1590). */
  mergesAsTopLeft?: boolean;
  date1904?: boolean;
}

export interface SyncFault {
  /** 1-based number of the sync (counted from the fake's creation) that fails. */
  at: number;
  /** How many queued operations are applied before the failure. */
  afterOps: number;
  code?: string;
  message?: string;
}

/** One request as Excel received it. */
export interface RequestRecord {
  sync: number;
  /** Queued calls (property sets, methods, loads). */
  actions: number;
  /** Objects reached by navigation (getRange, getItem, …): each is part of the request too. */
  paths: number;
  requestBytes: number;
  responseBytes: number;
}

export class FakeExcel implements FakeHost {
  readonly wb: WorkbookModel = {
    sheets: [],
    names: [],
    settings: new Map(),
    activeSheetId: null,
    selection: null,
    nextId: 1,
  };
  readonly handlers = new Map<string, Set<ChangeHandler>>();
  readonly touched = new Set<string>();
  readonly suspended = { calculation: 0, screenUpdating: 0 };
  readonly apiMinor: number;
  readonly macIds: boolean;
  mergesAsTopLeft: boolean;
  responseBytes = 0;
  /** Largest response so far (loaded data), in bytes. */
  maxResponseBytes = 0;
  /** Number of `context.sync()` calls so far. */
  syncs = 0;
  /** Largest request so far, in estimated bytes (values and every queued call). */
  maxRequestBytes = 0;
  /** Excel on the web refuses a request or a response above 5 MB. */
  payloadLimit = PAYLOAD_LIMIT;
  fault: SyncFault | null = null;
  /** Called after each sync has applied its operations (1-based sync number). */
  afterSync: ((n: number) => void) | null = null;
  readonly requests: RequestRecord[] = [];
  /** Most `suspendScreenUpdatingUntilNextSync` calls seen in one Excel.run. */
  maxScreenSuspendsPerRun = 0;
  /** The .xlsx files Excel.createWorkbook opened, in order. */
  readonly createdWorkbooks: Uint8Array[] = [];
  private freeIds: number[] = [];
  private sheetCounter = 0;

  constructor(sheets: SeedSheet[] = [], opts: FakeOptions = {}) {
    this.apiMinor = Number((opts.apiVersion ?? '1.19').split('.')[1]);
    this.macIds = opts.macIds ?? false;
    this.mergesAsTopLeft = opts.mergesAsTopLeft ?? false;
    this.wb.date1904 = opts.date1904 ?? false;
    for (const s of sheets) this.addSheet(s);
    if (this.wb.sheets.length) this.wb.activeSheetId = this.wb.sheets[0].id;
  }

  readonly isSetSupported = (set: string, version: string): boolean =>
    set === 'ExcelApi' &&
    Number(version.split('.')[0]) === 1 &&
    Number(version.split('.')[1]) <= this.apiMinor;

  readonly run = (async (a: unknown, b?: unknown): Promise<unknown> => {
    const batch = (typeof a === 'function' ? a : b) as (ctx: FakeContext) => Promise<unknown>;
    let ctx: FakeContext;
    if (typeof a === 'function') ctx = newContext(this);
    else if (a instanceof FakeContext) ctx = a;
    else ctx = (a as { context?: FakeContext }).context ?? newContext(this);
    ctx.screenSuspends = 0;
    try {
      const result = await batch(ctx);
      // Excel.run syncs what is still queued when the batch returns.
      if (ctx.queue.length) await ctx.sync();
      return result;
    } finally {
      this.maxScreenSuspendsPerRun = Math.max(this.maxScreenSuspendsPerRun, ctx.screenSuspends);
    }
  }) as unknown as typeof Excel.run;

  /** `Excel.createWorkbook(base64)`, as new-workbook.ts describes it. */
  readonly createWorkbook = (base64?: string): Promise<void> => createWorkbook(this, base64);

  newSheetId(): string {
    if (!this.macIds) return `{sheet-${++this.sheetCounter}}`;
    // Mac: ids look like {00000000-0001-0000-000N-000000000000}, and the last one freed is given out again.
    const n = this.freeIds.length ? this.freeIds.pop()! : ++this.sheetCounter;
    return `{00000000-0001-0000-${String(n).padStart(4, '0')}-000000000000}`;
  }

  releaseSheetId(id: string): void {
    const m = /^\{00000000-0001-0000-(\d{4})-000000000000\}$/.exec(id);
    if (this.macIds && m) this.freeIds.push(Number(m[1]));
  }

  async sync(ctx: FakeContext): Promise<void> {
    await Promise.resolve();
    this.syncs++;
    const n = this.syncs;
    const ops = ctx.queue;
    const record: RequestRecord = {
      sync: n,
      actions: ops.length,
      paths: ctx.paths,
      requestBytes: ops.reduce((sum, op) => sum + op.bytes, 0) + ctx.pathBytes,
      responseBytes: 0,
    };
    ctx.queue = [];
    ctx.paths = 0;
    ctx.pathBytes = 0;
    this.requests.push(record);
    this.maxRequestBytes = Math.max(this.maxRequestBytes, record.requestBytes);
    if (record.requestBytes > this.payloadLimit) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    }
    const fault = this.fault && this.fault.at === n ? this.fault : null;
    this.responseBytes = 0;
    try {
      ops.forEach((op, i) => {
        if (fault && i === fault.afterOps) {
          throw new FakeOfficeError(
            fault.code ?? 'GeneralException',
            fault.message ?? 'An internal error has occurred.',
          );
        }
        op.apply();
      });
      record.responseBytes = this.responseBytes;
      this.maxResponseBytes = Math.max(this.maxResponseBytes, this.responseBytes);
      if (this.responseBytes > this.payloadLimit) {
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          'The response payload size has exceeded the limit.',
        );
      }
    } finally {
      const touched = [...this.touched];
      this.touched.clear();
      for (const id of touched) deliverChange(this, id, 'A1', true);
      this.afterSync?.(n);
    }
  }

  /** Number of onChanged handlers registered on a sheet. */
  handlerCount(name: string): number {
    return this.handlers.get(this.sheet(name).id)?.size ?? 0;
  }

  /** Sheets with an onChanged handler, by name. */
  watchedSheets(): string[] {
    return this.wb.sheets.filter((s) => (this.handlers.get(s.id)?.size ?? 0) > 0).map((s) => s.name);
  }

  addSheet(seed: SeedSheet): SheetModel {
    const sheet = seededSheet(this.newSheetId(), seed);
    this.wb.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.wb.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake Excel: no sheet ${name}`);
    return s;
  }

  sheetNames(): string[] {
    return this.wb.sheets.map((s) => s.name);
  }

  activate(name: string): void {
    this.wb.activeSheetId = this.sheet(name).id;
  }

  /** The sheet's used range from A1 as values (what a user sees), '' for empty cells. */
  values(name: string): FakeValue[][] {
    const sheet = this.sheet(name);
    const box: Box | null = usedBox(sheet);
    if (!box) return [];
    if ((box.bottom + 1) * (box.right + 1) > 5_000_000)
      throw new Error('fake Excel: values() of a huge sheet');
    const out: FakeValue[][] = [];
    for (let r = 0; r <= box.bottom; r++) {
      const row: FakeValue[] = [];
      for (let c = 0; c <= box.right; c++) row.push(sheet.cells.get(cellKey(r, c))?.value ?? '');
      out.push(row);
    }
    return out;
  }

  snapshot(name: string): string {
    return snapshotSheet(this.sheet(name));
  }

  /** What the sheet shows, without its name and custom properties (which name its id). */
  contents(name: string): string {
    const parsed = JSON.parse(this.snapshot(name)) as Record<string, unknown>;
    delete parsed.name;
    delete parsed.customProperties;
    return JSON.stringify(parsed);
  }

  /** A user types into a cell: the value changes now and the sheet's onChanged handlers hear of it later. */
  userEdit(name: string, address: string, value: FakeValue): void {
    const sheet = this.sheet(name);
    const box = parseAddress(address);
    const key = cellKey(box.top, box.left);
    const cell = sheet.cells.get(key) ?? { value: '', format: defaultFormat() };
    cell.value = value;
    delete cell.formula;
    sheet.cells.set(key, cell);
    deliverChange(this, sheet.id, address, false);
  }

  /** A user enters a formula that computes `value` (the fake does not evaluate formulas). */
  userFormula(name: string, address: string, formula: string, value: FakeValue): void {
    this.userEdit(name, address, value);
    const box = parseAddress(address);
    this.sheet(name).cells.get(cellKey(box.top, box.left))!.formula = formula;
  }

  /** Lets every event queued so far arrive. */
  eventsDelivered(): Promise<void> {
    return eventsDelivered();
  }

  /** A user copies a sheet (Move or Copy › Create a copy): new id, `Name (2)`, same cells and custom properties. */
  userCopySheet(name: string): SheetModel {
    const src = this.sheet(name);
    const copy = copiedSheet(src, this.newSheetId(), this.sheetNames());
    this.wb.sheets.splice(this.wb.sheets.indexOf(src) + 1, 0, copy);
    sheetCopied(this.wb, src, copy);
    return copy;
  }

  /** A user deletes a sheet (its id may be given to the next new sheet on Mac). */
  userDeleteSheet(name: string): void {
    const s = this.sheet(name);
    this.wb.sheets.splice(this.wb.sheets.indexOf(s), 1);
    sheetDeleted(this.wb, s);
    this.handlers.delete(s.id);
    this.releaseSheetId(s.id);
  }

  /** A user renames a sheet (names referring to it follow). */
  userRenameSheet(name: string, to: string): void {
    this.sheet(name).name = to;
  }

  /** Workbook-scoped defined names and what they refer to (`'Стан на 30.06.2024'!$A$1`, `#REF!`). */
  definedNames(): { name: string; value: string }[] {
    return this.wb.names.filter((n) => n.scope === null).map((n) => ({ name: n.name, value: nameValue(n) }));
  }

  /** Sheet-scoped defined names of a sheet (a copy's). */
  sheetNamesOf(name: string): string[] {
    const s = this.sheet(name);
    return this.wb.names.filter((n) => n.scope === s).map((n) => n.name);
  }

  /** A user adds an empty sheet. */
  userAddSheet(name: string): SheetModel {
    return this.addSheet({ name });
  }

  /** The workbook closed and opened again: sheet ids need not survive a session (office-js-docs#297). */
  reopen(): void {
    this.handlers.clear();
    const active = this.wb.sheets.findIndex((s) => s.id === this.wb.activeSheetId);
    for (const s of this.wb.sheets) s.id = `{reopened-${++this.sheetCounter}}`;
    this.wb.activeSheetId = this.wb.sheets[Math.max(0, active)]?.id ?? null;
  }

  /** Conditional formats of a sheet as the reference describes them: id = priority position. */
  rules(name: string): ReturnType<typeof rulesOf> {
    return rulesOf(this.sheet(name));
  }

  /** Each chart's series as Excel would plot them now. */
  chartData(name: string): ReturnType<typeof chartDataOf> {
    return chartDataOf(this.sheet(name));
  }

  /** Pages across a printout of the sheet: a zoom scale applies, fit-to-pages does not (office-js#1860). */
  printedPagesWide(name: string): number {
    return pagesWide(this.sheet(name));
  }
}
