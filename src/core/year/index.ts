// The officer's year: reporting periods, snapshots and the changes between them, next year's plan.
// Pure functions over Plan / Grid / SheetSpec, for every host.
export * from './report-period';
export * from './period-view';
export {
  buildPeriodReport,
  buildPeriodReportDocs,
  appendStandingTable,
  periodSheetNames,
} from './period-report';
export { titleForPeriod } from './period-title';
export * from './snapshot';
export { buildSnapshotSheet, snapshotSheetName, cellPieces, SNAPSHOT_COLUMNS } from './snapshot-sheet';
export { readSnapshotSheet } from './read-snapshot';
export type { SnapshotReadResult } from './read-snapshot';
export * from './changes';
export { buildChangesSheet, changesSheetName } from './changes-sheet';
export * from './sheet-place';
export * from './snapshot-workbook';
export * from './shift-years';
export * from './next-year';
export {
  buildNextYearPlanSheet,
  buildNextYearNotesSheet,
  buildCarriedSheet,
  nextYearNotesSheetName,
  nextYearSheetName,
} from './next-year-sheets';
export * from './year-sheet';
