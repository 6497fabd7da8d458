// The year's generated sheets are SheetSpecs with roles of their own. SheetSpec's `role` names the report's
// two sheets, which the Excel host's marks know; these join that union when the Excel host writes them
// (next round of #14). Until then hosts hand them to the writers through asSheetSpec().
import type { Lang } from '../i18n/lang';
import { REPORT_LABELS } from '../report/labels';
import { PRINT_MARGINS } from '../report/report-styles';
import type { PrintSetup, SheetSpec } from '../report/sheet-spec';

export const YEAR_ROLES = ['snapshot', 'snapshot-changes', 'next-year-plan', 'next-year-notes'] as const;
export type YearRole = (typeof YEAR_ROLES)[number];
export type GeneratedRole = SheetSpec['role'] | YearRole;

export type YearSheetSpec = Omit<SheetSpec, 'role'> & { role: YearRole };
export type AnySheetSpec = SheetSpec | YearSheetSpec;

/** For the writers, which render any role the same way and only write it into the mark's name. */
export function asSheetSpec(spec: AnySheetSpec): SheetSpec {
  return spec as SheetSpec;
}

/**
 * How the year's tables print: A4 landscape, one page wide, the header rows (1-based, inclusive) on every
 * page, page numbers. (The report's own print setup gets one home in #15; these follow it.)
 */
export function tablePrint(header: { from: number; to: number } | null, lang: Lang): PrintSetup {
  return {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    ...(header ? { repeatRows: header } : {}),
    footer: REPORT_LABELS[lang].footer,
    margins: PRINT_MARGINS,
  };
}
