import { reportSheetNames } from '../../../src/core/report/sheet-names';

describe('reportSheetNames', () => {
  it('names the sheets by the plan year', () => {
    expect(reportSheetNames({ from: '2023-01-01', to: '2023-12-31' })).toEqual({
      table: 'Виконання плану 2023',
      summary: 'Зведення 2023',
    });
  });
  it('names a multi-year period by its first and last year, within 31 characters', () => {
    const names = reportSheetNames({ from: '2024-01-01', to: '2026-12-31' });
    expect(names).toEqual({ table: 'Виконання плану 2024-2026', summary: 'Зведення 2024-2026' });
    expect(names.table.length).toBeLessThanOrEqual(31);
    expect(reportSheetNames({ from: '2024-06-01', to: '2025-05-31' }).table).toBe(
      'Виконання плану 2024-2025',
    );
  });
});
