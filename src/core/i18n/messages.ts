// Messages are keys with parameters: Ukrainian first, English second. Every finding's message names its
// cell as Excel writes it (`Лист1!E25`), so a person can go straight to it.
import { dottedDate } from '../calendar';
import { qualifiedAddress } from '../grid';
import { DeadlineKind, Finding, MessageParams, RuleId, Severity, Status } from '../types';
import { Lang } from './lang';

type Template = (p: MessageParams) => string;

const isoToDotted = (iso: string | number | undefined) => dottedDate(String(iso ?? ''));

const num = (p: MessageParams, lang: Lang) =>
  p.number ? (lang === 'uk' ? `захід ${p.number}` : `measure ${p.number}`) : lang === 'uk' ? 'рядок' : 'row';

const UNTIDY: Record<string, Record<Lang, string>> = {
  edges: { uk: 'пробіли на початку чи в кінці', en: 'blanks at the start or end' },
  'double-spaces': { uk: 'подвійні пробіли', en: 'double spaces' },
  'trailing-comma': { uk: 'зайва кома в кінці', en: 'a stray trailing comma' },
};

const untidyList = (p: MessageParams, lang: Lang) =>
  String(p.issues ?? '')
    .split(',')
    .filter(Boolean)
    .map((k) => UNTIDY[k]?.[lang] ?? k)
    .join(', ');

const MESSAGES: Record<RuleId, Record<Lang, Template>> = {
  'missing-measure': {
    uk: (p) => `${num(p, 'uk')}: рядок має номер, але не має тексту заходу`,
    en: (p) => `${num(p, 'en')}: the row is numbered but has no measure text`,
  },
  'missing-deadline': {
    uk: (p) => `${num(p, 'uk')}: не зазначено термін виконання`,
    en: (p) => `${num(p, 'en')}: no deadline given`,
  },
  'unrecognised-deadline': {
    uk: (p) =>
      `${num(p, 'uk')}: термін «${p.text}» не розпізнано — запишіть, наприклад, «Постійно», «Січень 2023 року», «ІІ квартал 2023 року» або «до 01.03.2023»`,
    en: (p) =>
      `${num(p, 'en')}: deadline "${p.text}" is not understood — write e.g. "Постійно", "Січень 2023 року", "ІІ квартал 2023 року" or "до 01.03.2023"`,
  },
  'deadline-outside-period': {
    uk: (p) =>
      `${num(p, 'uk')}: термін «${p.text}» поза періодом плану (${isoToDotted(p.from)}–${isoToDotted(p.to)})`,
    en: (p) =>
      `${num(p, 'en')}: deadline "${p.text}" lies outside the plan's period (${isoToDotted(p.from)}–${isoToDotted(p.to)})`,
  },
  'missing-responsible': {
    uk: (p) => `${num(p, 'uk')}: не зазначено відповідальних осіб`,
    en: (p) => `${num(p, 'en')}: no responsible person given`,
  },
  'unknown-responsible': {
    uk: (p) =>
      `${num(p, 'uk')}: «${p.person}» немає в переліку посад` + (p.hint ? `; можливо, «${p.hint}»` : ''),
    en: (p) =>
      `${num(p, 'en')}: "${p.person}" is not in the list of positions` +
      (p.hint ? `; did you mean "${p.hint}"?` : ''),
  },
  'missing-execution': {
    uk: (p) =>
      `${num(p, 'uk')}: термін минув ${isoToDotted(p.deadline)}, а про виконання нічого не зазначено`,
    en: (p) => `${num(p, 'en')}: the deadline passed on ${isoToDotted(p.deadline)} and nothing is reported`,
  },
  'due-soon': {
    uk: (p) =>
      `${num(p, 'uk')}: термін спливає ${isoToDotted(p.deadline)}, про виконання ще нічого не зазначено`,
    en: (p) => `${num(p, 'en')}: due on ${isoToDotted(p.deadline)} and nothing is reported yet`,
  },
  'late-execution': {
    uk: (p) =>
      `${num(p, 'uk')}: виконано пізніше терміну (${isoToDotted(p.first)}, а термін — до ${isoToDotted(p.deadline)})`,
    en: (p) =>
      `${num(p, 'en')}: done after the deadline (${isoToDotted(p.first)}, due by ${isoToDotted(p.deadline)})`,
  },
  'duplicate-number': {
    uk: (p) => `${num(p, 'uk')}: номер повторюється (уже є в рядку ${p.firstRow})`,
    en: (p) => `${num(p, 'en')}: the number is repeated (already on row ${p.firstRow})`,
  },
  'number-gap': {
    uk: (p) => `${num(p, 'uk')}: у нумерації пропущено ${p.missing}`,
    en: (p) => `${num(p, 'en')}: numbering skips ${p.missing}`,
  },
  'untidy-text': {
    uk: (p) => `${num(p, 'uk')}: ${untidyList(p, 'uk')}`,
    en: (p) => `${num(p, 'en')}: ${untidyList(p, 'en')}`,
  },
  'conditional-unreported': {
    uk: (p) => `${num(p, 'uk')}: захід «${p.text}» без звіту — зазначте, що таких випадків не було`,
    en: (p) =>
      `${num(p, 'en')}: conditional measure ("${p.text}") has no report — state that no such case occurred`,
  },
};

const RULE_TITLES: Record<RuleId, Record<Lang, string>> = {
  'missing-measure': { uk: 'Немає тексту заходу', en: 'Measure text missing' },
  'missing-deadline': { uk: 'Немає терміну', en: 'Deadline missing' },
  'unrecognised-deadline': { uk: 'Нерозпізнаний термін', en: 'Deadline not understood' },
  'deadline-outside-period': { uk: 'Термін поза періодом плану', en: "Deadline outside the plan's period" },
  'missing-responsible': { uk: 'Немає відповідальних', en: 'Responsible person missing' },
  'unknown-responsible': { uk: 'Невідома посада', en: 'Unknown position' },
  'missing-execution': { uk: 'Термін минув, звіту немає', en: 'Overdue, nothing reported' },
  'due-soon': { uk: 'Термін спливає', en: 'Due soon' },
  'late-execution': { uk: 'Виконано із запізненням', en: 'Done late' },
  'duplicate-number': { uk: 'Повторений номер', en: 'Repeated number' },
  'number-gap': { uk: 'Пропуск у нумерації', en: 'Gap in numbering' },
  'untidy-text': { uk: 'Неохайний текст', en: 'Untidy text' },
  'conditional-unreported': { uk: 'Умовний захід без звіту', en: 'Conditional measure unreported' },
};

const SEVERITY_LABELS: Record<Severity, Record<Lang, string>> = {
  error: { uk: 'Помилка', en: 'Error' },
  warning: { uk: 'Попередження', en: 'Warning' },
  info: { uk: 'Примітка', en: 'Note' },
};

const STATUS_LABELS: Record<Status, Record<Lang, string>> = {
  done: { uk: 'Виконано', en: 'Done' },
  'partly-done': { uk: 'Виконано частково', en: 'Partly done' },
  'in-progress': { uk: 'Виконується', en: 'In progress' },
  'not-done': { uk: 'Не виконано', en: 'Not done' },
  'not-started': { uk: 'Не розпочато', en: 'Not started' },
  'no-grounds': { uk: 'Підстав не виникало', en: 'No grounds arose' },
  none: { uk: 'Немає звіту', en: 'Not reported' },
};

const DEADLINE_KIND_LABELS: Record<DeadlineKind, Record<Lang, string>> = {
  continuous: { uk: 'Постійно / протягом року', en: 'Continuous' },
  period: { uk: 'До дати чи в період', en: 'Dated' },
  periodic: { uk: 'Періодично', en: 'Periodic' },
  conditional: { uk: 'У разі потреби', en: 'Conditional' },
  unrecognised: { uk: 'Не розпізнано', en: 'Not understood' },
  missing: { uk: 'Не зазначено', en: 'Missing' },
};

/** The finding's message, starting with its sheet-qualified cell: `Лист1!E25: захід 18: …`. */
export function formatFinding(f: Finding, lang: Lang): string {
  return `${qualifiedAddress(f.sheet, f.cell)}: ${findingText(f, lang)}`;
}

/** The message without the cell, for lists that show the cell separately. */
export function findingText(f: Finding, lang: Lang): string {
  return MESSAGES[f.rule][lang](f.params);
}

export const ruleTitle = (rule: RuleId, lang: Lang): string => RULE_TITLES[rule][lang];
export const severityLabel = (s: Severity, lang: Lang): string => SEVERITY_LABELS[s][lang];
export const statusLabel = (s: Status, lang: Lang): string => STATUS_LABELS[s][lang];
export const deadlineKindLabel = (k: DeadlineKind, lang: Lang): string => DEADLINE_KIND_LABELS[k][lang];
