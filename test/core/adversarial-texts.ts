// Cell texts built to make a careless regex or loop super-linear: long runs of blanks between words, of
// `«Про …` titles (closed and not), dates, dashes, quotes, digits, negations. Shared by the linearity
// test and `npm run bench`. Each shape is a function of the length wanted.
import type { Grid } from '../../src/core/grid';

const rep = (s: string, n: number): string => s.repeat(Math.ceil(n / s.length)).slice(0, n);

export const ADVERSARIAL_SHAPES: Record<string, (n: number) => string> = {
  'titles «Про …»': (n) => rep('Розпорядження «Про затвердження плану» від 01.02.2023 № 5, ', n),
  'open «Про': (n) => rep('«Про ', n),
  'titles never closed': (n) => rep('«Про затвердження від 01.02.2023 ', n),
  'dates in titles': (n) => rep('«Про 01.02.2023» ', n),
  dates: (n) => rep('01.02.2023 ', n),
  'date ranges': (n) => rep('01.02-03.04.2023 — ', n),
  dashes: (n) => rep('— - – ', n),
  quotes: (n) => rep('«"„“', n),
  'blanks then a word': (n) => `а${rep(' ', n - 2)}б`,
  'no-break spaces': (n) => `а${rep('\u00a0', n - 2)}б`,
  'digit, blanks, letter': (n) => `1${rep(' ', n - 2)}x`,
  'digit, blanks, month': (n) => `5${rep(' ', n - 6)}січня`,
  'не, blanks': (n) => `не${rep(' ', n - 3)}x`,
  'від, blanks, digit': (n) => `від${rep(' ', n - 4)}1`,
  digits: (n) => rep('1', n),
  'до до до': (n) => rep('до ', n),
  'line breaks': (n) => rep('рядок\n', n),
  'mixed punctuation': (n) => rep('.-;,', n),
};

/** A plan with `text` in every column of one measure each (the deadline, persons, measure and execution). */
export function gridWith(text: string): Grid {
  return {
    sheetName: 'Лист1',
    rows: [
      ['ПЛАН заходів щодо запобігання корупції на 2023 рік'],
      [],
      ['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід'],
      ['І. Організаційні заходи'],
      [1, 'Захід', 'Постійно', 'Начальник відділу', text],
      [2, text, 'до 01.02.2023', 'Начальник відділу', 'Виконано'],
      [3, 'Захід', text, 'Начальник відділу', 'Виконано'],
      [4, 'Захід', 'Постійно', text, 'Виконано'],
    ],
  };
}
