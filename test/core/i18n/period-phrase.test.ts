import { periodPhrase } from '../../../src/core/i18n/period-phrase';

// Moved here from test/core/report/sheet-names.test.ts (the report's phrase) and
// test/taskpane/format.test.ts (the pane's), when the two became one function.
describe('periodPhrase', () => {
  it('says whole years as titles do, other periods by dates', () => {
    expect(periodPhrase({ from: '2023-01-01', to: '2023-12-31' }, 'uk')).toBe('2023 рік');
    expect(periodPhrase({ from: '2024-01-01', to: '2025-12-31' }, 'uk')).toBe('2024-2025 роки');
    expect(periodPhrase({ from: '2024-01-01', to: '2025-12-31' }, 'en')).toBe('2024–2025');
    expect(periodPhrase({ from: '2024-06-01', to: '2025-05-31' }, 'uk')).toBe('01.06.2024 – 31.05.2025');
  });

  it('writes whole-year periods as years and others as dates (the pane)', () => {
    expect(periodPhrase({ from: '2023-01-01', to: '2023-12-31' }, 'uk', 'label')).toBe('2023 рік');
    expect(periodPhrase({ from: '2024-01-01', to: '2025-12-31' }, 'uk', 'label')).toBe('2024–2025 роки');
    expect(periodPhrase({ from: '2024-01-01', to: '2025-12-31' }, 'en', 'label')).toBe('years 2024–2025');
    expect(periodPhrase({ from: '2024-06-01', to: '2025-05-31' }, 'en', 'label')).toBe(
      '01.06.2024–31.05.2025',
    );
  });

  it('gives the exact dates for the CLI heading, in any language', () => {
    for (const lang of ['uk', 'en'] as const) {
      expect(periodPhrase({ from: '2023-01-01', to: '2023-12-31' }, lang, 'dates')).toBe(
        '01.01.2023–31.12.2023',
      );
    }
  });

  it('reads a period as whole years only from 1 January to 31 December', () => {
    expect(periodPhrase({ from: '2023-01-02', to: '2023-12-31' }, 'uk')).toBe('02.01.2023 – 31.12.2023');
    expect(periodPhrase({ from: '2023-01-01', to: '2024-12-30' }, 'en', 'label')).toBe(
      '01.01.2023–30.12.2024',
    );
  });
});
