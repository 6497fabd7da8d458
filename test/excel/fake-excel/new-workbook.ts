// `Excel.createWorkbook(base64)`: office.js refuses it at once, before any request, where ExcelApi 1.8 is
// missing (`_throwIfApiNotSupported("Excel.createWorkbook", …, "1.8")` in excel-web-16.00.debug.js); then it
// sends the file in one request of its own — under Excel on the web's 5 MB request limit — and opens it in a
// new window. A file that is no workbook fails. The fake keeps the files it was given, for the tests to read.
import { unzipSync } from 'fflate';
import { FakeOfficeError } from './errors';
import { ACTION_BYTES } from './limits';
import type { RequestRecord } from './index';

export interface WorkbookOpener {
  apiMinor: number;
  syncs: number;
  payloadLimit: number;
  maxRequestBytes: number;
  readonly requests: RequestRecord[];
  readonly createdWorkbooks: Uint8Array[];
}

export function createWorkbook(host: WorkbookOpener, base64?: string): Promise<void> {
  if (host.apiMinor < 8)
    throw new FakeOfficeError(
      'ApiNotFound',
      'The API you are trying to use could not be found (Excel.createWorkbook needs ExcelApi 1.8).',
    );
  return (async () => {
    await Promise.resolve();
    host.syncs++;
    const bytes = ACTION_BYTES + (base64?.length ?? 0);
    host.requests.push({ sync: host.syncs, actions: 1, paths: 1, requestBytes: bytes, responseBytes: 0 });
    host.maxRequestBytes = Math.max(host.maxRequestBytes, bytes);
    if (bytes > host.payloadLimit)
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    if (base64 === undefined) {
      host.createdWorkbooks.push(new Uint8Array());
      return;
    }
    let file: Uint8Array;
    try {
      file = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
      const parts = unzipSync(file);
      if (!parts['[Content_Types].xml'] || !parts['xl/workbook.xml']) throw new Error('not a workbook');
    } catch {
      throw new FakeOfficeError(
        'InvalidArgument',
        'The argument is invalid or missing or has an incorrect format.',
      );
    }
    host.createdWorkbooks.push(file);
  })();
}
