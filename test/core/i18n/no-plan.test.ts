import { closestReadError, formatReadError, noPlanMessage } from '../../../src/core/i18n/no-plan';
import type { PlanReadError } from '../../../src/core/types';

const empty: PlanReadError = { code: 'empty-sheet', sheetName: 'Порожній', details: '' };
const noHeader: PlanReadError = { code: 'no-header', sheetName: 'Нотатки', details: '' };
const noMeasures: PlanReadError = { code: 'no-measures', sheetName: 'План', details: '' };

describe('the no-plan message (one wording for the CLI and Excel)', () => {
  it('explains the sheet that came closest to a plan: a header first, then text', () => {
    expect(closestReadError([empty, noHeader, noMeasures])).toBe(noMeasures);
    expect(closestReadError([empty, noHeader])).toBe(noHeader);
    expect(closestReadError([empty])).toBe(empty);
    expect(closestReadError([])).toBeNull();
  });

  it('names the workbook when the host knows it, and every sheet read', () => {
    expect(
      noPlanMessage({ file: 'plan.xlsx', sheets: ['Порожній', 'Нотатки'], errors: [empty, noHeader] }, 'uk'),
    ).toBe(
      `У книзі plan.xlsx не знайдено таблиці плану заходів (перевірено аркуші: «Порожній», «Нотатки»). ${formatReadError(noHeader, 'uk')}`,
    );
    expect(noPlanMessage({ sheets: ['Нотатки'], errors: [noHeader] }, 'en')).toBe(
      `No plan table found in the workbook (sheets checked: «Нотатки»). ${formatReadError(noHeader, 'en')}`,
    );
    expect(noPlanMessage({ file: 'a.xlsx', sheets: [], errors: [] }, 'uk')).toBe(
      'У книзі a.xlsx не знайдено таблиці плану заходів (перевірено аркуші: —).',
    );
  });

  it('says why one sheet is not a plan', () => {
    expect(formatReadError(empty, 'uk')).toBe('Аркуш «Порожній» порожній.');
    expect(formatReadError(noMeasures, 'en')).toBe(
      'Sheet "План": the table header is there but no measures follow it.',
    );
    expect(formatReadError(noHeader, 'uk')).toMatch(/«Заплановані заходи»/);
  });
});
