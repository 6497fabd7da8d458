import { toPaneError } from '../../src/taskpane/format';
import { excelVersionFor, STRINGS } from '../../src/taskpane/strings';
import { COUNTS } from '../../src/taskpane/count-strings';
import { ServiceError } from '../../src/app/plan-service';
import { plural } from '../../src/core/i18n/lang';

describe('pane formatting', () => {
  it('maps requirement sets to the Excel that brings them', () => {
    expect(excelVersionFor('ExcelApi 1.8', 'uk')).toBe('Excel 2019 або Microsoft 365 (ExcelApi 1.8)');
    expect(excelVersionFor('ExcelApi 1.12', 'en')).toBe('Excel 2021 or Microsoft 365 (ExcelApi 1.12)');
    expect(excelVersionFor('ExcelApi 1.17', 'en')).toBe('Excel 2024 or Microsoft 365 (ExcelApi 1.17)');
    expect(excelVersionFor('ExcelApi 1.19', 'en')).toBe('Microsoft 365 (ExcelApi 1.19)');
    expect(excelVersionFor('DialogApi 1.2', 'en')).toBe('an Excel that supports DialogApi 1.2');
  });

  it('keeps a service error’s code and turns anything else into unexpected', () => {
    expect(toPaneError(new ServiceError('no-plan', 'No plan'))).toEqual({
      code: 'no-plan',
      detail: 'No plan',
    });
    expect(toPaneError(new TypeError('x is undefined'))).toEqual({
      code: 'unexpected',
      detail: 'x is undefined',
    });
    expect(toPaneError('odd')).toEqual({ code: 'unexpected', detail: 'odd' });
  });

  it('declines counted words right', () => {
    const uk = COUNTS.uk;
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => plural('uk', n, uk.measures))).toEqual([
      '1 захід',
      '2 заходи',
      '5 заходів',
      '11 заходів',
      '21 захід',
      '22 заходи',
      '25 заходів',
    ]);
    expect([1, 3, 5].map((n) => plural('uk', n, uk.findings))).toEqual([
      '1 зауваження',
      '3 зауваження',
      '5 зауважень',
    ]);
    expect([1, 2].map((n) => plural('en', n, COUNTS.en.findings))).toEqual(['1 finding', '2 findings']);
  });

  it('has the same keys, and an error next step for every code, in both languages', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.uk).sort());
    expect(Object.keys(STRINGS.en.errorNext).sort()).toEqual(Object.keys(STRINGS.uk.errorNext).sort());
    for (const text of [...Object.values(STRINGS.uk.errorNext), ...Object.values(STRINGS.en.errorNext)]) {
      expect(text.length).toBeGreaterThan(20);
    }
  });
});
