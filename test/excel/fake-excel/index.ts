// A fake Excel for the host's tests: the subset of the Excel JS API the host uses, faithful where add-in
// bugs hide (queued operations, PropertyNotLoaded, counted syncs, half-applied failing syncs, the request
// payload limit, events). `fake.run` has the signature of `Excel.run`.
import { FakeOfficeError } from './errors';
import {
  cellKey,
  DEFAULT_FORMAT,
  newSheet,
  parseAddress,
  snapshotSheet,
  usedBox,
  type Box,
  type FakeValue,
  type SheetModel,
  type WorkbookModel,
} from './model';
import { FakeContext, type ChangeHandler, type FakeHost } from './proxies';

export { FakeOfficeError } from './errors';
export { snapshotSheet, parseAddress, type SheetModel, type CellModel } from './model';

/** A seeded cell: a value, an error (`#REF!`), or a number with its number format (dates are serials). */
export type SeedCell = FakeValue | null | { error: string } | { value: number; numberFormat: string };

export interface SeedSheet {
  name: string;
  rows?: SeedCell[][];
  /** Where rows[0][0] goes (0-based); A1 when absent. */
  origin?: { row: number; col: number };
  merges?: string[];
  protected?: boolean;
  hidden?: boolean;
}

export interface SyncFault {
  /** 1-based number of the sync (counted from the fake's creation) that fails. */
  at: number;
  /** How many queued operations are applied before the failure. */
  afterOps: number;
  code?: string;
  message?: string;
}

export class FakeExcel implements FakeHost {
  readonly wb: WorkbookModel = {
    sheets: [],
    settings: new Map(),
    activeSheetId: null,
    selection: null,
    nextId: 1,
  };
  readonly handlers = new Map<string, Set<ChangeHandler>>();
  readonly touched = new Set<string>();
  readonly suspended = { calculation: 0, screenUpdating: 0 };
  responseBytes = 0;
  /** Largest response so far (loaded cell data), in bytes. */
  maxResponseBytes = 0;
  /** Number of `context.sync()` calls so far. */
  syncs = 0;
  /** Largest request so far, in estimated bytes. */
  maxRequestBytes = 0;
  /** Excel on the web refuses a request or a response above 5 MB. */
  payloadLimit = 5 * 1024 * 1024;
  fault: SyncFault | null = null;
  /** Called after each sync has applied its operations (1-based sync number). */
  afterSync: ((n: number) => void) | null = null;

  constructor(sheets: SeedSheet[] = []) {
    for (const s of sheets) this.addSheet(s);
    if (this.wb.sheets.length) this.wb.activeSheetId = this.wb.sheets[0].id;
  }

  readonly run = (async (a: unknown, b?: unknown): Promise<unknown> => {
    const batch = (typeof a === 'function' ? a : b) as (ctx: FakeContext) => Promise<unknown>;
    let ctx: FakeContext;
    if (typeof a === 'function') ctx = new FakeContext(this);
    else if (a instanceof FakeContext) ctx = a;
    else ctx = (a as { context?: FakeContext }).context ?? new FakeContext(this);
    const result = await batch(ctx);
    // Excel.run syncs what is still queued when the batch returns.
    if (ctx.queue.length) await ctx.sync();
    return result;
  }) as unknown as typeof Excel.run;

  async sync(ctx: FakeContext): Promise<void> {
    await Promise.resolve();
    this.syncs++;
    const n = this.syncs;
    const ops = ctx.queue;
    ctx.queue = [];
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    this.maxRequestBytes = Math.max(this.maxRequestBytes, bytes);
    if (bytes > this.payloadLimit) {
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
      for (const id of touched) this.fire(id, 'ThisLocalAddin', 'A1');
      this.afterSync?.(n);
    }
  }

  private fire(sheetId: string, triggerSource: string, address: string): void {
    for (const h of this.handlers.get(sheetId) ?? []) {
      void h({
        type: 'WorksheetChanged',
        worksheetId: sheetId,
        address,
        changeType: 'RangeEdited',
        source: 'Local',
        triggerSource,
      });
    }
  }

  /** Number of onChanged handlers registered on a sheet. */
  handlerCount(name: string): number {
    return this.handlers.get(this.sheet(name).id)?.size ?? 0;
  }

  addSheet(seed: SeedSheet): SheetModel {
    const sheet = newSheet(this.wb, seed.name);
    const o = seed.origin ?? { row: 0, col: 0 };
    (seed.rows ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        const format = { ...DEFAULT_FORMAT, borders: { ...DEFAULT_FORMAT.borders } };
        const key = cellKey(o.row + r, o.col + c);
        if (typeof v === 'object' && 'error' in v)
          sheet.cells.set(key, { value: v.error, error: v.error, format });
        else if (typeof v === 'object')
          sheet.cells.set(key, { value: v.value, format: { ...format, numberFormat: v.numberFormat } });
        else sheet.cells.set(key, { value: v, format });
      }),
    );
    sheet.merges = (seed.merges ?? []).map(parseAddress);
    sheet.protected = seed.protected ?? false;
    if (seed.hidden) sheet.visibility = 'Hidden';
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

  /** The sheet's used range as values (what a user sees), '' for empty cells. */
  values(name: string): FakeValue[][] {
    const sheet = this.sheet(name);
    const box: Box | null = usedBox(sheet);
    if (!box) return [];
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

  /** A user types into a cell: the value changes now and the sheet's onChanged handlers fire. */
  userEdit(name: string, address: string, value: FakeValue): void {
    const sheet = this.sheet(name);
    const box = parseAddress(address);
    const key = cellKey(box.top, box.left);
    const cell = sheet.cells.get(key) ?? {
      value: '',
      format: { ...DEFAULT_FORMAT, borders: { ...DEFAULT_FORMAT.borders } },
    };
    cell.value = value;
    sheet.cells.set(key, cell);
    this.fire(sheet.id, 'Unknown', address);
  }
}
