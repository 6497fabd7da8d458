// The core's public surface for hosts.
export * from './types';
export * from './grid';
export { analyse } from './analyse';
export type { Analysis, AnalyseOptions } from './analyse';
export { readPlan } from './plan/read-plan';
export { parseDeadline } from './deadline/parse-deadline';
export { inferStatus } from './status/infer-status';
export { validate, RULES } from './rules/validate';
export { summarise } from './summary/summarise';
export * from './i18n/messages';
export * from './i18n/lang';
export * from './report/sheet-spec';
export { buildExecutionTable } from './report/execution-table';
export { buildSummarySheet } from './report/summary-sheet';
export { reportSheetNames } from './report/sheet-names';
export * from './requests';
