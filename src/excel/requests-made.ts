// «Створити запити»: one request workbook per responsible person, built by the core from the plan as read
// (the same buildRequests as `plan-report requests`) and written as .xlsx in the pane by xlsx-lite, loaded
// only now as its own chunk. Where Excel can (ExcelApi 1.8, Excel.createWorkbook) each opens as a new
// workbook; otherwise — or when one is too large to send — the files go back to the pane to download.
// This workbook is only read: 3 round trips (as a check), then one request per workbook opened.
import { ServiceError } from '../app/plan-service';
import type { RequestsMade } from '../app/requests-service';
import { dottedDate } from '../core/calendar';
import type { Lang } from '../core/i18n/lang';
import { buildRequests } from '../core/requests/build-requests';
import { type LocateEnv, locatePlan } from './locate-plan';
import { CREATE_WORKBOOK_LIMIT, type CreateWorkbook } from './next-year-workbook';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function badDue(due: string, asOf: string, lang: Lang): ServiceError {
  const message =
    lang === 'en'
      ? `The reply-by date (${dottedDate(due)}) must be a date no earlier than ${dottedDate(asOf)}.`
      : `Дата «відповісти до» (${dottedDate(due)}) має бути датою не раніше ${dottedDate(asOf)}.`;
  return new ServiceError('unexpected', message, { due, asOf });
}

function noPersons(lang: Lang): ServiceError {
  const message =
    lang === 'en'
      ? 'No measure of the plan names a responsible person: there is nobody to send a request to.'
      : 'У жодному заході плану не зазначено відповідальних: запити немає кому надсилати.';
  return new ServiceError('no-plan', message);
}

export async function createRequests(
  context: Excel.RequestContext,
  env: LocateEnv,
  due: string,
  createWorkbook: CreateWorkbook | null,
  limit = CREATE_WORKBOOK_LIMIT,
): Promise<RequestsMade> {
  const located = await locatePlan(context, env);
  const { plan, asOf } = located;
  if (!ISO.test(due) || due < asOf) throw badDue(due, asOf, env.lang());
  const set = buildRequests(plan, { asOf, due });
  if (set.requests.length === 0) throw noPersons(env.lang());

  const [{ requestXlsx }, { toBase64 }] = await Promise.all([
    import(/* webpackChunkName: "xlsx-lite" */ '../xlsx-lite/request-xlsx'),
    import(/* webpackChunkName: "xlsx-lite" */ '../xlsx-lite'),
  ]);
  const files = set.requests.map((r) => ({
    fileName: r.fileName,
    person: r.person,
    measures: r.measures.map((m) => m.number),
    bytes: requestXlsx(r),
    opened: false,
  }));
  let notOpened: RequestsMade['notOpened'] = createWorkbook ? undefined : 'no-create-workbook';
  if (createWorkbook) {
    const encoded = files.map((f) => toBase64(f.bytes));
    // All or none: a set of requests half opened and half downloaded is harder to follow than either.
    if (encoded.some((b) => b.length > limit)) notOpened = 'too-large';
    else
      for (const [i, base64] of encoded.entries()) {
        await createWorkbook(base64);
        files[i].opened = true;
      }
  }
  return {
    sheetName: plan.sheetName,
    asOf,
    due,
    files,
    unassigned: set.unassigned.map((m) => ({ row: m.planRow, number: m.number })),
    ...(notOpened ? { notOpened } : {}),
  };
}
