// What a heading cell names: every field it could be, each with a specificity score. The header reader
// then gives each column the field it reads best (header.ts), so `Терміни (строки) виконання заходів
// впливу на корупційний ризик` is the deadline although it also mentions measures and the risk.
//
// Scores: a pattern anchored at the heading's start names its head noun and beats any pattern matching
// further in; a longer, more specific phrase beats a generic one. Patterns run on headingKey (lower case,
// punctuation as spaces, `/` and `№` kept).
import { ColumnKey } from '../types';
import { headingKey, TextCache } from '../text';

/**
 * Public fields (ColumnKey) and the register's columns that are recognised only so that their headings do
 * not read as something else (`Існуючі заходи контролю` is not the measures).
 */
export type HeadingField = ColumnKey | 'function' | 'riskContent' | 'riskSource' | 'controls';

/** Fields in the order a tie is broken: a bare `Стан виконання` is the execution column. */
export const FIELD_ORDER: readonly HeadingField[] = [
  'number',
  'measure',
  'deadline',
  'responsible',
  'execution',
  'status',
  'actualDate',
  'indicators',
  'riskLevel',
  'risk',
  'resources',
  'notes',
  'function',
  'riskContent',
  'riskSource',
  'controls',
];

const PUBLIC = new Set<string>([
  'number',
  'measure',
  'deadline',
  'responsible',
  'execution',
  'status',
  'actualDate',
  'indicators',
  'risk',
  'notes',
  'riskLevel',
  'resources',
]);

export function isColumnKey(field: HeadingField): field is ColumnKey {
  return PUBLIC.has(field);
}

const W = '\\S*'; // the rest of a word: `заход` + W reads заходи, заходів, заходу
const RISK = `(?:корупційн${W} )?ризик`;

const PATTERNS: readonly (readonly [HeadingField, number, RegExp])[] = [
  ['number', 10, /^(?:(?:№ ?)+|n|no|nr|номер)(?: ?(?:з\/п|п\/п|зп|пп|заходу|з\/п заходу|п\/п заходу))?$/],
  ['number', 8, /^порядков\S* номер/],
  ['number', 6, /^(?:з\/п|п\/п)$/],

  ['measure', 10, new RegExp(`^(?:заплановані |антикорупційні |планові |конкретні )?(?:заход|захід)`)],
  ['measure', 10, new RegExp(`^(?:найменування|назва|зміст|опис) (?:\\S+ )?(?:заход|захід)`)],
  ['measure', 8, /заплановані заходи/],
  ['measure', 5, /^(?:найменування|назва|зміст)$/],
  ['measure', 3, /(?:заход|захід)/],

  ['deadline', 10, /^(?:термін|строк)/],
  ['deadline', 6, /^(?:період|періодичність)/],
  ['deadline', 4, /(?:термін|строк)/],

  ['actualDate', 12, new RegExp(`^фактичн${W} (?:\\S+ )?(?:термін|строк|дата)`)],
  ['actualDate', 10, /^дата (?:фактичного )?виконання/],
  ['actualDate', 8, new RegExp(`фактичн${W} (?:термін|строк|дата)`)],
  ['actualDate', 6, /дата (?:фактичного )?виконання/],

  ['responsible', 10, /^відповідальн/],
  ['responsible', 9, /^виконав(?:ц|ець)/],
  ['responsible', 6, /^співвиконав/],
  ['responsible', 5, /відповідальн/],

  ['execution', 10, new RegExp(`^проведен${W} (?:заход|захід|робот)`)],
  [
    'execution',
    10,
    new RegExp(
      `^(?:інформаці|відомост)${W} (?:про|щодо) (?:хід |стан |результат${W} )?(?:виконання|реалізації)`,
    ),
  ],
  ['execution', 10, new RegExp(`^відмітк${W} (?:про|щодо) виконання`)],
  ['execution', 10, /^опис (?:результат|викон|проведен|стан)/],
  ['execution', 9, /^результат/],
  ['execution', 9, new RegExp(`^звіт${W} (?:про|щодо) виконання`)],
  ['execution', 8, /^виконання$|^(?:хід|стан) реалізації|^фактично виконано|^що зроблено/],
  ['execution', 6, /^стан виконання/],
  ['execution', 5, /^моніторинг виконання|опис результат|інформаці\S* (?:про|щодо) виконання/],

  // A heading listing the status words (`… (виконано / не виконано / виконано частково)`) is the status.
  [
    'status',
    12,
    /виконано ?\/|\/ ?не виконано|\/ ?виконано|\/ ?частково|виконано частково|частково виконано/,
  ],
  ['status', 10, /^статус/],
  ['status', 8, /^стан$/],
  ['status', 6, /^стан виконання/],

  ['indicators', 10, /^індикатор|^очікуван\S* результат/],
  ['indicators', 8, /^показник|^критері\S* (?:оцінк|виконання)/],
  ['indicators', 5, /індикатор|показник/],

  // The level itself beats its two scores (`бал "х"`, `бал "у"`) beside it.
  ['riskLevel', 11, new RegExp(`^рівень ${RISK}`)],
  ['riskLevel', 10, /^рівень|^бал(?: |$)/],
  ['riskLevel', 9, new RegExp(`^(?:оцінк|аналіз)${W} (?:\\S+ )?${RISK}`)],
  ['riskLevel', 8, /^(?:імовірн|ймовірн|наслідк)/],
  ['riskLevel', 6, new RegExp(`рівень (?:\\S+ )?${RISK}|бал [хxуy]$`)],

  ['risk', 10, /^корупційн\S* ризик/],
  ['risk', 8, /^(?:ризик|ідентифікац\S* (?:корупційн\S* )?ризик)/],
  ['risk', 3, /корупційн\S* ризик/],
  ['risk', 2, /ризик/],

  ['riskContent', 10, new RegExp(`^(?:зміст|опис|суть)${W} ${RISK}`)],
  ['riskSource', 10, new RegExp(`^джерел${W}(?: а)? ${RISK}`)],
  ['riskSource', 8, new RegExp(`^(?:чинник|фактор|причин)${W} (?:\\S+ )?ризик`)],
  ['riskSource', 6, /^джерел\S*(?: а)?$/],
  ['controls', 10, new RegExp(`^(?:існуюч|наявн)${W} (?:заход|механізм|засоб)`)],
  ['controls', 8, /заход\S* контролю/],
  ['function', 10, /^функці/],
  ['function', 9, /^(?:процес|напрям\S* діяльност|сфер\S* діяльност|вид\S* діяльност)/],

  ['resources', 10, /^(?:необхідн\S* )?ресурс|^(?:джерел\S* |обсяг\S* )?фінансування/],
  ['resources', 8, /^(?:необхідн\S* )?(?:кошти|витрати)/],

  ['notes', 10, /^примітк/],
  ['notes', 8, /^коментар/],
];

/** A heading's reading: each field it matches with its best score. */
export type HeadingScores = ReadonlyMap<HeadingField, number>;

const NONE: HeadingScores = new Map();
const SCORED = new TextCache<HeadingScores>();

/** Real headings are short; a long cell (a measure's text in a body row) is no heading at all. */
const MAX_HEADING_LENGTH = 300;

export function headingScores(text: string): HeadingScores {
  if (text.length > MAX_HEADING_LENGTH) return NONE;
  const known = SCORED.get('', text);
  if (known !== undefined) return known;
  const key = headingKey(text);
  const scores = new Map<HeadingField, number>();
  if (key) {
    for (const [field, weight, re] of PATTERNS) {
      if ((scores.get(field) ?? 0) >= weight || !re.test(key)) continue;
      scores.set(field, weight);
    }
  }
  return SCORED.set('', text, scores.size ? scores : NONE);
}

/** The best score of a reading (0 for none). */
export function bestScore(scores: HeadingScores): number {
  let best = 0;
  for (const s of scores.values()) if (s > best) best = s;
  return best;
}

/** The fields a reading names best (ties kept), in FIELD_ORDER. */
export function bestFields(scores: HeadingScores): HeadingField[] {
  const best = bestScore(scores);
  if (best === 0) return [];
  return FIELD_ORDER.filter((f) => scores.get(f) === best);
}

/** The one field a heading names best, of any kind (ties broken by FIELD_ORDER), or null. */
export function bestField(text: string): HeadingField | null {
  return bestFields(headingScores(text))[0] ?? null;
}

/** The public field a heading names best, or null (also for register columns the plan does not keep). */
export function classifyHeading(text: string): ColumnKey | null {
  const field = bestField(text);
  return field !== null && isColumnKey(field) ? field : null;
}
