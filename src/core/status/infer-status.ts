// What the execution text says about a measure's status. The officer writes a free report, so the
// status is read from a few kinds of phrases, checked in this order (the first kind found decides):
//   1. partly done        `частково`, `не в повному обсязі`
//   2. not started        `не розпочато`, `не розпочиналось`
//   3. no grounds         the event a measure waits for did not happen: `повідомлень … не надходило`,
//                         `фактів не виявлено`, `службові розслідування не проводилися`, `стягнень … не було`.
//                         For a measure with a date (not conditional) whose text also reports work done
//                         (`проводився моніторинг … фактів не виявлено`) the work is what counts: done.
//   4. not done           `не виконано`, `не направлялась`, `не проведено` … When the text cites a law,
//                         an explanation or a suspension of the duty (seed measure 4: `Згідно Закону …
//                         не направлялась`) the duty did not apply: no grounds. When it also reports work
//                         done (`проведено 3 семінари, 2 не проведено`): partly done.
//   5. in progress        promises and ongoing work: `буде здійснено`, `розпочато роботу`, `після 31.01.2024`,
//                         `в процесі`; `триває`/`продовжується` too, except for a continuous or periodic
//                         measure that reports work done (its work always goes on).
//   6. done               any other report; evidence is its first past-tense verb, or `text present`.
// A status column, when the sheet has one, is taken first; words it does not know fall back to the text.

import type { Deadline, Status, StatusInfo } from '../types';
import {
  allHits,
  APOS,
  clauseStart,
  firstHit,
  type Hit,
  letterWords,
  lowerForSearch,
  mayContain,
  needleRegex,
  wordRegex,
  WORD_END,
  WORD_START,
} from './match';
import { statusFromColumn } from './status-words';
import { TextCache } from '../text';

export interface StatusInput {
  statusText?: string;
  execution: string;
  deadline: Deadline;
}

const NE = 'не\\s+';
const L = '\\p{L}*';

const PARTLY = [
  wordRegex(`частков${L}`),
  wordRegex(`не\\s+(?:в|у)\\s+повному\\s+обсязі`),
  wordRegex(`${NE}повністю`),
];

const NOT_STARTED = [wordRegex(`${NE}(?:роз)?поч(?:ат|ина|ал|ав)${L}`), wordRegex(`${NE}приступ(?:а|и)${L}`)];

/** Negated verbs that say an awaited event did not happen, whatever the subject. */
const NOTHING_HAPPENED = [
  `${NE}надход${L}`,
  `${NE}надійш${L}`,
  `${NE}притяг${L}`,
  `${NE}виника${L}`,
  `${NE}виникл${L}`,
  `${NE}виявлено`,
  `${NE}виявлял${L}`,
  `${NE}встановлено`,
  `${NE}зафіксовано`,
  `${NE}зареєстровано`,
  `${NE}допущено`,
  `${NE}звертал${L}`,
  `${NE}отримувал${L}`,
  `${NE}мал[аои]\\s+місця`,
  `${NE}потребувал${L}`,
  `${NE}потребує`,
  `${NE}було\\s+(?:потреби|необхідності|підстав)`,
  `(?:потреби|необхідності)\\s+не\\s+було`,
  `підстав${L}\\s+(?:не\\s+було|відсутні)`,
  `відсутні\\s+підстави`,
];
const NOTHING_HAPPENED_RE = wordRegex(NOTHING_HAPPENED.join('|'));

/** Negated verbs that mean "nothing happened" only when their subject is an event (`розслідування не проводилися`). */
const EVENT_NEGATION_RE = wordRegex(
  `${NE}(?:було|були|проводил${L}|здійснювал${L}|застосовувал${L}|накладал${L}|відбувал${L}|розглядал${L})`,
);

/** Events a conditional measure waits for. */
const EVENT_NOUNS =
  `службов${L}\\s+(?:розслідуван(?:ь|ня)|перевір(?:ок|ки))|розслідуван(?:ь|ня)|повідомлен(?:ь|ня)|звернен(?:ь|ня)|скарг[аи]?|` +
  `заяв[аи]?|факт(?:ів|и|у)?|випадк(?:ів|и|у)|підстав[аи]?|стягнен(?:ь|ня)|накладан(?:ь|ня)|` +
  `притягнен(?:ь|ня)|запит(?:ів|и)|припис(?:ів|и)|подань|потреби|необхідності`;
const EVENT_NOUN_RE = wordRegex(EVENT_NOUNS);
/** Weaker subjects, taken only when the clause names none of the events above (`порушень не виявлено`). */
const OFFENCE_NOUN_RE = wordRegex(`(?:право)?порушен(?:ь|ня)|проступк(?:ів|и)|конфлікт(?:ів|у)\\s+інтересів`);
/** `не було підстав`, `не надходило звернень`: the noun after the negation. */
const EVENT_AFTER_RE = wordRegex(`(?:${NE}(?:було|були|надходил${L}|виникал${L}))\\s+(?:${EVENT_NOUNS})`);

/** Stems of verbs that report work done. */
const WORK_STEMS =
  'викона|виконув|провед|провод|провів|провел|здійсн|затверд|розміщ|розмісти|надава|надан|надал|розроб|' +
  'направл|направи|подан|подава|подал|організ|забезпеч|оприлюдн|склад|склал|підготов|підготува|уклад|уклал|' +
  'створ|узагальн|довод|довед|прийня|прийма|отрима|пройшл|ознайом|попередж|перевір|розгля|проаналіз|' +
  'аналізув|внесен|внесл|опубліков|погодж|навча|навчен|проінформ|інформув|вжит|вживал|звернул|надіслан|' +
  'надісла|присвоєн|зроблен|зробил|закінч|заверш|оновл|визнач|призначен';
/**
 * Past-tense and participle endings: `проведено`, `вжито`, `проводився`, `надавалась`, `прийняла`,
 * `зроблені`, `затвердив`, `провів` (but not the noun `надавачів`).
 */
const PAST_WORD = /(?:[еєая]н(?:о|а|і|ий|ні)|[иуяа]т[оаі]|вс[яь]|л[аои]с[яь]|л[аои]|[иа]в|вів)$/iu;
const WORK_VERB_RE = new RegExp(`${WORD_START}(?:${WORK_STEMS})\\p{L}*${WORD_END}`, 'giu');
/** Any past participle or reflexive past verb, for evidence when no work verb is known. */
const ANY_PAST_RE = wordRegex(`\\p{L}{3,}(?:ено|ано|яно|єно|ото|ято|вся|лася|лося|лися|лись|лось|лась)`);

const NOT_DONE = [
  // `не проведено`, `не виконувався`, `не направлялась` (not `не складні`)
  wordRegex(`${NE}(?:${WORK_STEMS})${L}(?<=[еєая]н(?:о|а|і|ий)|[иуяа]т[оаі]|с[яь])`),
  wordRegex('невиконано'),
  wordRegex(`${NE}вдал${L}`),
  wordRegex(`${NE}було\\s+можливості`),
  wordRegex(`${NE}мал${L}\\s+можливості`),
  wordRegex(`${NE}відбул${L}`),
  wordRegex(`${NE}реалізован${L}`),
];

/** Reasons that lift the duty: a law, NAZK's explanations, martial law, a suspension. */
const DUTY_LIFTED = [
  wordRegex(`закон${L}`),
  wordRegex(`роз${APOS}яснен${L}`),
  wordRegex(`(?:при)?зупинен${L}|припинен${L}`),
  wordRegex(`воєнн${L}\\s+стан${L}`),
  wordRegex(`${NE}(?:передбачен|вимага)${L}`),
  wordRegex(`скасован${L}`),
  wordRegex(`втрати${L}\\s+чинність|втратил${L}\\s+чинність`),
  wordRegex(`відсутн${L}\\s+обов${APOS}яз${L}|звільнен${L}\\s+від`),
];

const DATE = '\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}';
const PROMISED = [
  wordRegex(`буд(?:е|уть|емо)\\s+\\p{L}+`),
  wordRegex(`планує${L}|заплановано\\s+на|перенесен${L}`),
  new RegExp(`(?<!не\\s+)${WORD_START}розпоча(?:то|л[аио]?)${WORD_END}(?:\\s+роботу)?`, 'giu'),
  wordRegex('(?:в|у)\\s+процесі|на\\s+(?:стадії|етапі|розгляді|погодженні)'),
  wordRegex(`опрацьовується|розробляється|готується|доопрацьову${L}`),
];
const AFTER_DATE = new RegExp(`${WORD_START}після\\s+(?:${DATE})`, 'giu');
const ONGOING = [wordRegex(`трива(?:є|ють)|продовжу${L}`)];

/** WORK_STEMS by first letter, to test a lower-case word against them quickly. */
const STEMS_BY_FIRST = new Map<string, string[]>();
for (const stem of WORK_STEMS.split('|')) {
  const list = STEMS_BY_FIRST.get(stem[0]) ?? [];
  list.push(stem);
  STEMS_BY_FIRST.set(stem[0], list);
}
const ANY_PAST_ENDINGS = [
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

/** One execution text with what the cheap checks need: its lower-case copy (null: use the regexes only). */
interface Scan {
  text: string;
  lower: string | null;
  /** Whether `не` followed by a blank occurs (every negation pattern needs it). */
  ne: boolean;
  /** Letter-only words as start/end offsets (null: the text needs the regexes), found once. */
  words?: number[] | null;
}

function scanOf(text: string): Scan {
  const lower = lowerForSearch(text);
  return { text, lower, ne: lower === null || /не\s/.test(lower) };
}

/** Letter-only words of a text lowerForSearch accepted; null when letterWords cannot read it. */
function wordsOf(scan: Scan): number[] | null {
  if (scan.words === undefined) scan.words = scan.lower === null ? null : letterWords(scan.text);
  return scan.words;
}

/** Every match of WORK_VERB_RE: whole letter-only words that start with a work stem. */
function workVerbs(scan: Scan): Hit[] {
  const words = wordsOf(scan);
  if (words === null || scan.lower === null) return allHits(WORK_VERB_RE, scan.text);
  const lower = scan.lower;
  const hits: Hit[] = [];
  for (let i = 0; i < words.length; i += 2) {
    const start = words[i];
    const stems = STEMS_BY_FIRST.get(lower[start]);
    if (stems !== undefined && stems.some((stem) => lower.startsWith(stem, start)))
      hits.push({ index: start, text: scan.text.slice(start, words[i + 1]) });
  }
  return hits;
}

/** The first match of ANY_PAST_RE: a letter-only word of 3+ letters before a past ending. */
function anyPast(scan: Scan): Hit | null {
  const words = wordsOf(scan);
  if (words === null || scan.lower === null) return firstHit([ANY_PAST_RE], scan.text);
  const lower = scan.lower;
  for (let i = 0; i < words.length; i += 2) {
    const start = words[i];
    const end = words[i + 1];
    for (const ending of ANY_PAST_ENDINGS) {
      if (end - start >= 3 + ending.length && lower.endsWith(ending, end))
        return { index: start, text: scan.text.slice(start, end) };
    }
  }
  return null;
}

const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:не|буде|будуть|будемо)\s+$/iu;
const NEGATION_OR_PROMISE = /не|буд/;

/** Work verbs that are not negated (`не проводилися`) nor promised (`буде здійснено`). */
function workDone(scan: Scan): Hit[] {
  const { text, lower } = scan;
  return workVerbs(scan).filter((hit) => {
    if (!PAST_WORD.test(hit.text)) return false;
    const from = Math.max(0, hit.index - 12);
    // Only a window holding `не` or `буд` can end in a negation or a promise.
    if (lower !== null && !NEGATION_OR_PROMISE.test(lower.slice(from, hit.index))) return true;
    return !NEGATED_BEFORE.test(text.slice(from, hit.index));
  });
}

/** The nearest event noun before a negation, within its clause (an offence noun only if no event). */
function eventBefore(text: string, negation: Hit): Hit | null {
  const from = clauseStart(text, negation.index, 250);
  const clause = text.slice(from, negation.index);
  const noun = allHits(EVENT_NOUN_RE, clause).pop() ?? allHits(OFFENCE_NOUN_RE, clause).pop();
  return noun ? { index: from + noun.index, text: noun.text } : null;
}

/** Evidence for `noun … negation`: one substring when short, else the two ends. */
function spanEvidence(text: string, noun: Hit, negation: Hit): string[] {
  const end = negation.index + negation.text.length;
  return end - noun.index <= 90 ? [text.slice(noun.index, end)] : [noun.text, negation.text];
}

/** Words every match of NOTHING_HAPPENED_RE contains. */
const NOTHING_NEEDLES = needleRegex([
  'надход',
  'надійш',
  'притяг',
  'виника',
  'виникл',
  'виявл',
  'встановлено',
  'зафіксовано',
  'зареєстровано',
  'допущено',
  'звертал',
  'отримувал',
  'місця',
  'потреб',
  'необхідності',
  'підстав',
  'відсутні',
]);

/** `повідомлень … не надходило` and friends: the evidence, or null when nothing like it is written. */
function nothingHappened(scan: Scan): string[] | null {
  const text = scan.text;
  const found: { index: number; evidence: string[] }[] = [];
  if (mayContain(scan.lower, NOTHING_NEEDLES)) {
    for (const neg of allHits(NOTHING_HAPPENED_RE, text)) {
      const noun = eventBefore(text, neg);
      found.push(
        noun
          ? { index: noun.index, evidence: spanEvidence(text, noun, neg) }
          : { index: neg.index, evidence: [neg.text] },
      );
    }
  }
  if (scan.ne) {
    for (const neg of allHits(EVENT_NEGATION_RE, text)) {
      if (/було\s+(?:потреби|необхідності|підстав)/iu.test(text.slice(neg.index, neg.index + 40))) continue;
      const noun = eventBefore(text, neg);
      if (noun) found.push({ index: noun.index, evidence: spanEvidence(text, noun, neg) });
    }
    for (const hit of allHits(EVENT_AFTER_RE, text)) found.push({ index: hit.index, evidence: [hit.text] });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.index - b.index);
  return found[0].evidence;
}

function result(status: Status, source: StatusInfo['source'], evidence: string[]): StatusInfo {
  return { status, source, evidence };
}

function isDated(deadline: Deadline | undefined): boolean {
  return deadline?.kind !== 'conditional';
}

function isRecurring(deadline: Deadline | undefined): boolean {
  return deadline?.kind === 'continuous' || deadline?.kind === 'periodic';
}

/** Evidence items in the order they appear in the text. */
function inTextOrder(hits: (Hit | null)[]): string[] {
  return hits
    .filter((h): h is Hit => h !== null)
    .sort((a, b) => a.index - b.index)
    .map((h) => h.text);
}

/** A regex with what a text must contain for it to match: needles (any of them), or `не` + blank. */
type Gated = readonly [RegExp, RegExp | 'ne'];

function gated(res: readonly RegExp[], needs: readonly (readonly string[] | 'ne')[]): Gated[] {
  return res.map((re, i) => {
    const need = needs[i];
    return [re, need === 'ne' ? need : needleRegex(need)] as const;
  });
}

const PARTLY_G = gated(PARTLY, [['частков'], ['повному'], ['повністю']]);
const NOT_STARTED_G = gated(NOT_STARTED, [['поч'], ['приступ']]);
const NOT_DONE_G = gated(NOT_DONE, [
  'ne',
  ['невиконано'],
  ['вдал'],
  ['можливості'],
  ['можливості'],
  ['відбул'],
  ['реалізован'],
]);
const DUTY_LIFTED_G = gated(DUTY_LIFTED, [
  ['закон'],
  ['яснен'],
  ['зупинен', 'припинен'],
  ['воєнн'],
  'ne',
  ['скасован'],
  ['чинність'],
  ['відсутн', 'звільнен'],
]);
const PROMISED_G = gated(PROMISED, [
  ['буд'],
  ['план', 'перенесен'],
  ['розпоча'],
  ['процесі', 'стадії', 'етапі', 'розгляді', 'погодженні'],
  ['опрацьовується', 'розробляється', 'готується', 'доопрацьову'],
]);
const AFTER_DATE_G = gated([AFTER_DATE], [['після']]);
const ONGOING_G = gated(ONGOING, [['трива', 'продовжу']]);

/** firstHit over the regexes whose needles the text holds (the others cannot match). */
function firstGated(list: readonly Gated[], scan: Scan): Hit | null {
  const res: RegExp[] = [];
  for (const [re, needs] of list) if (needs === 'ne' ? scan.ne : mayContain(scan.lower, needs)) res.push(re);
  return res.length === 0 ? null : firstHit(res, scan.text);
}

function fromText(text: string, deadline: Deadline | undefined): StatusInfo {
  if (text.trim() === '') return result('none', 'empty', []);
  const scan = scanOf(text);

  const partly = firstGated(PARTLY_G, scan);
  if (partly) return result('partly-done', 'text', [partly.text]);

  const notStarted = firstGated(NOT_STARTED_G, scan);
  if (notStarted) return result('not-started', 'text', [notStarted.text]);

  const work = workDone(scan);
  const nothing = nothingHappened(scan);
  if (nothing) {
    if (isDated(deadline) && work.length > 0) return result('done', 'text', [work[0].text, ...nothing]);
    return result('no-grounds', 'text', nothing);
  }

  const notDone = firstGated(NOT_DONE_G, scan);
  if (notDone) {
    const lifted = firstGated(DUTY_LIFTED_G, scan);
    if (lifted) return result('no-grounds', 'text', inTextOrder([lifted, notDone]));
    const doneBefore = work[0];
    if (doneBefore) return result('partly-done', 'text', inTextOrder([doneBefore, notDone]));
    return result('not-done', 'text', [notDone.text]);
  }

  const promised =
    firstGated(PROMISED_G, scan) ?? (work.length === 0 ? firstGated(AFTER_DATE_G, scan) : null);
  if (promised) return result('in-progress', 'text', [promised.text]);

  const ongoing = firstGated(ONGOING_G, scan);
  if (ongoing) {
    if (isRecurring(deadline) && work.length > 0)
      return result('done', 'text', inTextOrder([work[0], ongoing]));
    return result('in-progress', 'text', [ongoing.text]);
  }

  const verb = work[0] ?? anyPast(scan);
  return result('done', 'text', [verb ? verb.text : 'text present']);
}

/** Statuses already read, by deadline class, status text and execution text (copied on the way out). */
const CACHE = new TextCache<StatusInfo>();

/**
 * The status of a measure: from the status column when it names one, else read from the execution text.
 * An unknown word in the status column is kept as the first evidence item, ahead of what the text says.
 */
export function inferStatus(input: StatusInput): StatusInfo {
  const execution = typeof input?.execution === 'string' ? input.execution : '';
  const statusText = typeof input?.statusText === 'string' ? input.statusText : '';
  const deadline = input?.deadline;
  // The deadline matters only as conditional, recurring or other (isDated, isRecurring).
  const kind = !isDated(deadline) ? 'c' : isRecurring(deadline) ? 'r' : 'd';
  const scope = kind + statusText;
  const info =
    CACHE.get(scope, execution) ?? CACHE.set(scope, execution, infer(statusText, execution, deadline));
  return { status: info.status, source: info.source, evidence: [...info.evidence] };
}

function infer(statusText: string, execution: string, deadline: Deadline | undefined): StatusInfo {
  if (statusText.trim() !== '') {
    const column = statusFromColumn(statusText);
    if (column) return result(column.status, 'column', [column.words]);
    const inferred = fromText(execution, deadline);
    return { ...inferred, evidence: [statusText.trim(), ...inferred.evidence] };
  }
  return fromText(execution, deadline);
}
