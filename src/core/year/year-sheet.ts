// The year's generated sheets: SheetSpecs of the year's roles (snapshots, changes, next year's plan and list),
// which every host writes and marks as it writes the report's sheets.
import type { Lang } from '../i18n/lang';
import { REPORT_LABELS } from '../report/labels';
import { PRINT_MARGINS } from '../report/report-styles';
import type { GeneratedRole, PrintSetup, SheetSpec } from '../report/sheet-spec';

export type { GeneratedRole } from '../report/sheet-spec';

export const YEAR_ROLES = [
  'snapshot',
  'snapshot-changes',
  'next-year-plan',
  'next-year-notes',
] as const satisfies readonly GeneratedRole[];
export type YearRole = (typeof YEAR_ROLES)[number];

export type YearSheetSpec = SheetSpec & { role: YearRole };

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
