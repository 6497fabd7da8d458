// Random text, plain and built from the phrases these readers look for, must never make them throw, and
// every date returned must be a real calendar day.

import fc from 'fast-check';
import { inferStatus } from '../../../src/core/status/infer-status';
import { extractWorkDates } from '../../../src/core/status/work-dates';
import { DEADLINE_KINDS, STATUSES, type Deadline } from '../../../src/core/types';

const FRAGMENTS = [
  ' ',
  '\n',
  '  ',
  ',',
  '.',
  ';',
  '-',
  '–',
  '—',
  '№',
  '«',
  '»',
  '“',
  '”',
  '"',
  '(',
  ')',
  'від',
  'до',
  'після',
  'буде',
  'не',
  'року',
  'р.',
  'та',
  'з',
  'станом на',
  'Про',
  '05.01.2023',
  '5.1.23',
  '27-28.07.2023',
  '30.11-01.12.2023',
  '31.02.2023',
  '29.02.2024',
  '99.99.9999',
  '12.10',
  '0.2',
  '1',
  '24',
  '2023',
  '5 січня',
  'жовтня',
  '24-26',
  'Виконано',
  'частково',
  'не в повному обсязі',
  'не розпочато',
  'не надходило',
  'повідомлень',
  'фактів не виявлено',
  'не було',
  'стягнень',
  'не проводилися',
  'службові розслідування',
  'проведено',
  'проводився',
  'не направлялась',
  'Закону',
  'буде здійснено',
  'розпочато роботу',
  'триває',
  'продовжується',
  'на погодженні',
  'Не вдалося',
  'надавачів',
  'провів',
];

const textArb = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(' ')),
);

const deadlineArb: fc.Arbitrary<Deadline> = fc.record({
  kind: fc.constantFrom(...DEADLINE_KINDS),
  text: fc.string({ maxLength: 20 }),
  from: fc.constant(null),
  to: fc.constant(null),
});

function isCalendarDay(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

describe('properties', () => {
  it('extractWorkDates never throws and returns sorted unique calendar days', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: undefined }),
        (text, year) => {
          const dates = extractWorkDates(text, year);
          for (const d of dates) expect(isCalendarDay(d)).toBe(true);
          expect([...new Set(dates)].sort()).toEqual(dates);
        },
      ),
      { numRuns: 6000 },
    );
  });

  it('inferStatus never throws, gives a known status and quotes its evidence from the text', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.option(textArb, { nil: undefined }),
        deadlineArb,
        (execution, statusText, deadline) => {
          const info = inferStatus({ execution, statusText, deadline });
          expect(STATUSES).toContain(info.status);
          expect(info.status === 'none').toBe(info.source === 'empty');
          if (info.source === 'text' && statusText === undefined) {
            for (const words of info.evidence) {
              if (words !== 'text present') expect(execution).toContain(words);
            }
          }
          if (info.source === 'column') expect(statusText).toContain(info.evidence[0]);
        },
      ),
      { numRuns: 6000 },
    );
  });
});
