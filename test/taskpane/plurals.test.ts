// Every text of the pane that holds a count, tried with every kind of number: the string tables are
// walked (not a hand-picked list), so a counted text added later is tried too.
import { LANGS, plural, type Lang, type PluralForms } from '../../src/core/i18n/lang';
import { COUNTS } from '../../src/taskpane/count-strings';
import { STRINGS } from '../../src/taskpane/strings';
import { REQUESTS_STRINGS } from '../../src/taskpane/requests-strings';
import { YEAR_STRINGS } from '../../src/taskpane/year-strings';

const NUMBERS = [0, 1, 2, 5, 11, 21, 22, 25];

/** The form a count takes, by the grammar books rather than by Intl (so the two check each other). */
function expectedForm(lang: Lang, n: number): keyof PluralForms {
  if (lang === 'en') return n === 1 ? 'one' : 'many';
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return 'one';
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return 'few';
  return 'many';
}

const isForms = (v: unknown): v is PluralForms =>
  typeof v === 'object' &&
  v !== null &&
  ['one', 'few', 'many'].every((k) => typeof (v as Record<string, unknown>)[k] === 'string');

/** Every PluralForms anywhere in a table, with its path. */
function formsIn(table: unknown, path: string): [string, PluralForms][] {
  if (isForms(table)) return [[path, table]];
  if (typeof table !== 'object' || table === null) return [];
  return Object.entries(table).flatMap(([k, v]) => formsIn(v, `${path}.${k}`));
}

const TABLES = LANGS.flatMap((lang) =>
  [
    ...formsIn(COUNTS[lang], 'COUNTS'),
    ...formsIn(STRINGS[lang], 'STRINGS'),
    ...formsIn(YEAR_STRINGS[lang], 'YEAR_STRINGS'),
    ...formsIn(REQUESTS_STRINGS[lang], 'REQUESTS_STRINGS'),
  ].map(([path, forms]) => ({ lang, path, forms })),
);

/** Labels whose noun does not change with the count (a heading over a number in brackets). */
const SAME_IN_ALL_FORMS = /\(\{n\}\)$/;

describe('every counted text', () => {
  it('is found in the tables (the walk sees them)', () => {
    expect(TABLES.length).toBeGreaterThanOrEqual(2 * Object.keys(COUNTS.uk).length);
  });

  it.each(TABLES.map((t) => [`${t.lang} ${t.path}`, t] as const))('%s', (_name, { lang, forms }) => {
    for (const n of NUMBERS) {
      const text = plural(lang, n, forms);
      const form = forms[expectedForm(lang, n)];
      expect(text).toBe(form.includes('{n}') ? form.replace(/\{n\}/g, String(n)) : `${n} ${form}`);
      // The count appears once, as itself, and no placeholder is left.
      expect(text.match(new RegExp(`(?<!\\d)${n}(?!\\d)`, 'g'))).toHaveLength(1);
      expect(text).not.toMatch(/[{}]/);
    }
    // A Ukrainian noun has a plural unlike its singular (the genitive plural of 5, 11, 25), unless the
    // text only labels a number; English has a plural unlike its singular.
    if (!SAME_IN_ALL_FORMS.test(forms.one) && !/зауваження|попередження/.test(forms.one))
      expect(forms.many).not.toBe(forms.one);
    if (lang === 'en' && !SAME_IN_ALL_FORMS.test(forms.one)) expect(forms.many).not.toBe(forms.one);
  });

  it('are the same keys in both languages', () => {
    expect(Object.keys(COUNTS.en).sort()).toEqual(Object.keys(COUNTS.uk).sort());
  });
});
