import { ServiceError } from '../../src/app/plan-service';
import { toServiceError } from '../../src/excel/errors';
import { FakeOfficeError } from './fake-excel';

describe('toServiceError', () => {
  it.each([
    ['InvalidOperation', 'protected'],
    ['AccessDenied', 'protected'],
    ['RequestPayloadSizeLimitExceeded', 'too-large'],
    ['RequestAborted', 'workbook-closed'],
    ['GeneralException', 'unexpected'],
    ['InvalidOperationInCellEditMode', 'unexpected'],
  ])('%s -> %s, with a Ukrainian message that says what to do', (officeCode, code) => {
    const e = toServiceError(new FakeOfficeError(officeCode, 'boom'), 'uk');
    expect(e).toBeInstanceOf(ServiceError);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(/[А-ЯІЇЄҐа-яіїєґ]/);
    expect(e.params.officeCode).toBe(officeCode);
  });

  it('speaks English when asked, and passes a ServiceError through', () => {
    expect(toServiceError(new FakeOfficeError('RequestAborted', 'x'), 'en').message).toMatch(/Open it again/);
    const own = new ServiceError('no-plan', 'немає плану');
    expect(toServiceError(own, 'uk')).toBe(own);
    expect(toServiceError('weird', 'uk').code).toBe('unexpected');
  });
});
