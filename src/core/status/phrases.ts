// The words an execution text is read by, beside deadline/phrases.ts: each pattern declared once, with the
// words every match of it must contain (`needs`, lower case), so a plain search rules a pattern out before
// its Unicode regex runs (match.ts explains why that matters). `needs: 'ne'` is `не` followed by a blank.
// The decision ladder that uses these lists is infer-status.ts; the searches are evidence.ts.
import { APOS, needleRegex, WORD_END, WORD_START, wordRegex } from './match';

export interface Phrase {
  re: RegExp;
  /** Some of these must be in the lower-case text for `re` to match: needles, or `не` + a blank. */
  needs: RegExp | 'ne';
}

/** A whole-word pattern and what every match contains. */
function phrase(source: string, ...needs: string[]): Phrase {
  return { re: wordRegex(source), needs: needleRegex(needs) };
}
/** A whole-word pattern that starts with `не` + a blank. */
function negated(source: string): Phrase {
  return { re: wordRegex(source), needs: 'ne' };
}

const NE = 'не\\s+';
const L = '\\p{L}*';
/** The promise auxiliary: `буде здійснено`, `будуть проведені`, `будемо`. */
const WILL = 'буд(?:е|уть|емо)';
/** What a measure may have no grounds for: `не було потреби`, `підстав не було`. */
const WANTING = '(?:потреби|необхідності|підстав)';

// ---- 1. Partly done, 2. not started --------------------------------------------------------------

export const PARTLY: readonly Phrase[] = [
  phrase(`частков${L}`, 'частков'),
  phrase(`не\\s+(?:в|у)\\s+повному\\s+обсязі`, 'повному'),
  phrase(`${NE}повністю`, 'повністю'),
];

export const NOT_STARTED: readonly Phrase[] = [
  phrase(`${NE}(?:роз)?поч(?:ат|ина|ал|ав)${L}`, 'поч'),
  phrase(`${NE}приступ(?:а|и)${L}`, 'приступ'),
];

// ---- 3. No grounds: the event a measure waits for did not happen ---------------------------------

/** Negated verbs that say an awaited event did not happen, whatever the subject: one regex, in this order. */
const NOTHING_HAPPENED_WORDS: readonly (readonly [source: string, ...needs: string[]])[] = [
  [`${NE}надход${L}`, 'надход'],
  [`${NE}надійш${L}`, 'надійш'],
  [`${NE}притяг${L}`, 'притяг'],
  [`${NE}виника${L}`, 'виника'],
  [`${NE}виникл${L}`, 'виникл'],
  [`${NE}виявлено`, 'виявл'],
  [`${NE}виявлял${L}`, 'виявл'],
  [`${NE}встановлено`, 'встановлено'],
  [`${NE}зафіксовано`, 'зафіксовано'],
  [`${NE}зареєстровано`, 'зареєстровано'],
  [`${NE}допущено`, 'допущено'],
  [`${NE}звертал${L}`, 'звертал'],
  [`${NE}отримувал${L}`, 'отримувал'],
  [`${NE}мал[аои]\\s+місця`, 'місця'],
  [`${NE}потребувал${L}`, 'потреб'],
  [`${NE}потребує`, 'потреб'],
  [`${NE}було\\s+${WANTING}`, 'потреб', 'необхідності', 'підстав'],
  [`(?:потреби|необхідності)\\s+не\\s+було`, 'потреб', 'необхідності'],
  [`підстав${L}\\s+(?:не\\s+було|відсутні)`, 'підстав'],
  [`відсутні\\s+підстави`, 'відсутні'],
];
export const NOTHING_HAPPENED: Phrase = {
  re: wordRegex(NOTHING_HAPPENED_WORDS.map(([source]) => source).join('|')),
  needs: needleRegex([...new Set(NOTHING_HAPPENED_WORDS.flatMap(([, ...needs]) => needs))]),
};
/** After an event negation, `не було потреби` is not an event that did not happen but a reason. */
export const WANTING_AFTER = new RegExp(`було\\s+${WANTING}`, 'iu');

/** Negated verbs that mean "nothing happened" only when their subject is an event (`розслідування не проводилися`). */
export const EVENT_NEGATION = negated(
  `${NE}(?:було|були|проводил${L}|здійснювал${L}|застосовувал${L}|накладал${L}|відбувал${L}|розглядал${L})`,
);

/** Events a conditional measure waits for. */
const EVENT_NOUNS =
  `службов${L}\\s+(?:розслідуван(?:ь|ня)|перевір(?:ок|ки))|розслідуван(?:ь|ня)|повідомлен(?:ь|ня)|звернен(?:ь|ня)|скарг[аи]?|` +
  `заяв[аи]?|факт(?:ів|и|у)?|випадк(?:ів|и|у)|підстав[аи]?|стягнен(?:ь|ня)|накладан(?:ь|ня)|` +
  `притягнен(?:ь|ня)|запит(?:ів|и)|припис(?:ів|и)|подань|потреби|необхідності`;
export const EVENT_NOUN_RE = wordRegex(EVENT_NOUNS);
/** Weaker subjects, taken only when the clause names none of the events above (`порушень не виявлено`). */
export const OFFENCE_NOUN_RE = wordRegex(
  `(?:право)?порушен(?:ь|ня)|проступк(?:ів|и)|конфлікт(?:ів|у)\\s+інтересів`,
);
/** `не було підстав`, `не надходило звернень`: the noun after the negation. */
export const EVENT_AFTER = negated(`(?:${NE}(?:було|були|надходил${L}|виникал${L}))\\s+(?:${EVENT_NOUNS})`);

// ---- Work done: verbs and their endings ------------------------------------------------------------

/** Stems of verbs that report work done. */
export const WORK_STEMS: readonly string[] = (
  'викона|виконув|провед|провод|провів|провел|здійсн|затверд|розміщ|розмісти|надава|надан|надал|розроб|' +
  'направл|направи|подан|подава|подал|організ|забезпеч|оприлюдн|склад|склал|підготов|підготува|уклад|уклал|' +
  'створ|узагальн|довод|довед|прийня|прийма|отрима|пройшл|ознайом|попередж|перевір|розгля|проаналіз|' +
  'аналізув|внесен|внесл|опубліков|погодж|навча|навчен|проінформ|інформув|вжит|вживал|звернул|надіслан|' +
  'надісла|присвоєн|зроблен|зробил|закінч|заверш|оновл|визнач|призначен'
).split('|');
/** Any whole word starting with a work stem. */
export const WORK_VERB_RE = new RegExp(`${WORD_START}(?:${WORK_STEMS.join('|')})\\p{L}*${WORD_END}`, 'giu');

/** Participle endings: `проведено`, `затверджена`, `надані`, `створений`, `вжито`, `укладені`. */
const PARTICIPLE = '[еєая]н(?:о|а|і|ий)|[иуяа]т[оаі]';
/**
 * Past-tense and participle endings: `проведено`, `вжито`, `проводився`, `надавалась`, `прийняла`,
 * `зроблені`, `затвердив`, `провів` (but not the noun `надавачів`).
 */
export const PAST_WORD = new RegExp(`(?:${PARTICIPLE}|[еєая]нні|вс[яь]|л[аои]с[яь]|л[аои]|[иа]в|вів)$`, 'iu');
/** Endings of any past participle or reflexive past verb, for evidence when no work verb is known. */
export const ANY_PAST_ENDINGS: readonly string[] = [
  'ено',
  'ано',
  'яно',
  'єно',
  'ото',
  'ято',
  'вся',
  'лася',
  'лося',
  'лися',
  'лись',
  'лось',
  'лась',
];
export const ANY_PAST_RE = wordRegex(`\\p{L}{3,}(?:${ANY_PAST_ENDINGS.join('|')})`);
/** A work verb right after one of these (`не проводилися`, `буде здійснено`) is not work done. */
export const NEGATED_BEFORE = {
  re: new RegExp(`(?:^|[^\\p{L}])(?:не|${WILL})\\s+$`, 'iu'),
  needs: needleRegex(['не', 'буд']),
} satisfies Phrase;

// ---- 4. Not done, and the reasons that lift a duty --------------------------------------------------

export const NOT_DONE: readonly Phrase[] = [
  // `не проведено`, `не виконувався`, `не направлялась` (not `не складні`)
  negated(`${NE}(?:${WORK_STEMS.join('|')})${L}(?<=${PARTICIPLE}|с[яь])`),
  phrase('невиконано', 'невиконано'),
  phrase(`${NE}вдал${L}`, 'вдал'),
  phrase(`${NE}було\\s+можливості`, 'можливості'),
  phrase(`${NE}мал${L}\\s+можливості`, 'можливості'),
  phrase(`${NE}відбул${L}`, 'відбул'),
  phrase(`${NE}реалізован${L}`, 'реалізован'),
];

/** Reasons that lift the duty: a law, NAZK's explanations, martial law, a suspension. */
export const DUTY_LIFTED: readonly Phrase[] = [
  phrase(`закон${L}`, 'закон'),
  phrase(`роз${APOS}яснен${L}`, 'яснен'),
  phrase(`(?:при)?зупинен${L}|припинен${L}`, 'зупинен', 'припинен'),
  phrase(`воєнн${L}\\s+стан${L}`, 'воєнн'),
  negated(`${NE}(?:передбачен|вимага)${L}`),
  phrase(`скасован${L}`, 'скасован'),
  phrase(`втрати${L}\\s+чинність|втратил${L}\\s+чинність`, 'чинність'),
  phrase(`відсутн${L}\\s+обов${APOS}яз${L}|звільнен${L}\\s+від`, 'відсутн', 'звільнен'),
];

// ---- 5. In progress ------------------------------------------------------------------------------------

const DATE = '\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}';
export const PROMISED: readonly Phrase[] = [
  phrase(`${WILL}\\s+\\p{L}+`, 'буд'),
  phrase(`планує${L}|заплановано\\s+на|перенесен${L}`, 'план', 'перенесен'),
  {
    re: new RegExp(`(?<!не\\s+)${WORD_START}розпоча(?:то|л[аио]?)${WORD_END}(?:\\s+роботу)?`, 'giu'),
    needs: needleRegex(['розпоча']),
  },
  phrase(
    '(?:в|у)\\s+процесі|на\\s+(?:стадії|етапі|розгляді|погодженні)',
    'процесі',
    'стадії',
    'етапі',
    'розгляді',
    'погодженні',
  ),
  phrase(
    `опрацьовується|розробляється|готується|доопрацьову${L}`,
    'опрацьовується',
    'розробляється',
    'готується',
    'доопрацьову',
  ),
];
/** `після 31.01.2024`: a promise only when the text reports no work. */
export const AFTER_DATE: readonly Phrase[] = [
  { re: new RegExp(`${WORD_START}після\\s+(?:${DATE})`, 'giu'), needs: needleRegex(['після']) },
];
export const ONGOING: readonly Phrase[] = [phrase(`трива(?:є|ють)|продовжу${L}`, 'трива', 'продовжу')];
