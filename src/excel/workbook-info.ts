// Round trip 1 of every action: the sheet list, the active sheet, our settings and records, the generate
// lock, and the workbook's date system.
import type { PaneSettings } from '../app/plan-service';
import { findPositionsSheet } from '../core/plan/positions';
import type { DefinedNameView } from '../core/report/sheet-marks';
import { type IsSetSupported, OPTIONAL_REQUIREMENTS, supports } from './requirements';
import {
  HIGHLIGHTS_KEY,
  type HighlightList,
  highlightListSchema,
  LOCK_KEY,
  type LockRecord,
  lockSchema,
  MARKS_KEY,
  type MarkList,
  markListSchema,
  parseList,
  parseSettings,
  parseStored,
  SETTINGS_KEY,
} from './settings';

export interface SheetInfo {
  name: string;
  id: string;
  visible: boolean;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  activeSheet: string;
  settings: PaneSettings;
  /** Our sheets as recorded in the workbook setting (the mark itself without ExcelApi 1.12). */
  markSetting: MarkList;
  highlights: HighlightList;
  lock: LockRecord | null;
  /** The workbook-scoped defined names: ours mark our sheets for both hosts (core/report/sheet-marks.ts). */
  names: DefinedNameView[];
  /** The workbook counts dates from 1904 (DATE(1904,1,1) is 0 there, 1462 in the 1900 system). */
  date1904: boolean;
}

/** Our own sheets in the making: new ones being written (`~tmp-`) and old ones being replaced (`~old-`). */
export const WORK_NAME = /^~(?:tmp|old)-[0-9a-z]{1,6}-\d+$/;
/** The sheet that holds the generate lock: adding it fails when it exists, which makes the lock atomic. */
export const LOCK_SHEET = '~plan-report-lock';

export function isWorkSheet(name: string): boolean {
  return WORK_NAME.test(name) || name === LOCK_SHEET;
}

export async function loadWorkbookInfo(
  context: Excel.RequestContext,
  isSet: IsSetSupported,
): Promise<WorkbookInfo> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/visibility');
  const active = sheets.getActiveWorksheet();
  active.load('name');
  const item = (key: string): Excel.Setting => {
    const s = context.workbook.settings.getItemOrNullObject(key);
    s.load('value');
    return s;
  };
  const settings = item(SETTINGS_KEY);
  const marks = item(MARKS_KEY);
  const highlights = item(HIGHLIGHTS_KEY);
  const lock = item(LOCK_KEY);
  // Workbook-scoped names only (ExcelApi 1.1); a user's copy of a sheet of ours has sheet-scoped ones. Their
  // formulas' text (ExcelApi 1.7), not what they compute (`value`, which for a name of an array formula is
  // the whole array); `value` gives a named range's address on older Excel.
  const byFormula = supports(isSet, OPTIONAL_REQUIREMENTS.nameFormulas);
  const names = context.workbook.names;
  names.load(byFormula ? 'items/name,items/formula' : 'items/name,items/value');
  // DATE(1904,1,1) is 0 in a 1904 workbook and 1462 in a 1900 one: Workbook.use1904DateSystem is still a
  // preview API, so the date system is asked of Excel this way (ExcelApi 1.2).
  const functions = supports(isSet, OPTIONAL_REQUIREMENTS.functions) ? context.workbook.functions : undefined;
  const epoch = typeof functions?.date === 'function' ? functions.date(1904, 1, 1) : null;
  epoch?.load('value');
  await context.sync();
  const value = (s: Excel.Setting): unknown => (s.isNullObject ? null : s.value);
  return {
    sheets: sheets.items.map((ws) => ({ name: ws.name, id: ws.id, visible: ws.visibility === 'Visible' })),
    activeSheet: active.name,
    settings: parseSettings(value(settings)),
    markSetting: parseList(value(marks), markListSchema),
    highlights: parseList(value(highlights), highlightListSchema),
    lock: parseStored(value(lock), lockSchema),
    names: names.items.map((n) => ({ name: n.name, value: String((byFormula ? n.formula : n.value) ?? '') })),
    date1904: epoch !== null && epoch.value === 0,
  };
}

export function positionSheet(info: WorkbookInfo): SheetInfo | undefined {
  // The core's one policy: the CLI reads the same sheet.
  return findPositionsSheet(info.sheets);
}
