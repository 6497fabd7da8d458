// Rules about how cells are written.
import { distance } from 'fastest-levenshtein';
import { subject } from '../i18n/finding-words';
import type { Lang } from '../i18n/lang';
import type { Finding, Measure, MessageParams } from '../types';
import { matchKey, TextCache } from '../text';
import { defineRule } from './rule';

type Untidiness = 'edges' | 'double-spaces' | 'trailing-comma';

const UNTIDY_WORDS: Record<Untidiness, Record<Lang, string>> = {
  edges: { uk: 'пробіли на початку чи в кінці', en: 'blanks at the start or end' },
  'double-spaces': { uk: 'подвійні пробіли', en: 'double spaces' },
  'trailing-comma': { uk: 'зайва кома в кінці', en: 'a stray trailing comma' },
};

/** `issues: 'edges,trailing-comma'` in words; an unknown key is shown as it is. */
const untidyList = (p: MessageParams, lang: Lang): string =>
  String(p.issues ?? '')
    .split(',')
    .filter(Boolean)
    .map((k) => UNTIDY_WORDS[k as Untidiness]?.[lang] ?? k)
    .join(', ');

/** Cells already judged (deadline and responsible cells repeat from row to row); copied on the way out. */
const UNTIDY = new TextCache<Untidiness[]>();

/** What is untidy in a cell: leading/trailing blanks, double spaces, a stray trailing comma. */
export function untidiness(text: string): Untidiness[] {
  return [...judged(text)];
}

/** untidiness without the copy, for the rule (which only reads it). */
function judged(text: string): readonly Untidiness[] {
  return UNTIDY.get('', text) ?? UNTIDY.set('', text, judge(text));
}

function judge(text: string): Untidiness[] {
  if (text.trim() === '') return [];
  const issues: Untidiness[] = [];
  if (/^[\s\u00a0]|[\s\u00a0]$/.test(text)) issues.push('edges');
  if (/[^\S\n]{2,}|\u00a0/.test(text.trim())) issues.push('double-spaces');
  if (/,[\s\u00a0]*$/.test(text) || /,[^\S\n]*\n/.test(text)) issues.push('trailing-comma');
  return issues;
}

/** The columns whose cells `untidy-text` judges (and «Прибрати зайві пробіли» may tidy). */
export const UNTIDY_FIELDS = ['deadline', 'responsible'] as const;

/**
 * A cell's text without the extra spaces `untidy-text` finds (blanks at its edges, runs of blanks and
 * no-break spaces inside, line breaks kept); null when it has none. Every other character stays as written.
 */
export function withoutExtraSpaces(text: string): string | null {
  const issues = judged(text);
  if (!issues.includes('edges') && !issues.includes('double-spaces')) return null;
  const fixed = text.replace(/[^\S\n]{2,}|\u00a0/g, ' ').trim();
  return fixed === text ? null : fixed;
}

export const untidyText = defineRule({
  id: 'untidy-text',
  severity: 'info',
  title: { uk: 'Неохайний текст', en: 'Untidy text' },
  message: {
    uk: (p) => `${subject(p, 'uk')}: ${untidyList(p, 'uk')}`,
    en: (p) => `${subject(p, 'en')}: ${untidyList(p, 'en')}`,
  },
  check: ({ plan, finding }) => {
    const out: Finding[] = [];
    const check = (m: Measure, key: 'deadline' | 'responsible', text: string) => {
      if (plan.columns[key] === undefined) return;
      const issues = judged(text);
      if (issues.length) out.push(finding(m, key, { issues: issues.join(',') }));
    };
    for (const m of plan.measures) {
      // UNTIDY_FIELDS, in that order.
      check(m, 'deadline', m.deadline.text);
      check(m, 'responsible', m.responsibleText);
    }
    return out;
  },
});

/** The nearest known position, when it is close enough to be a misspelling of it. */
export function nearestPosition(person: string, positions: { key: string; text: string }[]): string | null {
  const key = matchKey(person);
  let best: { text: string; d: number } | null = null;
  for (const p of positions) {
    const d = distance(key, p.key);
    if (!best || d < best.d) best = { text: p.text, d };
  }
  if (!best) return null;
  return best.d <= Math.max(2, Math.round(key.length * 0.25)) ? best.text : null;
}

export const unknownResponsible = defineRule({
  id: 'unknown-responsible',
  severity: 'warning',
  title: { uk: 'Невідома посада', en: 'Unknown position' },
  message: {
    uk: (p) =>
      `${subject(p, 'uk')}: «${p.person}» немає в переліку посад` + (p.hint ? `; можливо, «${p.hint}»` : ''),
    en: (p) =>
      `${subject(p, 'en')}: "${p.person}" is not in the list of positions` +
      (p.hint ? `; did you mean "${p.hint}"?` : ''),
  },
  check: ({ plan, opts, finding }) => {
    const positions = (opts.positions ?? [])
      .map((t) => ({ key: matchKey(t), text: t.trim() }))
      .filter((p) => p.key);
    if (positions.length === 0) return [];
    const known = new Set(positions.map((p) => p.key));
    const out: Finding[] = [];
    for (const m of plan.measures) {
      m.responsible.forEach((person, i) => {
        if (known.has(matchKey(person))) return;
        const hint = nearestPosition(person, positions);
        // On the row the person is written on (a measure pasted from Word spans rows).
        const row = m.responsibleRows?.[i];
        out.push(finding(m, 'responsible', { person, hint: hint ?? '' }, row));
      });
    }
    return out;
  },
});
