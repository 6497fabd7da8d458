import { normaliseDeadlineText } from '../../../src/core/deadline/normalise';
import { isBlank } from '../../../src/core/text';
import { romanToNumber, toLatinRoman } from '../../../src/core/deadline/roman';
import { monthNumber } from '../../../src/core/deadline/months';
import { daysInMonth, monthsSpan, yearsSpan } from '../../../src/core/calendar';

describe('normaliseDeadlineText', () => {
  it.each([
    ['Грудень\n\n2023 року', 'грудень 2023'],
    ['Січень-лютий  2023 року', 'січень-лютий 2023'],
    ['ІІІ — ІV квартал 2023 року', 'ііі-іv квартал 2023'],
    ['Протягом\u00a0 року.', 'протягом року'],
    ['2024 – 2025 рр.', '2024-2025'],
    ['ІІ кв.2024р.', 'іі кв. 2024'],
    ['квiтень', 'квітень'],
    ['• Постійно;', 'постійно'],
    ['на\u200bступний', 'наступний'],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseDeadlineText(input)).toBe(expected);
  });

  it('keeps `року` that follows no year', () => {
    expect(normaliseDeadlineText('Протягом року')).toBe('протягом року');
  });

  it('knows blank text', () => {
    expect(isBlank(' \u00a0\n\t\u200b')).toBe(true);
    expect(isBlank(' . ')).toBe(false);
  });
});

describe('roman numerals in both alphabets', () => {
  it.each([
    ['І', 1],
    ['ІІ', 2],
    ['III', 3],
    ['ІV', 4],
    ['іv', 4],
    ['V', 5],
    ['Х', 10],
    ['ХІІ', 12],
    ['XIV', 14],
  ])('%s = %d', (numeral, value) => {
    expect(romanToNumber(numeral)).toBe(value);
  });

  it('refuses what is no numeral', () => {
    for (const s of ['', 'IIII', 'VX', 'IL', 'квартал', 'ІА']) expect(romanToNumber(s)).toBeNull();
    expect(toLatinRoman('ІV')).toBe('IV');
  });
});

describe('months and calendar', () => {
  it('maps nominative, genitive and locative month names', () => {
    expect(monthNumber('січень')).toBe(1);
    expect(monthNumber('лютого')).toBe(2);
    expect(monthNumber('листопаді')).toBe(11);
    expect(monthNumber('грудня')).toBe(12);
    expect(monthNumber('грудн')).toBeNull();
  });

  it('counts February right', () => {
    expect([2023, 2024, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect(monthsSpan(2024, 1, 2)).toEqual({ from: '2024-01-01', to: '2024-02-29' });
    expect(monthsSpan(2024, 3, 2)).toBeNull();
    expect(yearsSpan(2025, 2024)).toBeNull();
  });
});
