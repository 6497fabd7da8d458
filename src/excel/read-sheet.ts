// Reading the workbook in two round trips whatever its size: (1) the sheet list, the active sheet and our
// settings; (2) the used range of every candidate sheet with merges and our marks, loaded together and
// synced once.
import type { PaneSettings } from '../app/plan-service';
import type { Grid } from '../core/grid';
import { GENERATED_MARK, type SheetSpec } from '../core/report/sheet-spec';
import { POSITION_SHEET_NAMES, toGrid } from './cell-values';
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

/** Round trip 2: the used ranges of `names` (values, types, formats, merges) and every sheet's mark. */
export async function loadSheetContents(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  names: string[],
  isSetSupported: IsSetSupported,
): Promise<SheetContents> {
  const withMerges = supports(isSetSupported, OPTIONAL_REQUIREMENTS.mergedAreas);
  const withProps = supports(isSetSupported, OPTIONAL_REQUIREMENTS.marks);
  const wanted = new Set(names);
  const reads = info.sheets
    .filter((s) => wanted.has(s.name))
    .map((s) => {
      const used = context.workbook.worksheets.getItem(s.id).getUsedRangeOrNullObject(true);
      used.load('values,valueTypes,numberFormat,rowIndex,columnIndex');
      const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
      merged?.load('address');
      return { name: s.name, used, merged };
    });
  const marks = withProps
    ? info.sheets.map((s) => {
        const props = context.workbook.worksheets.getItem(s.id).customProperties;
        const mark = props.getItemOrNullObject(MARK_PROPERTY);
        mark.load('value');
        const role = props.getItemOrNullObject(ROLE_PROPERTY);
        role.load('value');
        return { id: s.id, mark, role };
      })
    : [];
  await context.sync();

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
  const generated = new Map<string, SheetSpec['role']>();
  for (const { id, mark, role } of marks) {
    if (mark.isNullObject || mark.value !== GENERATED_MARK || role.isNullObject) continue;
    if (role.value === 'execution-table' || role.value === 'summary') generated.set(id, role.value);
  }
  const existing = new Set(info.sheets.map((s) => s.id));
  for (const m of info.markSetting)
    if (existing.has(m.id) && !generated.has(m.id)) generated.set(m.id, m.role);
  return { grids, generated };
}

export function positionSheet(info: WorkbookInfo): SheetInfo | undefined {
  return info.sheets.find((s) => POSITION_SHEET_NAMES.includes(s.name.trim().toLowerCase()));
}
