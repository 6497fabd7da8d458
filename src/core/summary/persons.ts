// Who a responsible person is, once: the summary counts per person and the requests go out per person, so
// both group the spellings of a cell (`Начальник відділу,  ` and `начальник  відділу`) the same way.
import { matchKey } from '../text';
import type { Measure } from '../types';

/** The key two spellings of one person share: case, spacing, punctuation and look-alike letters ignored. */
export const personKey = (person: string): string => matchKey(person);

/** The label shown for a person: the first spelling met, blanks folded to one space. */
export const personLabel = (person: string): string => person.replace(/\s+/g, ' ').trim();

/** The distinct persons of a measure, by key, in the order the cell names them (a person named twice counts once). */
export function measurePersons(m: Measure): { key: string; person: string }[] {
  const out: { key: string; person: string }[] = [];
  for (const person of m.responsible) {
    const key = personKey(person);
    if (out.some((p) => p.key === key)) continue;
    out.push({ key, person });
  }
  return out;
}
