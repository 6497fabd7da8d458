// Office.js errors -> ServiceError with a code the pane understands and a message that says what to do.
import { ServiceError } from '../app/plan-service';
import type { Lang } from '../core/i18n/lang';

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
}

const MESSAGES: Record<
  'protected' | 'too-large' | 'workbook-closed' | 'edit-mode' | 'unexpected',
  Record<Lang, string>
> = {
  protected: {
    uk: 'Книгу або аркуш захищено від змін. Зніміть захист (Рецензування → Зняти захист аркуша) і повторіть.',
    en: 'The workbook or a sheet is protected. Unprotect it (Review → Unprotect Sheet) and try again.',
  },
  'too-large': {
    uk: 'Excel відхилив завеликий запит. Розбийте план на кілька аркушів або скористайтеся програмою командного рядка.',
    en: 'Excel refused a request that was too large. Split the plan into several sheets or use the command-line tool.',
  },
  'workbook-closed': {
    uk: 'Зв’язок із книгою втрачено (її закрито або перезавантажено). Відкрийте книгу знову і повторіть.',
    en: 'The connection to the workbook was lost (it was closed or reloaded). Open it again and try again.',
  },
  'edit-mode': {
    uk: 'Excel зараз редагує клітинку. Натисніть Enter або Esc і повторіть.',
    en: 'Excel is editing a cell. Press Enter or Esc and try again.',
  },
  unexpected: {
    uk: 'Excel повідомив про помилку: {detail}. Збережіть книгу, перезапустіть надбудову і повторіть.',
    en: 'Excel reported an error: {detail}. Save the workbook, restart the add-in and try again.',
  },
};

const CODE_MAP: Record<string, ServiceError['code']> = {
  InvalidOperation: 'protected',
  AccessDenied: 'protected',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  RequestAborted: 'workbook-closed',
  ConnectionFailure: 'workbook-closed',
  ServiceNotAvailable: 'workbook-closed',
};

export function toServiceError(error: unknown, lang: Lang): ServiceError {
  if (error instanceof ServiceError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as OfficeLikeError;
  const officeCode = typeof e.code === 'string' ? e.code : '';
  const detail = typeof e.message === 'string' && e.message ? e.message : String(error);
  if (officeCode === 'InvalidOperationInCellEditMode') {
    return new ServiceError('unexpected', MESSAGES['edit-mode'][lang], { officeCode });
  }
  const code = CODE_MAP[officeCode] ?? 'unexpected';
  const key =
    code === 'protected' || code === 'too-large' || code === 'workbook-closed' ? code : 'unexpected';
  return new ServiceError(code, MESSAGES[key][lang].replace('{detail}', detail), { officeCode, detail });
}
