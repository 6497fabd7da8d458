// Reads sized by cells. Excel limits a get to 5,000,000 cells and may then answer `values: null` instead of
// failing (office-js#4783, #6781); Excel on the web also refuses a response above 5 MB, desktop Excel never
// does. So nothing is read whole: each candidate sheet is first seen through a bounded window (the first 64
// rows and columns, values only) and its extents, and only the plan's area is then read, in blocks sized by
// cells and by the bytes the window measured. A stray value at XFD1048576 changes nothing.
import { columnLetter, type MergeArea } from '../core/grid';
import { type CellRows, parseMergedAddress, toGrid } from './cell-values';
import type { SheetInfo } from './workbook-info';
import { utf8Length } from './write-spec';

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const WINDOW_ROWS = 64;
export const WINDOW_COLS = 64;
const WINDOW = `A1:${columnLetter(WINDOW_COLS - 1)}${WINDOW_ROWS}`;
const WINDOW_COLUMNS = `A:${columnLetter(WINDOW_COLS - 1)}`;
/** Below Excel's 5,000,000-cell get limit, with room to spare. */
export const BLOCK_CELLS = 4_000_000;
/** Below Excel on the web's 5 MB response limit, with room for the rest of the response. */
export const RESPONSE_BUDGET = 4 * 1024 * 1024;
/** A merged-areas call fails past 512 areas: a block of rows × columns can start at most that many. */
const MERGE_CELLS = 500;
/** This many empty rows below the last text end a plan area, whatever stray value lies further down. */
const GAP_ROWS = 1000;
/** Past this many read round trips the sheet is not a plan a person keeps: give up with "too large". */
const MAX_READ_SYNCS = 64;

function address(b: Box): string {
  return `${columnLetter(b.left)}${b.top + 1}:${columnLetter(b.right)}${b.bottom + 1}`;
}

function boxOf(r: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Box {
  return {
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  };
}

export interface SheetWindow {
  sheet: SheetInfo;
  /** The window's used cells as a grid (values only: enough to find a header). */
  grid: ReturnType<typeof toGrid>;
  /** The used part of the window, null for an empty window. */
  used: Box | null;
  /** The last used row of the window's columns (A:BL), whatever lies further right. */
  columnsBottom: number | null;
  /** The sheet's whole used range (values only). */
  extent: Box | null;
  /** Response bytes per cell the window's values took (for sizing later reads). */
  bytesPerCell: number;
}

interface WindowRead {
  sheet: SheetInfo;
  window: Excel.Range;
  columns: Excel.Range;
  extent: Excel.Range;
}

/** Queued in round trip 2: a bounded window and two extents per sheet (never a whole used range). */
export function queueWindows(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  windowed: Set<string>,
): WindowRead[] {
  return sheets.map((sheet) => {
    const ws = context.workbook.worksheets.getItem(sheet.id);
    const window = ws.getRange(WINDOW).getUsedRangeOrNullObject(true);
    window.load(windowed.has(sheet.id) ? 'values,rowIndex,columnIndex,rowCount,columnCount' : 'rowIndex');
    const columns = ws.getRange(WINDOW_COLUMNS).getUsedRangeOrNullObject(true);
    columns.load('rowIndex,rowCount');
    const extent = ws.getUsedRangeOrNullObject(true);
    extent.load('rowIndex,columnIndex,rowCount,columnCount');
    return { sheet, window, columns, extent };
  });
}

export function windowsOf(
  reads: WindowRead[],
  windowed: Set<string>,
  date1904: boolean,
): Map<string, SheetWindow> {
  const out = new Map<string, SheetWindow>();
  for (const { sheet, window, columns, extent } of reads) {
    const hasWindow = windowed.has(sheet.id) && !window.isNullObject;
    const values = hasWindow ? window.values : null;
    const used = hasWindow ? boxOf(window) : null;
    const cells = used ? (used.bottom - used.top + 1) * (used.right - used.left + 1) : 0;
    out.set(sheet.id, {
      sheet,
      grid: toGrid(
        sheet.name,
        values && used ? { values, rowIndex: used.top, columnIndex: used.left } : null,
        [],
        date1904,
      ),
      used,
      columnsBottom: columns.isNullObject ? null : columns.rowIndex + columns.rowCount - 1,
      extent: extent.isNullObject ? null : boxOf(extent),
      bytesPerCell: values && cells ? utf8Length(JSON.stringify(values)) / cells : 8,
    });
  }
  return out;
}

/** The rectangle to read for a plan found in a window: its columns, from its first row to its last. */
export function planArea(w: SheetWindow): Box | null {
  if (!w.used) return null;
  return { ...w.used, bottom: Math.max(w.used.bottom, w.columnsBottom ?? w.used.bottom) };
}

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

function sized(req: AreaRequest, top: number, bottom: number, perCell: number, merges: boolean): Block[] {
  const cols = req.area.right - req.area.left + 1;
  const rowsPer = Math.max(
    1,
    Math.min(Math.floor(BLOCK_CELLS / cols), Math.floor(RESPONSE_BUDGET / (cols * perCell))),
  );
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

function perCellOf(req: AreaRequest): number {
  // Types ("String",) and formats ("General",) add about 20 bytes a cell; the window saw only the first rows.
  return Math.max(4, req.bytesPerCell) * 1.5 + (req.withTypes ? 24 : 0);
}

function isCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/**
 * Reads each area whole, in as few round trips as the budget allows (one, while they fit): blocks under the
 * cell limit, packed into requests under the response budget; a block Excel still refuses is halved, a block
 * read as null is split, a read that fails with merges asked is repeated without them (merges are optional).
 * `first` queues anything else that belongs in the first request.
 */
export async function readAreas(
  context: Excel.RequestContext,
  requests: AreaRequest[],
  first?: () => void,
): Promise<Map<string, AreaResult>> {
  let pending: Block[] = requests.flatMap((req) =>
    sized(req, req.area.top, req.area.bottom, perCellOf(req), req.withMerges),
  );
  const done = new Map<
    string,
    { box: Box; values: unknown[][]; types?: unknown[][]; formats?: unknown[][] }[]
  >();
  const merges = new Map<string, MergeArea[]>();
  const lastText = new Map<string, number>();
  const readTo = new Map<string, number>();
  let syncs = 0;
  let extra = first;
  while (pending.length) {
    if (++syncs > MAX_READ_SYNCS)
      throw { code: 'ResponsePayloadSizeLimitExceeded', message: 'too many blocks' };
    const batch: Block[] = [];
    let bytes = 0;
    while (pending.length && (!batch.length || bytes + pending[0].estimate <= RESPONSE_BUDGET)) {
      bytes += pending[0].estimate;
      batch.push(pending.shift()!);
    }
    const queued = batch.map((block) => {
      const ws = context.workbook.worksheets.getItem(block.req.sheet.id);
      const range = ws.getRange(address(block.box));
      range.load(block.req.withTypes ? 'values,valueTypes,numberFormat' : 'values');
      const cols = block.box.right - block.box.left + 1;
      const step = Math.max(1, Math.floor(MERGE_CELLS / cols));
      const areas: Excel.RangeAreas[] = [];
      for (let r = block.box.top; block.merges && r <= block.box.bottom; r += step) {
        const sub = { ...block.box, top: r, bottom: Math.min(block.box.bottom, r + step - 1) };
        const merged = ws.getRange(address(sub)).getMergedAreasOrNullObject();
        merged.load('address');
        areas.push(merged);
      }
      return { block, range, areas };
    });
    extra?.();
    try {
      await context.sync();
      extra = undefined;
    } catch (e) {
      extra = undefined;
      if (isCode(e, 'ResponsePayloadSizeLimitExceeded') && batch.some((b) => b.box.bottom > b.box.top)) {
        // Halve every block of the refused request, and trust the estimate less for the rest.
        pending = [
          ...batch.flatMap((b) =>
            sized(b.req, b.box.top, b.box.bottom, (b.estimate / cellsIn(b.box)) * 2, b.merges),
          ),
          ...pending,
        ];
        continue;
      }
      if (!isCode(e, 'ResponsePayloadSizeLimitExceeded') && batch.some((b) => b.merges)) {
        pending = [...batch.map((b) => ({ ...b, merges: false })), ...pending];
        continue;
      }
      throw e;
    }
    for (const { block, range, areas } of queued) {
      const key = block.req.key;
      if (range.values === null) {
        // Over Excel's cell limit after all: the block is read again in halves.
        const mid = Math.floor((block.box.top + block.box.bottom) / 2);
        pending.unshift(
          { ...block, box: { ...block.box, bottom: mid } },
          { ...block, box: { ...block.box, top: mid + 1 } },
        );
        continue;
      }
      const list = done.get(key) ?? [];
      list.push({
        box: block.box,
        values: range.values,
        types: block.req.withTypes ? range.valueTypes : undefined,
        formats: block.req.withTypes ? range.numberFormat : undefined,
      });
      done.set(key, list);
      for (const a of areas)
        if (!a.isNullObject) merges.set(key, [...(merges.get(key) ?? []), ...parseMergedAddress(a.address)]);
      range.values.forEach((row, i) => {
        if (row.some((v) => v !== '' && v !== null))
          lastText.set(key, Math.max(lastText.get(key) ?? -1, block.box.top + i));
      });
      readTo.set(key, Math.max(readTo.get(key) ?? -1, block.box.bottom));
    }
    // A long run of empty rows, read, ends the area: the rest is a stray value far below, not the plan.
    const ended = (key: string, area: Box): boolean =>
      (readTo.get(key) ?? -1) - (lastText.get(key) ?? area.top - 1) >= GAP_ROWS;
    pending = pending.filter(
      (b) => !(ended(b.req.key, b.req.area) && b.box.top > (readTo.get(b.req.key) ?? -1)),
    );
  }
  return assemble(requests, done, merges, lastText);
}

function cellsIn(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

function assemble(
  requests: AreaRequest[],
  done: Map<string, { box: Box; values: unknown[][]; types?: unknown[][]; formats?: unknown[][] }[]>,
  merges: Map<string, MergeArea[]>,
  lastText: Map<string, number>,
): Map<string, AreaResult> {
  const out = new Map<string, AreaResult>();
  for (const req of requests) {
    const blocks = (done.get(req.key) ?? []).sort((a, b) => a.box.top - b.box.top);
    const last = lastText.get(req.key) ?? req.area.top - 1;
    const rows: CellRows = {
      values: [],
      valueTypes: req.withTypes ? [] : undefined,
      numberFormat: req.withTypes ? [] : undefined,
      rowIndex: req.area.top,
      columnIndex: req.area.left,
    };
    for (const b of blocks) {
      for (let i = 0; i < b.values.length && b.box.top + i <= last; i++) {
        // Appended row by row: a spread of tens of thousands of rows would overflow the call stack.
        rows.values.push(b.values[i]);
        if (b.types) rows.valueTypes!.push(b.types[i]);
        if (b.formats) rows.numberFormat!.push(b.formats[i]);
      }
    }
    out.set(req.key, { rows, merges: merges.get(req.key) ?? [] });
  }
  return out;
}
