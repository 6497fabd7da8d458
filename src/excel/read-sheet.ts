// Reading the workbook in two round trips whatever its size: (1) the sheet list, the active sheet and our
// settings; (2) the used range of every candidate sheet with merges and our marks, loaded together and
// synced once.
import type { PaneSettings } from '../app/plan-service';
import { columnLetter, type Grid } from '../core/grid';
import { GENERATED_MARK, type SheetSpec } from '../core/report/sheet-spec';
import { findPositionsSheet } from '../core/plan/positions';
import { toGrid } from './cell-values';
import { type IsSetSupported, OPTIONAL_REQUIREMENTS, supports } from './requirements';
import {
  HIGHLIGHTS_KEY,
  type HighlightList,
  highlightListSchema,
  MARKS_KEY,
  type MarkList,
  markListSchema,
  parseList,
  parseSettings,
  SETTINGS_KEY,
} from './settings';

export const MARK_PROPERTY = 'generatedBy';
export const ROLE_PROPERTY = 'generatedRole';

export interface SheetInfo {
  name: string;
  id: string;
  visible: boolean;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  activeSheet: string;
  settings: PaneSettings;
  /** Our sheets as recorded in the workbook setting (the fallback without ExcelApi 1.12). */
  markSetting: MarkList;
  highlights: HighlightList;
}

export interface SheetContents {
  grids: Map<string, Grid>;
  /** Sheet id -> role, for sheets that carry our mark. */
  generated: Map<string, SheetSpec['role']>;
}

/** Round trip 1. */
export async function loadWorkbookInfo(context: Excel.RequestContext): Promise<WorkbookInfo> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/visibility');
  const active = sheets.getActiveWorksheet();
  active.load('name');
  const settings = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  settings.load('value');
  const marks = context.workbook.settings.getItemOrNullObject(MARKS_KEY);
  marks.load('value');
  const highlights = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY);
  highlights.load('value');
  await context.sync();
  return {
    sheets: sheets.items.map((ws) => ({ name: ws.name, id: ws.id, visible: ws.visibility === 'Visible' })),
    activeSheet: active.name,
    settings: parseSettings(settings.isNullObject ? null : settings.value),
    markSetting: marks.isNullObject ? [] : parseList(marks.value, markListSchema),
    highlights: highlights.isNullObject ? [] : parseList(highlights.value, highlightListSchema),
  };
}

/** Excel on the web refuses a response above 5 MB; a plan read past that is read again in row blocks. */
const RESPONSE_BUDGET = 4 * 1024 * 1024;
/** A generous guess of one cell's size in a response (its value, value type and number format as JSON). */
const CELL_BYTES = 64;
/** Past this many block reads the sheet is not a plan a person keeps (a stray value at XFD1048576): give up. */
const MAX_BLOCK_SYNCS = 64;

interface MarkRead {
  id: string;
  mark: Excel.WorksheetCustomProperty;
  role: Excel.WorksheetCustomProperty;
}

function queueMarks(context: Excel.RequestContext, info: WorkbookInfo, withProps: boolean): MarkRead[] {
  if (!withProps) return [];
  return info.sheets.map((s) => {
    const props = context.workbook.worksheets.getItem(s.id).customProperties;
    const mark = props.getItemOrNullObject(MARK_PROPERTY);
    mark.load('value');
    const role = props.getItemOrNullObject(ROLE_PROPERTY);
    role.load('value');
    return { id: s.id, mark, role };
  });
}

function generatedSheets(info: WorkbookInfo, marks: MarkRead[]): Map<string, SheetSpec['role']> {
  const generated = new Map<string, SheetSpec['role']>();
  for (const { id, mark, role } of marks) {
    if (mark.isNullObject || mark.value !== GENERATED_MARK || role.isNullObject) continue;
    if (role.value === 'execution-table' || role.value === 'summary') generated.set(id, role.value);
  }
  const existing = new Set(info.sheets.map((s) => s.id));
  for (const m of info.markSetting)
    if (existing.has(m.id) && !generated.has(m.id)) generated.set(m.id, m.role);
  return generated;
}

function isResponseTooLarge(e: unknown): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded'
  );
}

/**
 * Round trip 2: the used ranges of `names` (values, types, formats, merges) and every sheet's mark. A
 * response past Excel's 5 MB limit (tens of thousands of measures) is read again in row blocks instead.
 */
export async function loadSheetContents(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  names: string[],
  isSetSupported: IsSetSupported,
): Promise<SheetContents> {
  const withMerges = supports(isSetSupported, OPTIONAL_REQUIREMENTS.mergedAreas);
  const withProps = supports(isSetSupported, OPTIONAL_REQUIREMENTS.marks);
  const wanted = new Set(names);
  const sheets = info.sheets.filter((s) => wanted.has(s.name));
  const reads = sheets.map((s) => {
    const used = context.workbook.worksheets.getItem(s.id).getUsedRangeOrNullObject(true);
    used.load('values,valueTypes,numberFormat,rowIndex,columnIndex');
    const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { name: s.name, used, merged };
  });
  const marks = queueMarks(context, info, withProps);
  try {
    await context.sync();
  } catch (e) {
    if (!isResponseTooLarge(e)) throw e;
    return loadInBlocks(context, info, sheets, withMerges, withProps, e);
  }

  const grids = new Map<string, Grid>();
  for (const { name, used, merged } of reads) {
    const data = used.isNullObject
      ? null
      : {
          values: used.values,
          valueTypes: used.valueTypes as string[][],
          numberFormat: used.numberFormat,
          rowIndex: used.rowIndex,
          columnIndex: used.columnIndex,
        };
    const address = merged && !used.isNullObject && !merged.isNullObject ? merged.address : null;
    grids.set(name, toGrid(name, data, address));
  }
  return { grids, generated: generatedSheets(info, marks) };
}

/**
 * The large-plan path: one sync for the used ranges' extents, merges and marks, then row blocks of at most
 * RESPONSE_BUDGET each (halved when Excel still refuses one). The number of syncs grows with the bytes read,
 * never with anything else; past MAX_BLOCK_SYNCS the original error is thrown.
 */
async function loadInBlocks(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  sheets: SheetInfo[],
  withMerges: boolean,
  withProps: boolean,
  tooLarge: unknown,
): Promise<SheetContents> {
  const extents = sheets.map((s) => {
    const ws = context.workbook.worksheets.getItem(s.id);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { name: s.name, ws, used, merged };
  });
  const marks = queueMarks(context, info, withProps);
  await context.sync();

  let syncs = 0;
  const grids = new Map<string, Grid>();
  // Sheet after sheet, each waiting for the last (a reduce, so the blocks' round trips stay in order).
  await extents.reduce(async (previous, { name, ws, used, merged }) => {
    await previous;
    if (used.isNullObject) {
      grids.set(name, toGrid(name, null, null));
      return;
    }
    const { rowIndex, columnIndex, rowCount, columnCount } = used;
    const data = { values: [] as unknown[][], valueTypes: [] as string[][], numberFormat: [] as unknown[][] };
    const left = columnLetter(columnIndex);
    const right = columnLetter(columnIndex + columnCount - 1);
    // One block per round trip, in order (each waits for the last); a refused block is retried at half.
    const readFrom = async (start: number, rows: number): Promise<void> => {
      if (start >= rowCount) return;
      if (++syncs > MAX_BLOCK_SYNCS) throw tooLarge;
      const count = Math.min(rows, rowCount - start);
      const block = ws.getRange(`${left}${rowIndex + start + 1}:${right}${rowIndex + start + count}`);
      block.load('values,valueTypes,numberFormat');
      try {
        await context.sync();
      } catch (e) {
        if (!isResponseTooLarge(e) || count === 1) throw e;
        return readFrom(start, Math.max(1, Math.floor(count / 2)));
      }
      // Appended row by row: a spread of tens of thousands of rows would overflow the call stack.
      for (const row of block.values) data.values.push(row);
      for (const row of block.valueTypes as string[][]) data.valueTypes.push(row);
      for (const row of block.numberFormat) data.numberFormat.push(row);
      return readFrom(start + count, rows);
    };
    await readFrom(0, Math.max(1, Math.floor(RESPONSE_BUDGET / (CELL_BYTES * columnCount))));
    const address = merged && !merged.isNullObject ? merged.address : null;
    grids.set(name, toGrid(name, { ...data, rowIndex, columnIndex }, address));
  }, Promise.resolve());
  return { grids, generated: generatedSheets(info, marks) };
}

/** The office's list of positions, by the core's one policy (the CLI reads the same sheet). */
export function positionSheet(info: WorkbookInfo): SheetInfo | undefined {
  return findPositionsSheet(info.sheets);
}
