// The year's generated sheets are SheetSpecs with roles of their own. SheetSpec's `role` names the report's
// two sheets, which the Excel host's marks know; these join that union when the Excel host writes them
// (next round of #14). Until then hosts hand them to the writers through asSheetSpec().
import type { SheetSpec } from '../report/sheet-spec';

export const YEAR_ROLES = ['snapshot', 'snapshot-changes', 'next-year-plan', 'next-year-notes'] as const;
export type YearRole = (typeof YEAR_ROLES)[number];
export type GeneratedRole = SheetSpec['role'] | YearRole;

export type YearSheetSpec = Omit<SheetSpec, 'role'> & { role: YearRole };
export type AnySheetSpec = SheetSpec | YearSheetSpec;

/** For the writers, which render any role the same way and only write it into the mark's name. */
export function asSheetSpec(spec: AnySheetSpec): SheetSpec {
  return spec as SheetSpec;
}
