// Every rule in one place, in the style of zod's locale checks: a rule declared in src/core/rules/ is in
// RULES (else it never runs), has its words in every language and a test, and its id is in README's
// stable words. Any of these left out fails here, not in a clerk's workbook.
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { LANGS } from '../../../src/core/i18n/lang';
import { findingText, ruleTitle } from '../../../src/core/i18n/messages';
import { RULES } from '../../../src/core/rules/registry';
import type { Rule } from '../../../src/core/rules/rule';
import { RULE_IDS, SEVERITIES, type Finding } from '../../../src/core/types';

const ROOT = path.join(__dirname, '..', '..', '..');
const RULES_DIR = path.join(ROOT, 'src', 'core', 'rules');
const TESTS_DIR = __dirname;

const isRule = (v: unknown): v is Rule =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Rule).id === 'string' &&
  typeof (v as Rule).check === 'function' &&
  'severity' in v;

/** Every rule object exported by any module of src/core/rules/, registered or not. */
function declaredRules(): { file: string; rule: Rule }[] {
  return readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exports = require(path.join(RULES_DIR, file)) as Record<string, unknown>;
      return Object.values(exports)
        .filter(isRule)
        .map((rule) => ({ file, rule }));
    });
}

describe('rules parity', () => {
  it('RULE_IDS is RULES read off in order, each id once', () => {
    expect([...RULE_IDS]).toEqual(RULES.map((r) => r.id));
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('registers every rule declared under src/core/rules', () => {
    const declared = declaredRules();
    expect(declared.length).toBeGreaterThanOrEqual(RULES.length);
    const registered = new Set<Rule>(RULES);
    const missing = declared
      .filter(({ rule }) => !registered.has(rule))
      .map((d) => `${d.rule.id} (${d.file})`);
    expect(missing).toEqual([]);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s has a severity, a title and a message in every language',
    (id, rule) => {
      expect(SEVERITIES).toContain(rule.severity);
      const finding: Finding = {
        rule: id,
        severity: rule.severity,
        sheet: 'Лист1',
        cell: 'A1',
        row: 1,
        column: 0,
        params: { number: '7' },
      };
      for (const lang of LANGS) {
        expect(ruleTitle(id, lang).trim()).not.toBe('');
        // Every message starts with what it is about, so lists of findings read alike.
        expect(findingText(finding, lang)).toMatch(lang === 'uk' ? /^захід 7: / : /^measure 7: /);
      }
      expect(rule.title.uk).not.toBe(rule.title.en);
      expect(rule.message.uk(finding.params)).not.toBe(rule.message.en(finding.params));
    },
  );

  it('has a test for every rule under test/core/rules', () => {
    const tests = readdirSync(TESTS_DIR)
      .filter((f) => f.endsWith('.test.ts') && f !== path.basename(__filename))
      .map((f) => readFileSync(path.join(TESTS_DIR, f), 'utf8'))
      .join('\n');
    const untested = RULE_IDS.filter((id) => !new RegExp(`['"\`]${id}(?:@|['"\`])`).test(tests));
    expect(untested).toEqual([]);
  });

  it('lists every rule id in README’s stable words, in the same order', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const row = /^\| rule ids \| (.+) \|$/m.exec(readme);
    expect(row).not.toBeNull();
    const words = [...row![1].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect(words).toEqual([...RULE_IDS]);
  });
});
