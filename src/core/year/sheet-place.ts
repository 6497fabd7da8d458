// Where a generated sheet goes in a workbook: over our own sheet of the same role and name (a snapshot for
// the same date is replaced, never duplicated); a user's sheet that happens to have the name is never
// touched, ours then becomes `Стан на 30.06.2024 (2)`. Excel compares sheet names without case.
import type { GeneratedRole } from './year-sheet';
import { isNumberedVariant, numberedSheetName } from '../report/sheet-names';

export interface ExistingSheet {
  name: string;
  /** The role of our sheet, null for a user's sheet. */
  role: GeneratedRole | null;
}

export interface Placement {
  name: string;
  /** Our sheet this one replaces, or null when it is added. */
  replaces: string | null;
}

const MAX_NAME = 31;

/** `taken` are names already given to other sheets placed in the same run. */
export function placeSheet(
  wanted: string,
  role: GeneratedRole,
  sheets: readonly ExistingSheet[],
  taken: readonly string[] = [],
): Placement {
  const lower = (s: string) => s.toLowerCase();
  const mine = sheets.filter((s) => s.role === role && isNumberedVariant(s.name, wanted));
  const reuse = mine.find((s) => lower(s.name) === lower(wanted.slice(0, MAX_NAME))) ?? mine[0];
  if (reuse && !taken.some((t) => lower(t) === lower(reuse.name)))
    return { name: reuse.name, replaces: reuse.name };
  const used = (name: string) =>
    sheets.some((s) => lower(s.name) === lower(name)) || taken.some((t) => lower(t) === lower(name));
  let n = 1;
  while (used(numberedSheetName(wanted, n))) n++;
  return { name: numberedSheetName(wanted, n), replaces: null };
}
