// Errors as the pane shows them: a code that says what to do next, and the host's own words.
import { ServiceError, type ServiceErrorCode } from '../app/plan-service';

export interface PaneError {
  code: ServiceErrorCode;
  /** The host's own words, shown under what to do next. */
  detail: string;
}

export function toPaneError(e: unknown): PaneError {
  if (e instanceof ServiceError) return { code: e.code, detail: e.message };
  return { code: 'unexpected', detail: e instanceof Error ? e.message : String(e) };
}
