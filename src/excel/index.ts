// The Excel host: with src/taskpane/office-env.ts and src/commands/office-env.ts, the only code that
// touches Office.js (an ESLint rule keeps the `Office` and `Excel` globals out of everything else).
export { createExcelPlanService, type ExcelPlanServiceDeps } from './excel-plan-service';
export { missingFeatures, FEATURE_REQUIREMENTS, OPTIONAL_REQUIREMENTS } from './requirements';
