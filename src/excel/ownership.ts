// Which sheets are ours. A sheet is ours when its mark names the sheet itself: a user's copy keeps our
// custom properties (Excel copies them) but is another sheet with another name and id, so it is not ours.
// Ids need not survive closing the workbook (office-js-docs#297), so a mark names the sheet's id and its
// name, and either one matching will do. The workbook setting is the mark only where custom properties are
// missing (ExcelApi 1.12): Mac Excel gives a deleted sheet's id to the next new sheet, so an id the setting
// remembers proves nothing on its own.
import { GENERATED_MARK } from '../core/report/sheet-spec';
import type { SheetInfo, WorkbookInfo } from './workbook-info';
import { type Mark, type MarkList, parseStored, type Role, ROLES } from './settings';
import { z } from 'zod';

export const MARK_PROPERTY = 'generatedBy';
export const ROLE_PROPERTY = 'generatedRole';
/** `{"id":…,"name":…}`: the sheet the mark was written for. */
export const SHEET_PROPERTY = 'generatedSheet';
export const FINGERPRINT_PROPERTY = 'generatedFingerprint';
const PROPERTIES = [MARK_PROPERTY, ROLE_PROPERTY, SHEET_PROPERTY, FINGERPRINT_PROPERTY] as const;

export interface Owned {
  role: Role;
  /** What the sheet held when we wrote it; absent for marks older than fingerprints. */
  fingerprint?: string;
}

export type MarkReads = Map<string, Record<(typeof PROPERTIES)[number], Excel.WorksheetCustomProperty>>;

/** Queued with the window reads: every sheet's mark properties (ExcelApi 1.12). */
export function queueMarkReads(context: Excel.RequestContext, sheets: SheetInfo[]): MarkReads {
  const reads: MarkReads = new Map();
  for (const s of sheets) {
    const props = context.workbook.worksheets.getItem(s.id).customProperties;
    const entry = {} as Record<(typeof PROPERTIES)[number], Excel.WorksheetCustomProperty>;
    for (const key of PROPERTIES) {
      entry[key] = props.getItemOrNullObject(key);
      entry[key].load('value');
    }
    reads.set(s.id, entry);
  }
  return reads;
}

const sheetRefSchema = z.object({ id: z.string(), name: z.string() });

function isRole(v: unknown): v is Role {
  return (ROLES as readonly unknown[]).includes(v);
}

/** Our sheets, by id, from their marks (or, without custom properties, from the workbook setting). */
export function ownedSheets(info: WorkbookInfo, reads: MarkReads | null): Map<string, Owned> {
  const owned = new Map<string, Owned>();
  const recorded = new Map(info.markSetting.map((m) => [m.id, m]));
  if (reads) {
    for (const s of info.sheets) {
      const p = reads.get(s.id);
      if (!p) continue;
      const value = (key: (typeof PROPERTIES)[number]): string | null =>
        p[key].isNullObject ? null : p[key].value;
      const role = value(ROLE_PROPERTY);
      if (value(MARK_PROPERTY) !== GENERATED_MARK || !isRole(role)) continue;
      const ref = parseStored(value(SHEET_PROPERTY), sheetRefSchema);
      // A mark without the sheet it names predates them: ours only where the setting lists this very sheet.
      const itself = ref ? ref.id === s.id || ref.name === s.name : recorded.has(s.id);
      if (itself)
        owned.set(s.id, {
          role,
          fingerprint: value(FINGERPRINT_PROPERTY) ?? recorded.get(s.id)?.fingerprint,
        });
    }
    return owned;
  }
  const ids = new Set(info.sheets.map((s) => s.id));
  for (const s of info.sheets) {
    const m = recorded.get(s.id);
    if (m && (m.name === undefined || m.name === s.name)) {
      owned.set(s.id, { role: m.role, fingerprint: m.fingerprint });
      continue;
    }
    // Reopened: ids changed. Same name and role, and the recorded id names no sheet any more.
    const byName = info.markSetting.find((x) => x.name === s.name && !ids.has(x.id));
    if (byName) owned.set(s.id, { role: byName.role, fingerprint: byName.fingerprint });
  }
  return owned;
}

/** The mark of one of our new sheets (its id is known once the sheet exists). */
export function queueMark(
  ws: Excel.Worksheet,
  mark: Required<Pick<Mark, 'id' | 'name' | 'role' | 'fingerprint'>>,
): void {
  const props = ws.customProperties;
  props.add(MARK_PROPERTY, GENERATED_MARK);
  props.add(ROLE_PROPERTY, mark.role);
  props.add(SHEET_PROPERTY, JSON.stringify({ id: mark.id, name: mark.name }));
  props.add(FINGERPRINT_PROPERTY, mark.fingerprint);
}

/**
 * A sheet of ours the user changed is theirs from now on: our mark is overwritten (not deleted, so that
 * doing it twice, as a recovery may, cannot fail).
 */
export function queueUnmark(ws: Excel.Worksheet, withProps: boolean): void {
  if (withProps) ws.customProperties.add(MARK_PROPERTY, 'released');
}

/**
 * The mark list after a generate: the list read at the start merged, never overwritten. Entries of sheets
 * that are gone or replaced go; an entry whose sheet changed id on reopening follows the sheet.
 */
export function mergedMarks(
  info: WorkbookInfo,
  owned: Map<string, Owned>,
  gone: Set<string>,
  added: MarkList,
): MarkList {
  const live = new Set(info.sheets.map((s) => s.id));
  const idByName = new Map(info.sheets.map((s) => [s.name, s.id]));
  const addedIds = new Set(added.map((m) => m.id));
  const kept: MarkList = [];
  for (const m of info.markSetting) {
    const current = live.has(m.id) ? m.id : m.name !== undefined ? idByName.get(m.name) : undefined;
    if (current === undefined || !owned.has(current) || gone.has(current) || addedIds.has(current)) continue;
    if (kept.some((k) => k.id === current)) continue;
    kept.push({ ...m, id: current });
  }
  return [...kept, ...added];
}
