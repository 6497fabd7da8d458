// Rules over the numbering of measures: `1`, `1.`, `1.1`, `1)` compared by their digits.
import { subject } from '../i18n/finding-words';
import type { Finding, Measure } from '../types';
import { defineRule } from './rule';

const NUMBER = /^\s*(\d+(?:\.\d+)*)[.)]?\s*$/;

/** `1.2.` -> [1, 2]; null when the number is not plain digits and dots. */
export function numberParts(number: string): number[] | null {
  const m = NUMBER.exec(number);
  if (!m) return null;
  return m[1].includes('.') ? m[1].split('.').map(Number) : [Number(m[1])];
}

export const duplicateNumber = defineRule({
  id: 'duplicate-number',
  severity: 'warning',
  title: { uk: 'Повторений номер', en: 'Repeated number' },
  message: {
    uk: (p) => `${subject(p, 'uk')}: номер повторюється (уже є в рядку ${p.firstRow})`,
    en: (p) => `${subject(p, 'en')}: the number is repeated (already on row ${p.firstRow})`,
  },
  check: ({ plan, finding }) => {
    const seen = new Map<number | string, Measure>();
    const out: Finding[] = [];
    for (const m of plan.measures) {
      const parts = numberParts(m.number);
      if (!parts) continue;
      // A plain number is its own key (no string to build); a dotted one is its parts joined.
      const key: number | string = parts.length === 1 ? parts[0] : parts.join('.');
      const first = seen.get(key);
      if (first) out.push(finding(m, 'number', { firstRow: first.row }));
      else seen.set(key, m);
    }
    return out;
  },
});

export const numberGap = defineRule({
  id: 'number-gap',
  severity: 'warning',
  title: { uk: 'Пропуск у нумерації', en: 'Gap in numbering' },
  message: {
    uk: (p) => `${subject(p, 'uk')}: у нумерації пропущено ${p.missing}`,
    en: (p) => `${subject(p, 'en')}: numbering skips ${p.missing}`,
  },
  check: ({ plan, finding }) => {
    // Compare each number with the previous one at the same level and prefix (1.1 -> 1.2, 3 -> 4);
    // a restart (lower number) is a new list, not a gap.
    const last = new Map<string, number>();
    const out: Finding[] = [];
    for (const m of plan.measures) {
      const parts = numberParts(m.number);
      if (!parts) continue;
      const prefix = parts.length === 1 ? '' : parts.slice(0, -1).join('.');
      const n = parts[parts.length - 1];
      const prev = last.get(prefix);
      if (prev !== undefined && n > prev + 1) {
        const missing = prefix ? `${prefix}.${prev + 1}` : String(prev + 1);
        const missingTo = prefix ? `${prefix}.${n - 1}` : String(n - 1);
        out.push(
          finding(m, 'number', { missing: missing === missingTo ? missing : `${missing}–${missingTo}` }),
        );
      }
      last.set(prefix, n);
    }
    return out;
  },
});
