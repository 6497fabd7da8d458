// Which sheets are ours, by the core's policy (core/report/sheet-marks.ts). A sheet is ours when its mark names
// the sheet itself: a user's copy keeps our custom properties (Excel copies them) but is another sheet with
// another name and id, so it is not ours. Ids need not survive closing the workbook (office-js-docs#297), so
// a mark names the sheet's id and its name, and either one matching will do. The workbook setting is the
// mark only where custom properties are missing (ExcelApi 1.12): Mac Excel gives a deleted sheet's id to
// the next new sheet, so an id the setting remembers proves nothing on its own. A sheet without custom
// properties is ours when our defined name marks it (the CLI's mark, which this host writes too).
import {
  MARK_PROPERTIES,
  markByProperties,
  marksByName,
  type MarkPropertyKey,
  RELEASED_MARK,
} from '../core/report/sheet-marks';
import { GENERATED_MARK } from '../core/report/sheet-spec';
import { isWorkSheet, type SheetInfo, type WorkbookInfo } from './workbook-info';
import type { Mark, MarkList, Role } from './settings';

export const MARK_PROPERTY = MARK_PROPERTIES.mark;
export const ROLE_PROPERTY = MARK_PROPERTIES.role;
/** `{"id":…,"name":…}`: the sheet the mark was written for. */
export const SHEET_PROPERTY = MARK_PROPERTIES.sheet;
export const FINGERPRINT_PROPERTY = MARK_PROPERTIES.fingerprint;
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

/** What a sheet's mark properties hold, as the core's policy reads them. */
function propertiesOf(
  p: MarkReads extends Map<string, infer R> ? R : never,
): Partial<Record<MarkPropertyKey, string>> {
  const out: Partial<Record<MarkPropertyKey, string>> = {};
  for (const key of PROPERTIES) if (!p[key].isNullObject) out[key] = p[key].value;
  return out;
}

/**
 * Our sheets, by id: from their custom properties where they have them (ExcelApi 1.12), else from the
 * workbook setting (without 1.12), else from the defined name that marks them (the CLI's and ours, 1.4).
 */
export function ownedSheets(info: WorkbookInfo, reads: MarkReads | null): Map<string, Owned> {
  const owned = new Map<string, Owned>();
  const recorded = new Map(info.markSetting.map((m) => [m.id, m]));
  const byName = marksByName(
    info.names,
    info.sheets.map((s) => s.name),
  );
  const ids = new Set(info.sheets.map((s) => s.id));
  const fingerprintOf = (id: string): { fingerprint?: string } => {
    const f = recorded.get(id)?.fingerprint;
    return f ? { fingerprint: f } : {};
  };
  for (const s of info.sheets) {
    // Our sheets in the making (`~tmp-`, `~old-`) are a run's own, whatever marks they already carry.
    if (isWorkSheet(s.name)) continue;
    const p = reads?.get(s.id);
    const verdict = p ? markByProperties(propertiesOf(p), s) : { kind: 'none' as const };
    if (verdict.kind === 'not-ours') continue;
    if (verdict.kind === 'ours' || verdict.kind === 'unnamed') {
      // A mark without the sheet it names predates them: ours only where the setting lists this very sheet.
      if (verdict.kind === 'unnamed' && !recorded.has(s.id)) continue;
      owned.set(s.id, {
        role: verdict.role,
        ...(verdict.fingerprint ? { fingerprint: verdict.fingerprint } : fingerprintOf(s.id)),
      });
      continue;
    }
    if (!reads) {
      const m = recorded.get(s.id);
      if (m && (m.name === undefined || m.name === s.name)) {
        owned.set(s.id, { role: m.role, ...(m.fingerprint ? { fingerprint: m.fingerprint } : {}) });
        continue;
      }
      // Reopened: ids changed. Same name and role, and the recorded id names no sheet any more.
      const again = info.markSetting.find((x) => x.name === s.name && !ids.has(x.id));
      if (again) {
        owned.set(s.id, {
          role: again.role,
          ...(again.fingerprint ? { fingerprint: again.fingerprint } : {}),
        });
        continue;
      }
    }
    const named = byName.get(s.name.toLowerCase());
    if (named) owned.set(s.id, { role: named.role, ...fingerprintOf(s.id) });
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
  if (withProps) ws.customProperties.add(MARK_PROPERTY, RELEASED_MARK);
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
