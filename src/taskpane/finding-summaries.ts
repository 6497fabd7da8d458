// The findings said in a line each: the errors bar's lines (`2 заходи без звіту про виконання: № 18, 19
// (термін минув 31.12.2023)`), the notes collapsed into one line per kind, and headings that count by
// severity (`2 помилки, 22 примітки`). Plain functions, tested without rendering.
import { dottedDate } from '../core/calendar';
import type { Lang } from '../core/i18n/lang';
import { ruleTitle } from '../core/i18n/messages';
import { RULE_IDS, SEVERITIES, type Finding, type RuleId, type Severity } from '../core/types';
import { count, type CountKey } from './count-strings';
import { countBySeverity } from './findings-view';

const SEVERITY_COUNT: Record<Severity, CountKey> = { error: 'errors', warning: 'warnings', info: 'notes' };

/** `2 помилки, 22 примітки`: the severities that have findings, each with its plural. */
export function severityHeadline(findings: readonly Finding[], lang: Lang): string {
  const counts = countBySeverity(findings);
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => count(lang, SEVERITY_COUNT[s], counts[s]))
    .join(', ');
}

/** The rules whose findings are about measures with nothing reported (the summary's «Немає звіту» filter). */
export const UNREPORTED_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'missing-execution',
  'conditional-unreported',
]);

const ERROR_COUNT: Partial<Record<RuleId, CountKey>> = {
  'missing-execution': 'overdueMeasures',
  'missing-measure': 'noMeasureText',
  'missing-deadline': 'noDeadline',
  'missing-responsible': 'noResponsible',
};

export interface ErrorLine {
  rule: RuleId;
  text: string;
  count: number;
  /** The first finding of the line: «Перейти до заходу 18» selects its cell. */
  first: Finding;
}

const distinct = <T>(xs: T[]): T[] => [...new Set(xs)];

/** One line per error rule, in the rules' order, naming the measures (and the deadline when they share one). */
export function errorLines(findings: readonly Finding[], lang: Lang): ErrorLine[] {
  const byRule = new Map<RuleId, Finding[]>();
  for (const f of findings)
    if (f.severity === 'error') byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule]
    .sort(([a], [b]) => RULE_IDS.indexOf(a) - RULE_IDS.indexOf(b))
    .map(([rule, list]) => {
      const sorted = [...list].sort((a, b) => a.row - b.row || a.column - b.column);
      const key = ERROR_COUNT[rule];
      const head = key ? count(lang, key, sorted.length) : `${ruleTitle(rule, lang)}: ${sorted.length}`;
      const numbers = distinct(
        sorted.map((f) => f.measureNumber ?? String(f.params.number ?? '')).filter(Boolean),
      );
      // A no-break space: «№» never ends a line apart from its number.
      const list2 = numbers.length ? `: №\u00a0${numbers.join(', ')}` : '';
      const deadlines = distinct(sorted.map((f) => String(f.params.deadline ?? '')).filter(Boolean));
      const passed =
        rule === 'missing-execution' && deadlines.length === 1
          ? lang === 'uk'
            ? ` (термін минув ${dottedDate(deadlines[0])})`
            : ` (deadline ${dottedDate(deadlines[0])} passed)`
          : '';
      return { rule, text: `${head}${list2}${passed}`, count: sorted.length, first: sorted[0] };
    });
}

/** A kind of note: `untidy-text` splits into extra spaces and a stray comma (each its own line and action). */
export type NoteKind = 'spaces' | 'comma' | RuleId;

export interface NoteLine {
  kind: NoteKind;
  text: string;
  findings: Finding[];
}

function kindOf(f: Finding): NoteKind {
  if (f.rule !== 'untidy-text') return f.rule;
  const issues = String(f.params.issues ?? '').split(',');
  return issues.includes('edges') || issues.includes('double-spaces') ? 'spaces' : 'comma';
}

const NOTE_COUNT: Partial<Record<NoteKind, CountKey>> = {
  spaces: 'spaceCells',
  comma: 'commaCells',
  'due-soon': 'dueSoon',
  'deadline-too-vague': 'vagueDeadlines',
};

/** The notes (severity info), one line per kind, in the rules' order. */
export function noteLines(findings: readonly Finding[], lang: Lang): NoteLine[] {
  const byKind = new Map<NoteKind, Finding[]>();
  for (const f of findings) {
    if (f.severity !== 'info') continue;
    const k = kindOf(f);
    byKind.set(k, [...(byKind.get(k) ?? []), f]);
  }
  const order = (k: NoteKind): number =>
    k === 'spaces' || k === 'comma'
      ? RULE_IDS.indexOf('untidy-text') + (k === 'comma' ? 0.5 : 0)
      : RULE_IDS.indexOf(k);
  return [...byKind]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([kind, list]) => {
      const key = NOTE_COUNT[kind];
      const rule = list[0].rule;
      const text = key ? count(lang, key, list.length) : `${ruleTitle(rule, lang)}: ${list.length}`;
      return { kind, text, findings: [...list].sort((a, b) => a.row - b.row || a.column - b.column) };
    });
}
