// Reading whole areas (the plan, the positions list, our old report sheets) in as few round trips as the
// limits allow — one while they fit: blocks under Excel's 5,000,000-cell get limit, packed into requests
// under the 4 MB response budget. A block Excel still refuses (ResponsePayloadSizeLimitExceeded) is halved,
// a block read as `values: null` (office-js#4783) is split, a request that fails with merged areas asked is
// repeated without them (merges are optional: office-js#3611, #1590, more than 512 areas), and a long run of
// empty rows ends an area, whatever stray value lies further down.
import type { MergeArea } from '../core/grid';
import { type CellRows, parseMergedAddress } from './cell-values';
import { address, type Box } from './sheet-reads';
import type { SheetInfo } from './workbook-info';

/** Below Excel's 5,000,000-cell get limit, with room to spare. */
export const BLOCK_CELLS = 4_000_000;
/** Below Excel on the web's 5 MB response limit, with room for the rest of the response. */
export const RESPONSE_BUDGET = 4 * 1024 * 1024;
/**
 * A merged-areas call fails past 512 areas. Areas do not overlap and each has a second cell beside or below
 * its top-left one, so R rows × C columns start at most (R·C + R + C) / 2 of them: R ≤ (1000 − C) / (C + 1).
 */
const mergeRows = (cols: number): number => Math.max(1, Math.floor((1000 - cols) / (cols + 1)));
/** This many empty rows below the last text end an area. */
const GAP_ROWS = 1000;
/** Past this many read round trips the sheet is not a plan a person keeps: give up with "too large". */
const MAX_READ_SYNCS = 64;

export interface AreaRequest {
  key: string;
  sheet: SheetInfo;
  area: Box;
  /** Values only (a fingerprint) or with value types and number formats (a plan). */
  withTypes: boolean;
  withMerges: boolean;
  bytesPerCell: number;
}

export interface AreaResult {
  rows: CellRows;
  merges: MergeArea[];
}

interface Block {
  req: AreaRequest;
  box: Box;
  estimate: number;
  merges: boolean;
}

interface Queued {
  block: Block;
  range: Excel.Range;
  areas: Excel.RangeAreas[];
}

interface Done {
  box: Box;
  values: unknown[][];
  types?: unknown[][];
  formats?: unknown[][];
}

const cellsIn = (b: Box): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);

function sized(req: AreaRequest, top: number, bottom: number, perCell: number, merges: boolean): Block[] {
  const cols = req.area.right - req.area.left + 1;
  const byBytes = Math.floor(RESPONSE_BUDGET / (cols * perCell));
  const rowsPer = Math.max(1, Math.min(Math.floor(BLOCK_CELLS / cols), byBytes));
  const out: Block[] = [];
  for (let r = top; r <= bottom; r += rowsPer) {
    const b = Math.min(bottom, r + rowsPer - 1);
    out.push({
      req,
      box: { ...req.area, top: r, bottom: b },
      estimate: (b - r + 1) * cols * perCell,
      merges,
    });
  }
  return out;
}

/** Types ("String",) and formats ("General",) add about 20 bytes a cell; the window saw only the first rows. */
function perCellOf(req: AreaRequest): number {
  return Math.max(4, req.bytesPerCell) * 1.5 + (req.withTypes ? 24 : 0);
}

function isCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

class AreaReader {
  private pending: Block[];
  private readonly done = new Map<string, Done[]>();
  private readonly merges = new Map<string, MergeArea[]>();
  private readonly lastText = new Map<string, number>();
  private readonly readTo = new Map<string, number>();
  private syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly requests: AreaRequest[],
    private first: (() => void) | undefined,
  ) {
    this.pending = requests.flatMap((req) =>
      sized(req, req.area.top, req.area.bottom, perCellOf(req), req.withMerges),
    );
  }

  /** One request per call, then the next (recursion, not a loop: each waits for the last). */
  async run(): Promise<Map<string, AreaResult>> {
    if (!this.pending.length) {
      this.first?.();
      return this.assemble();
    }
    if (++this.syncs > MAX_READ_SYNCS)
      throw { code: 'ResponsePayloadSizeLimitExceeded', message: 'The area needs too many reads.' };
    const batch = this.takeBatch();
    const queued = batch.map((block) => this.queue(block));
    this.first?.();
    this.first = undefined;
    try {
      await this.context.sync();
    } catch (e) {
      this.retry(e, batch);
      return this.run();
    }
    for (const q of queued) this.absorb(q);
    this.dropPastTheEnd();
    return this.run();
  }

  private takeBatch(): Block[] {
    const batch: Block[] = [];
    let bytes = 0;
    while (this.pending.length && (!batch.length || bytes + this.pending[0].estimate <= RESPONSE_BUDGET)) {
      bytes += this.pending[0].estimate;
      batch.push(this.pending.shift()!);
    }
    return batch;
  }

  private queue(block: Block): Queued {
    const ws = this.context.workbook.worksheets.getItem(block.req.sheet.id);
    const range = ws.getRange(address(block.box));
    if (block.req.withTypes) range.load('values,valueTypes,numberFormat');
    else range.load('values');
    const step = mergeRows(block.box.right - block.box.left + 1);
    const areas: Excel.RangeAreas[] = [];
    for (let r = block.box.top; block.merges && r <= block.box.bottom; r += step) {
      const sub = { ...block.box, top: r, bottom: Math.min(block.box.bottom, r + step - 1) };
      const merged = ws.getRange(address(sub)).getMergedAreasOrNullObject();
      merged.load('address');
      areas.push(merged);
    }
    return { block, range, areas };
  }

  private retry(e: unknown, batch: Block[]): void {
    const tooLarge = isCode(e, 'ResponsePayloadSizeLimitExceeded');
    if (tooLarge && batch.some((b) => b.box.bottom > b.box.top)) {
      // Halve every block of the refused request, and trust the estimate less for them.
      const halves = batch.flatMap((b) =>
        sized(b.req, b.box.top, b.box.bottom, (b.estimate / cellsIn(b.box)) * 2, b.merges),
      );
      this.pending = [...halves, ...this.pending];
    } else if (!tooLarge && batch.some((b) => b.merges)) {
      this.pending = [...batch.map((b) => ({ ...b, merges: false })), ...this.pending];
    } else throw e;
  }

  private absorb({ block, range, areas }: Queued): void {
    const key = block.req.key;
    if (range.values === null) {
      // Over Excel's cell limit after all: the block is read again in halves.
      const mid = Math.floor((block.box.top + block.box.bottom) / 2);
      this.pending.unshift(
        { ...block, box: { ...block.box, bottom: mid } },
        { ...block, box: { ...block.box, top: mid + 1 } },
      );
      return;
    }
    const list = this.done.get(key) ?? [];
    list.push({
      box: block.box,
      values: range.values,
      types: block.req.withTypes ? range.valueTypes : undefined,
      formats: block.req.withTypes ? range.numberFormat : undefined,
    });
    this.done.set(key, list);
    const found = areas.filter((a) => !a.isNullObject).flatMap((a) => parseMergedAddress(a.address));
    if (found.length) this.merges.set(key, [...(this.merges.get(key) ?? []), ...found]);
    range.values.forEach((row, i) => {
      if (row.some((v) => v !== '' && v !== null))
        this.lastText.set(key, Math.max(this.lastText.get(key) ?? -1, block.box.top + i));
    });
    this.readTo.set(key, Math.max(this.readTo.get(key) ?? -1, block.box.bottom));
  }

  /** A long run of empty rows, read, ends an area: the rest is a stray value far below, not the plan. */
  private dropPastTheEnd(): void {
    this.pending = this.pending.filter((b) => {
      const readTo = this.readTo.get(b.req.key) ?? -1;
      const ended = readTo - (this.lastText.get(b.req.key) ?? b.req.area.top - 1) >= GAP_ROWS;
      return !(ended && b.box.top > readTo);
    });
  }

  private assemble(): Map<string, AreaResult> {
    const out = new Map<string, AreaResult>();
    for (const req of this.requests) {
      const blocks = (this.done.get(req.key) ?? []).sort((a, b) => a.box.top - b.box.top);
      const last = this.lastText.get(req.key) ?? req.area.top - 1;
      const rows: CellRows = {
        values: [],
        valueTypes: req.withTypes ? [] : undefined,
        numberFormat: req.withTypes ? [] : undefined,
        rowIndex: req.area.top,
        columnIndex: req.area.left,
      };
      for (const b of blocks) {
        // Appended row by row: a spread of tens of thousands of rows would overflow the call stack.
        for (let i = 0; i < b.values.length && b.box.top + i <= last; i++) {
          rows.values.push(b.values[i]);
          if (b.types) rows.valueTypes!.push(b.types[i]);
          if (b.formats) rows.numberFormat!.push(b.formats[i]);
        }
      }
      out.set(req.key, { rows, merges: this.merges.get(req.key) ?? [] });
    }
    return out;
  }
}

/** Reads each area whole; `first` queues anything else that belongs in the first request. */
export function readAreas(
  context: Excel.RequestContext,
  requests: AreaRequest[],
  first?: () => void,
): Promise<Map<string, AreaResult>> {
  return new AreaReader(context, requests, first).run();
}
