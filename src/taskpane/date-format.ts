// The as-of date as each language writes it: `15.01.2024` in Ukrainian (Monday first, Ukrainian month and
// day names), `15 Jan 2024` in English; typed text read back in either form (and as YYYY-MM-DD).
import type { Lang } from '../core/i18n/lang';

export interface CalendarWords {
  months: string[];
  shortMonths: string[];
  days: string[];
  shortDays: string[];
  goToToday: string;
  prevMonthAriaLabel: string;
  nextMonthAriaLabel: string;
  prevYearAriaLabel: string;
  nextYearAriaLabel: string;
  closeButtonAriaLabel: string;
}

export const CALENDAR: Record<Lang, CalendarWords> = {
  uk: {
    // The calendar's header says «січень 2024»: the nominative.
    months: [
      'січень',
      'лютий',
      'березень',
      'квітень',
      'травень',
      'червень',
      'липень',
      'серпень',
      'вересень',
      'жовтень',
      'листопад',
      'грудень',
    ],
    shortMonths: ['січ', 'лют', 'бер', 'кві', 'тра', 'чер', 'лип', 'сер', 'вер', 'жов', 'лис', 'гру'],
    // Sunday first, as the calendar indexes them (it starts the week where firstDayOfWeek says).
    days: ['неділя', 'понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота'],
    shortDays: ['Нд', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
    goToToday: 'Сьогодні',
    prevMonthAriaLabel: 'Попередній місяць',
    nextMonthAriaLabel: 'Наступний місяць',
    prevYearAriaLabel: 'Попередній рік',
    nextYearAriaLabel: 'Наступний рік',
    closeButtonAriaLabel: 'Закрити календар',
  },
  en: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
    goToToday: 'Today',
    prevMonthAriaLabel: 'Previous month',
    nextMonthAriaLabel: 'Next month',
    prevYearAriaLabel: 'Previous year',
    nextYearAriaLabel: 'Next year',
    closeButtonAriaLabel: 'Close the calendar',
  },
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD -> a local Date (noon: no time zone moves it to another day). */
export function isoToDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return d.getMonth() === Number(m[2]) - 1 ? d : null;
}

export function dateToIso(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `15.01.2024` / `15 Jan 2024`. */
export function formatDate(d: Date | undefined, lang: Lang): string {
  if (!d) return '';
  return lang === 'uk'
    ? `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`
    : `${d.getDate()} ${CALENDAR.en.shortMonths[d.getMonth()]} ${d.getFullYear()}`;
}

function build(y: number, m: number, d: number): Date | null {
  const date = new Date(y, m - 1, d, 12);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/** What a person types: `15.01.2024`, `15/01/2024`, `2024-01-15`, `15 Jan 2024`, `15 січня 2024`; else null. */
export function parseDate(text: string): Date | null {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})$/u.exec(t);
  if (m) {
    const word = m[2].slice(0, 3);
    const month = [CALENDAR.en.shortMonths, CALENDAR.uk.shortMonths].reduce(
      (found, list) => (found >= 0 ? found : list.findIndex((s) => s.toLowerCase() === word)),
      -1,
    );
    if (month >= 0) return build(Number(m[3]), month + 1, Number(m[1]));
  }
  return null;
}
