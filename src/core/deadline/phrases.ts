// Fixed phrases that decide a deadline's kind by their first words: continuous (`Постійно`), periodic
// (`Щокварталу`), conditional (`У разі …`). They match at the start of the normalised text, so whatever
// follows (`Постійно, звіт до 10 числа`, `щопівроку до 05 числа місяця …`) does not change the kind.

import type { Periodicity } from '../types';
import { MONTH_PATTERN } from './months';

/** Ends a word: the next character is not a letter or digit (`\b` knows no Cyrillic). */
const END = '(?![\\p{L}\\p{N}])';

function startsWith(alternatives: string): RegExp {
  return new RegExp(`^(?:${alternatives})${END}`, 'u');
}

const CONDITIONAL = startsWith(
  [
    '[ув] разі',
    '[ув] випадку',
    'за потреби',
    'за потребою',
    'по потребі',
    'при потребі',
    '[ув] міру (?:потреби|необхідності|надходження|виникнення)',
    'по мірі (?:потреби|необхідності|надходження|виникнення)',
    'за необхідності',
    'при необхідності',
    'за (?:наявності|умови|зверненням|запитом)',
    'при (?:наявності|виникненні|надходженні)',
    'на вимогу',
  ].join('|'),
);

const ONCE = '(?:(?:один|1) )?раз [нв]а';
const PERIODIC: readonly (readonly [Periodicity, RegExp])[] = [
  ['monthly', startsWith(`щомісяця|щомісячно|помісячно|кожного місяця|${ONCE} місяць`)],
  ['quarterly', startsWith(`щокварталу|щоквартально|поквартально|кожного кварталу|${ONCE} квартал`)],
  [
    'half-yearly',
    startsWith(`щопівроку|щопіврічно|кожного півріччя|${ONCE} (?:півроку|пів року|півріччя)|двічі на рік`),
  ],
  ['yearly', startsWith(`щороку|щорічно|кожного року|${ONCE} рік`)],
];

const THROUGHOUT = '(?:протягом|упродовж|впродовж|на протязі)';
const THROUGHOUT_YEARS = `${THROUGHOUT} (?:(?:усього|всього) )?`;
/** Continuous phrases that give no day at all: the work (or its date) is open within the period. */
const OPEN_ENDED = [
  'постійно',
  'цілорічно',
  `${THROUGHOUT} (?:(?:усього|всього|цілого|поточного|звітного|календарного|бюджетного) )?року`,
  `${THROUGHOUT} (?:(?:усього|всього) )?(?:періоду|терміну|строку) дії`,
  `${THROUGHOUT} (?:дії|виконання) (?:плану|програми)`,
];
const CONTINUOUS = startsWith(
  [
    ...OPEN_ENDED,
    // These name an end (the year's) or defer to a schedule: continuous, but not open.
    'до кінця (?:(?:поточного|звітного|календарного|бюджетного) )?року',
    'відповідно до (?:\\p{L}+ )?(?:плану|планів|графіка|графіку)',
    'згідно (?:з |із )?(?:\\p{L}+ )?(?:планом|плану|планами|графіком|графіка|графіку)',
  ].join('|'),
);
// `протягом 2024`, `упродовж 2024-2025`, `до кінця 2024` (year suffixes already dropped): continuous over
// the named years rather than the plan's.
const CONTINUOUS_YEARS = new RegExp(`^(?:${THROUGHOUT_YEARS}|до кінця )(\\d{4})(?:-(\\d{4}))?$`, 'u');
const OPEN = startsWith([...OPEN_ENDED, `${THROUGHOUT_YEARS}\\d{4}`].join('|'));
// A day or a month named after the phrase (`Постійно, до 01.03`, `протягом року, у березні`) dates it.
const DATED = new RegExp(`\\d{1,2}\\.\\d{1,2}|(?<![\\p{L}])(?:${MONTH_PATTERN})(?![\\p{L}])`, 'u');

export function isConditional(norm: string): boolean {
  return CONDITIONAL.test(norm);
}

export function periodicityOf(norm: string): Periodicity | null {
  for (const [periodicity, re] of PERIODIC) if (re.test(norm)) return periodicity;
  return null;
}

/** Continuous phrase: `{}` when it spans the plan's period, `{ years }` when it names its own years. */
export function continuousOf(norm: string): { years?: [number, number] } | null {
  const y = CONTINUOUS_YEARS.exec(norm);
  if (y) {
    const first = Number(y[1]);
    return { years: [first, y[2] === undefined ? first : Number(y[2])] };
  }
  return CONTINUOUS.test(norm) ? {} : null;
}

/**
 * `Постійно`, `Протягом року`, `протягом 2024`: a continuous phrase (by its first words) that names no day
 * or month, so it says nothing about when a one-off result is due (unlike `до кінця року` or `згідно з
 * планом`).
 */
export function isOpenEnded(norm: string): boolean {
  return OPEN.test(norm) && !DATED.test(norm);
}
