// The Excel host: the only part of the product that touches Office.js.
export { createExcelPlanService, type ExcelPlanServiceDeps } from './excel-plan-service';
export { runGenerateCommand } from './ribbon-command';
export { missingFeatures, FEATURE_REQUIREMENTS, OPTIONAL_REQUIREMENTS } from './requirements';
