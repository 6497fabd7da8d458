// Ukrainian month names in the cases deadlines use: nominative (`січень`), genitive (`до 1 квітня`) and
// locative (`у березні`).

const MONTH_FORMS: readonly (readonly string[])[] = [
  ['січень', 'січня', 'січні'],
  ['лютий', 'лютого', 'лютому'],
  ['березень', 'березня', 'березні'],
  ['квітень', 'квітня', 'квітні'],
  ['травень', 'травня', 'травні'],
  ['червень', 'червня', 'червні'],
  ['липень', 'липня', 'липні'],
  ['серпень', 'серпня', 'серпні'],
  ['вересень', 'вересня', 'вересні'],
  ['жовтень', 'жовтня', 'жовтні'],
  ['листопад', 'листопада', 'листопаді'],
  ['грудень', 'грудня', 'грудні'],
];

const MONTH_BY_WORD = new Map<string, number>(
  MONTH_FORMS.flatMap((forms, i) => forms.map((w) => [w, i + 1] as const)),
);

/** Regex alternation of every month form (lower case), longest first so no form shadows a longer one. */
export const MONTH_PATTERN = [...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|');

/** 1-based month of a lower-case month word, or null. */
export function monthNumber(word: string): number | null {
  return MONTH_BY_WORD.get(word) ?? null;
}
