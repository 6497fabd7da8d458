// Languages of the UI and messages: Ukrainian first, English second.
export const LANGS = ['uk', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Office's display language (`uk-UA`, `en-US`, …) -> our language; anything but English gets Ukrainian. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? 'en' : 'uk';
}

export type PluralForms = { one: string; few: string; many: string; other?: string };

const rules: Record<Lang, Intl.PluralRules> = {
  uk: new Intl.PluralRules('uk'),
  en: new Intl.PluralRules('en'),
};

/** `plural('uk', 5, {one:'захід', few:'заходи', many:'заходів'})` -> `5 заходів`. English uses one/other (many). */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const cat = rules[lang].select(n);
  const word =
    cat === 'one'
      ? forms.one
      : cat === 'few'
        ? forms.few
        : cat === 'many'
          ? forms.many
          : (forms.other ?? forms.many);
  return `${n} ${word}`;
}
