// Messages are keys with parameters: Ukrainian first, English second. Every finding's message names its
// cell as Excel writes it (`Лист1!E25`), so a person can go straight to it. A finding's words are its
// rule's own (each rule carries its title and message: rules/registry.ts); the labels of severities,
// statuses and deadline kinds are here.
import { qualifiedAddress } from '../grid';
import { ruleById } from '../rules/registry';
import type { DeadlineKind, Finding, RuleId, Severity, Status } from '../types';
import type { Lang } from './lang';

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
  return ruleById(f.rule).message[lang](f.params);
}

export const ruleTitle = (rule: RuleId, lang: Lang): string => ruleById(rule).title[lang];
export const severityLabel = (s: Severity, lang: Lang): string => SEVERITY_LABELS[s][lang];
export const statusLabel = (s: Status, lang: Lang): string => STATUS_LABELS[s][lang];
export const deadlineKindLabel = (k: DeadlineKind, lang: Lang): string => DEADLINE_KIND_LABELS[k][lang];
