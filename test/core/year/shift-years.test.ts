import fc from 'fast-check';
import { shiftDate, shiftYears, yearTokens } from '../../../src/core/year/shift-years';

const one = { years: [2024], by: 1 };
const moved = (text: string, shift = one) => {
  const r = shiftYears(text, shift);
  if (!r.moved) throw new Error(`${text}: ${r.reason}`);
  return r.text;
};

describe('shiftYears', () => {
  it.each([
    ['Січень 2024 року', 'Січень 2025 року'],
    ['Грудень\n\n2024 року', 'Грудень\n\n2025 року'],
    ['до 01.03.2024', 'до 01.03.2025'],
    ['до 1.3.24', 'до 1.3.25'],
    ['ІІІ — ІV квартал 2024 року', 'ІІІ — ІV квартал 2025 року'],
    ['Січень-лютий  2024 року', 'Січень-лютий  2025 року'],
    ['2024р.', '2025р.'],
    ['березень 2024 р.', 'березень 2025 р.'],
    ['2024-2025 роки', '2025-2026 роки'],
    ['2024 – 2025 рр.', '2025 – 2026 рр.'],
    ['2024-25 рр.', '2025-26 рр.'],
    ['01.06.2024 - 31.05.2025', '01.06.2025 - 31.05.2026'],
    ['з 2024-03-01 по 2024-03-31', 'з 2025-03-01 по 2025-03-31'],
    ['до 1 квітня 2024 року', 'до 1 квітня 2025 року'],
    ['Протягом 2024 року, згідно з планом', 'Протягом 2025 року, згідно з планом'],
    ['27-28.07.2024', '27-28.07.2025'],
  ])('%j -> %j', (before, after) => {
    expect(moved(before)).toBe(after);
  });

  it('leaves phrases without a year', () => {
    for (const t of ['Постійно', 'Протягом року', 'У разі потреби', 'Щокварталу до 05 числа', 'Січень']) {
      expect(shiftYears(t, one)).toEqual({ moved: false, reason: 'no-year' });
    }
  });

  it('leaves a phrase that names only other years', () => {
    expect(shiftYears('до 01.03.2026', one)).toEqual({ moved: false, reason: 'other-year' });
    expect(shiftYears('Січень 2023 року', one)).toEqual({ moved: false, reason: 'other-year' });
  });

  it('refuses a day the new year lacks', () => {
    expect(shiftYears('до 29.02.2024', one)).toEqual({
      moved: false,
      reason: 'no-such-day',
      date: '29.02.2025',
    });
  });

  it('moves a two-year programme by its length', () => {
    const two = { years: [2024, 2025], by: 2 };
    expect(moved('Грудень 2025 року', two)).toBe('Грудень 2027 року');
    expect(moved('2024-2025 роки', two)).toBe('2026-2027 роки');
  });

  it('does not read numbers as years', () => {
    expect(yearTokens('№ Р-93/06-34-23, 300 проектів, 1.5 кредиту, 20245 грн, 12.2024.1')).toEqual([]);
    expect(yearTokens('2024-01').map((t) => t.year)).toEqual([2024]);
  });

  it('changes nothing but the years’ digits (any text around them)', () => {
    const around = fc.string({ unit: fc.constantFrom('а', ' ', '\n', '—', '-', 'р', '.', 'ку', '№', ',') });
    fc.assert(
      fc.property(around, around, fc.integer({ min: 1990, max: 2090 }), (a, b, year) => {
        const text = `${a} ${year} ${b}`;
        const r = shiftYears(text, { years: [year], by: 1 });
        if (!r.moved)
          return r.reason === 'no-such-day' || r.reason === 'other-year' || yearTokens(text).length === 0;
        expect(r.text.replace(/\d/g, '#')).toBe(text.replace(/\d/g, '#'));
        return r.text.length === text.length;
      }),
    );
  });
});

describe('shiftDate', () => {
  it('keeps a date, and gives 28 February for a 29th the year lacks', () => {
    expect(shiftDate('2024-03-01', 1)).toBe('2025-03-01');
    expect(shiftDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftDate('2023-12-31', 2)).toBe('2025-12-31');
  });
});
