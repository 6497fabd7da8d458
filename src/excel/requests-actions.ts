// The PlanService's requests actions over Office.js: «Створити запити», the preview of answers and their
// apply. Their code (and the core's request builder and merge) loads on first use, as its own chunk: the
// ribbon command and the pane's first load stay as small as before.
import type { PlanService } from '../app/plan-service';
import type { LocateEnv } from './locate-plan';
import type { CreateWorkbook } from './next-year-workbook';
import { type IsSetSupported, requireFeature } from './requirements';

const requestsModule = () => import(/* webpackChunkName: "requests" */ './requests-made');
const answersModule = () => import(/* webpackChunkName: "requests" */ './apply-answers');

export interface RequestsHost {
  isSet: IsSetSupported;
  env: LocateEnv;
  excel: <T>(batch: (context: Excel.RequestContext) => Promise<T>, writes?: boolean) => Promise<T>;
  oneWriteAtATime: <T>(write: () => Promise<T>) => Promise<T>;
  /** Excel.createWorkbook, looked up when used (Office may still be loading). */
  createWorkbook: () => CreateWorkbook | null;
  limit: number;
}

export function requestsActions(
  h: RequestsHost,
): Pick<PlanService, 'createRequests' | 'previewAnswers' | 'applyAnswers'> {
  const lang = () => h.env.lang();
  return {
    async createRequests(due) {
      requireFeature(h.isSet, 'settings', lang());
      // Excel.createWorkbook is ExcelApi 1.8: without it the pane offers the files as downloads.
      const create = h.isSet('ExcelApi', '1.8') ? h.createWorkbook() : null;
      const { createRequests } = await requestsModule();
      return h.excel((context) => createRequests(context, h.env, due, create, h.limit));
    },

    async previewAnswers(files, prefer) {
      requireFeature(h.isSet, 'settings', lang());
      const { previewAnswers } = await answersModule();
      return h.excel((context) => previewAnswers(context, h.env, files, prefer));
    },

    async applyAnswers(files, preview, leftOut = []) {
      requireFeature(h.isSet, 'settings', lang());
      const { applyAnswers } = await answersModule();
      // The one action that writes to the plan sheet: one at a time with our other writes.
      return h.oneWriteAtATime(() =>
        h.excel((context) => applyAnswers(context, h.env, files, preview, leftOut), true),
      );
    },
  };
}
