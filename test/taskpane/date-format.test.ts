import { CALENDAR, dateToIso, formatDate, isoToDate, parseDate } from '../../src/taskpane/date-format';

describe('the as-of date as each language writes it', () => {
  it('shows 15.01.2024 in Ukrainian and 15 Jan 2024 in English', () => {
    const d = isoToDate('2024-01-15')!;
    expect(formatDate(d, 'uk')).toBe('15.01.2024');
    expect(formatDate(d, 'en')).toBe('15 Jan 2024');
    expect(dateToIso(d)).toBe('2024-01-15');
  });

  it('reads what a person types in either language, and refuses a date that does not exist', () => {
    for (const t of ['15.01.2024', '15/01/2024', '2024-01-15', '15 Jan 2024', '15 січня 2024', ' 15.1.2024 '])
      expect(dateToIso(parseDate(t)!)).toBe('2024-01-15');
    expect(parseDate('31.02.2024')).toBeNull();
    expect(parseDate('01/15/2024')).toBeNull();
    expect(isoToDate('2024-02-30')).toBeNull();
  });

  it('names months and days in Ukrainian, seven days from Sunday as the calendar indexes them', () => {
    expect(CALENDAR.uk.months[0]).toBe('січень');
    expect(CALENDAR.uk.shortDays).toEqual(['Нд', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб']);
    expect(CALENDAR.en.months).toHaveLength(12);
  });
});
