// deadline-too-vague: a one-off result (`Розроблення та затвердження антикорупційної програми`) whose
// deadline is open (`Постійно`, `Протягом року`) can never be overdue, so nobody is reminded of it: a month
// should be named. A measure is read as one-off when it opens with what is made once — a verbal noun or an
// infinitive of drafting or adopting (`розроблення`, `підготовка`, `затвердити` …), joined by `та`/`і`/`,`
// — followed by one normative document in the singular (`плану`, `порядку`, `положення`, `проєкту
// програми`). Recurring work is left alone: other openings (`Проведення навчань`, `Забезпечення контролю`,
// `Моніторинг`), documents in the plural (`проєктів рішень`), words of repetition anywhere (`щокварталу`,
// `постійно`, `у разі`) and a second, ongoing part (`… та забезпечення його виконання`).
import { subject } from '../i18n/finding-words';
import { normaliseDeadlineText } from '../deadline/normalise';
import { isOpenEnded } from '../deadline/phrases';
import { TextCache } from '../text';
import { defineRule } from './rule';

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** Openings of a one-off result: verbal nouns (followed by a genitive) and infinitives (an accusative). */
const FIRST_NOUNS = words(
  'розроблення розробка підготовка затвердження складання прийняття ухвалення оприлюднення погодження',
);
const FIRST_VERBS = words('розробити підготувати затвердити скласти прийняти ухвалити оприлюднити погодити');
/** What may follow the opening in the same chain (`Розроблення, погодження та подання на затвердження`). */
const MORE_NOUNS = words(
  [...FIRST_NOUNS].join(' ') + ' подання направлення надання розміщення доведення опублікування',
);
const MORE_VERBS = words([...FIRST_VERBS].join(' ') + ' подати направити надати розмістити опублікувати');
const JOINS = words('та і й або , /');
/** `подання на затвердження`, `надати для погодження`. */
const PURPOSE = words('на для');

/** One normative document in the singular, as the object of a verbal noun (genitive) or a verb (accusative). */
const DOCUMENT_GENITIVE = words(
  "плану програми порядку положення інструкції методики регламенту стратегії концепції кодексу правил переліку графіка графіку пам'ятки",
);
const DOCUMENT_ACCUSATIVE = words(
  "план програму порядок положення інструкцію методику регламент стратегію концепцію кодекс правила перелік графік пам'ятку",
);
/** Recommendations are one document only as `методичні рекомендації` (else: after every inspection). */
const GUIDELINES = words('рекомендацій рекомендації');
/** `проєкту плану`, `проект програми`, `нової редакції положення`: then the document in the genitive. */
const DRAFT_GENITIVE = words('проєкту проекту редакції');
const DRAFT_ACCUSATIVE = words('проєкт проект редакцію');
/** Adjectives before the document (`антикорупційної`, `річний`, `методичні`), at most a few. */
const ADJECTIVE_GENITIVE = /(?:ого|ього|ої|ьої|их|іх)$/u;
const ADJECTIVE_ACCUSATIVE = /(?:у|ю|ий|ій|е|є|і|ї)$/u;
const MAX_ADJECTIVES = 3;

/** Words that make a measure recurring wherever they stand. */
const RECURRING = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      'постійн\\p{L}*',
      'регулярн\\p{L}*',
      'систематичн\\p{L}*',
      'періодичн\\p{L}*',
      'щороку',
      'щорічно',
      'щокварт\\p{L}*',
      'щоміс\\p{L}*',
      'щопів\\p{L}*',
      'щотиж\\p{L}*',
      'щодн\\p{L}*',
      'щоденн\\p{L}*',
      'кожн\\p{L}*',
      'раз на',
      'двічі на',
      '[ув] разі',
      '[ву] міру',
      'по мірі',
      '(?:за|при) (?:потреби|потребі|необхідності)',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);
/** A second, ongoing part joined on: `… та забезпечення його виконання`, `, моніторинг …`. */
const ONGOING_PART = new RegExp(
  '(?:(?<![\\p{L}])(?:та|і|й|а також)|,)\\s+(?:(?:його|її|їх)\\s+)?(?:' +
    'забезпечення|виконання|реалізаці\\p{L}*|впровадження|контрол\\p{L}*|моніторинг\\p{L}*|проведення|' +
    'здійснення|дотримання|організаці\\p{L}*|оновлення|актуалізаці\\p{L}*|перегляд\\p{L}*|ведення|супроводження' +
    ')(?![\\p{L}])',
  'iu',
);

/** Words (apostrophes and inner hyphens kept) and the punctuation that joins or ends them. */
const TOKEN = /[\p{L}'’ʼ`]+(?:-[\p{L}'’ʼ`]+)*|[,/.;:()]/gu;
/** How far into the measure the opening is looked for: it is the first few words. */
const HEAD = 300;

interface Token {
  word: string;
  start: number;
  end: number;
}

/** The words from `start` on, within the head of the measure. */
function tokens(text: string, start: number): Token[] {
  const out: Token[] = [];
  const head = text.slice(start, start + HEAD);
  for (const m of head.matchAll(TOKEN)) {
    // A hyphenated word counts by its first part (`плану-графіка`); every apostrophe is one.
    const word = m[0].toLowerCase().replace(/[’ʼ`]/g, "'").split('-')[0];
    out.push({ word, start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/** The measure's first word after any number, bullet or quote (`1. Розроблення`, `«Затвердження`). */
const FIRST_WORD = /^[\s\d.)\]•·*\-–—«"„“]*(\p{L}+)/u;

/**
 * The words that name a single deliverable at the start of a measure (`Розроблення та затвердження
 * антикорупційної програми`), as written; null when the measure does not open that way.
 */
export function singleDeliverable(measure: string): string | null {
  // Most measures open otherwise: one short regex rules them out before any word is split off.
  const opening = FIRST_WORD.exec(measure);
  if (opening === null) return null;
  const first = opening[1].toLowerCase();
  const nouns = FIRST_NOUNS.has(first);
  if (!nouns && !FIRST_VERBS.has(first)) return null;
  const toks = tokens(measure, opening[0].length - opening[1].length);
  const more = nouns ? MORE_NOUNS : MORE_VERBS;

  // The chain: `та`/`і`/`,` between its links, and `на`/`для` + a verbal noun (`подати на затвердження`).
  let i = 1;
  for (;;) {
    let j = i;
    while (j < toks.length && JOINS.has(toks[j].word)) j++;
    if (j >= toks.length) break;
    if (more.has(toks[j].word)) i = j + 1;
    else if (PURPOSE.has(toks[j].word) && MORE_NOUNS.has(toks[j + 1]?.word ?? '')) i = j + 2;
    else break;
  }

  let genitive = nouns;
  if (i < toks.length && (genitive ? DRAFT_GENITIVE : DRAFT_ACCUSATIVE).has(toks[i].word)) {
    i++;
    genitive = true;
  } else if (i + 1 < toks.length && toks[i].word === 'нової' && toks[i + 1].word === 'редакції') {
    i += 2;
    genitive = true;
  }
  const documents = genitive ? DOCUMENT_GENITIVE : DOCUMENT_ACCUSATIVE;
  const adjective = genitive ? ADJECTIVE_GENITIVE : ADJECTIVE_ACCUSATIVE;
  for (let k = 0; k <= MAX_ADJECTIVES && i < toks.length; k++, i++) {
    const word = toks[i].word;
    if (documents.has(word) || (GUIDELINES.has(word) && toks[i - 1].word.startsWith('методичн')))
      return measure.slice(toks[0].start, toks[i].end);
    if (!adjective.test(word) || word.length < 4) return null;
  }
  return null;
}

/** A one-off result by its opening, and nothing in the text that makes it recurring. */
function oneOffResult(measure: string): string | null {
  const deliverable = singleDeliverable(measure);
  if (deliverable === null || RECURRING.test(measure) || ONGOING_PART.test(measure)) return null;
  return deliverable;
}

/** Deadline texts already judged open or not (they repeat from row to row). */
const OPEN = new TextCache<boolean>();
const openEnded = (text: string): boolean =>
  OPEN.get('', text) ?? OPEN.set('', text, isOpenEnded(normaliseDeadlineText(text)));

export const deadlineTooVague = defineRule({
  id: 'deadline-too-vague',
  severity: 'info',
  title: { uk: 'Разовий захід без строку', en: 'One-off result without a date' },
  message: {
    uk: (p) =>
      `${subject(p, 'uk')}: «${p.deliverable}» — разовий результат, а термін «${p.text}» не називає, коли його чекати; зазначте місяць, наприклад «Березень ${p.year} року»`,
    en: (p) =>
      `${subject(p, 'en')}: "${p.deliverable}" is a one-off result, but the deadline "${p.text}" does not say when it is due; name a month, e.g. "Березень ${p.year} року"`,
  },
  check: ({ plan, finding }) =>
    plan.measures.flatMap((m) => {
      if (m.deadline.kind !== 'continuous' || !openEnded(m.deadline.text)) return [];
      const deliverable = oneOffResult(m.measure);
      if (deliverable === null) return [];
      const year = (m.deadline.from ?? plan.period.from).slice(0, 4);
      return [finding(m, 'deadline', { text: m.deadline.text.trim(), deliverable, year })];
    }),
});
