// Languages of the UI and messages: Ukrainian first, English second.
export const LANGS = ['uk', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Office's display language (`uk-UA`, `en-US`, …) -> our language; anything but English gets Ukrainian. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? 'en' : 'uk';
}

export type PluralForms = { one: string; few: string; many: string };

const rules: Record<Lang, Intl.PluralRules> = {
  uk: new Intl.PluralRules('uk'),
  en: new Intl.PluralRules('en'),
};

/** The plural category a count takes in a language (CLDR: Ukrainian one/few/many, English one/other). */
export function pluralCategory(lang: Lang, n: number): 'one' | 'few' | 'many' {
  const cat = rules[lang].select(n);
  return cat === 'one' ? 'one' : cat === 'few' ? 'few' : 'many';
}

/**
 * The one plural function of the product. `plural('uk', 5, {one:'захід', few:'заходи', many:'заходів'})` ->
 * `5 заходів`; a form holding `{n}` places the count itself: `{one: '{n} захід без звіту', …}`. English uses
 * one/other (`many` stands for other).
 */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const cat = pluralCategory(lang, n);
  const word = cat === 'one' ? forms.one : cat === 'few' ? forms.few : forms.many;
  return word.includes('{n}') ? word.replace(/\{n\}/g, String(n)) : `${n} ${word}`;
}
