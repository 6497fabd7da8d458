// Which ExcelApi requirement set each feature needs, and which of them this Excel lacks. Office answers
// `isSetSupported` synchronously, so the pane can grey out a feature before anyone clicks it.
import { type MissingFeature, ServiceError } from '../app/plan-service';

export type IsSetSupported = (set: string, version: string) => boolean;

/** Features that stop working without their set (listed by `missingFeatures`). */
export const FEATURE_REQUIREMENTS: Record<MissingFeature['feature'], string> = {
  settings: '1.4', // workbook settings; also getUsedRangeOrNullObject and *OrNullObject look-ups
  generate: '1.4', // without custom properties (1.12) the marks live in a workbook setting (1.4)
  chart: '1.1',
  highlights: '1.6', // conditional formats
  'live-validation': '1.7', // worksheet.onChanged
  'input-helpers': '1.8', // data validation
  snapshot: '1.4', // as generate; the defined name that marks the sheet for the CLI is ExcelApi 1.4 too
  'next-year': '1.8', // Excel.createWorkbook: a new workbook from the .xlsx built in the pane
};

/** Parts that degrade quietly: the feature still runs, with less. */
export const OPTIONAL_REQUIREMENTS = {
  functions: '1.2', // workbook.functions.date(): which date system the workbook uses
  names: '1.4', // names.add / delete: the defined name that marks a sheet of ours for the CLI too
  nameFormulas: '1.7', // NamedItem.formula: a name's text, not what it computes
  calculationSuspend: '1.6',
  freezePanes: '1.7',
  screenUpdatingSuspend: '1.9',
  printSetup: '1.9', // pageLayout, setPrintTitleRows, footers
  rangeAreas: '1.9', // Worksheet.getRanges: one format call for many rectangles
  marks: '1.12', // worksheet custom properties
  mergedAreas: '1.13', // Range.getMergedAreasOrNullObject
  triggerSource: '1.14', // WorksheetChangedEventArgs.triggerSource
} as const;

export function defaultIsSetSupported(set: string, version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
}

export function missingFeatures(isSetSupported: IsSetSupported): MissingFeature[] {
  return (Object.keys(FEATURE_REQUIREMENTS) as MissingFeature['feature'][])
    .filter((f) => !isSetSupported('ExcelApi', FEATURE_REQUIREMENTS[f]))
    .map((feature) => ({ feature, requirement: `ExcelApi ${FEATURE_REQUIREMENTS[feature]}` }));
}

export function supports(isSetSupported: IsSetSupported, version: string): boolean {
  return isSetSupported('ExcelApi', version);
}

/** Throw `requirement-missing` when this Excel cannot do the feature. */
export function requireFeature(
  isSetSupported: IsSetSupported,
  feature: MissingFeature['feature'],
  lang: 'uk' | 'en',
): void {
  if (isSetSupported('ExcelApi', FEATURE_REQUIREMENTS[feature])) return;
  throw missingFeatureError(feature, lang);
}

/** The error for a feature this Excel cannot do (its requirement set, or the API itself, is missing). */
export function missingFeatureError(feature: MissingFeature['feature'], lang: 'uk' | 'en'): ServiceError {
  const requirement = `ExcelApi ${FEATURE_REQUIREMENTS[feature]}`;
  // Next year's plan can be drafted without Excel: the CLI does the same.
  const cli =
    feature === 'next-year'
      ? lang === 'en'
        ? ' Or draft it with the command-line tool: plan-report next-year <plan workbook>.xlsx'
        : ' Або складіть його програмою командного рядка: plan-report next-year <книга з планом>.xlsx'
      : '';
  const message =
    lang === 'en'
      ? `This Excel cannot do it (needs ${requirement}). Use Excel for the web or Microsoft 365 Excel.`
      : `Ця версія Excel цього не вміє (потрібен ${requirement}). Скористайтеся Excel в Інтернеті або Excel з Microsoft 365.`;
  return new ServiceError('requirement-missing', message + cli, { feature, requirement });
}
