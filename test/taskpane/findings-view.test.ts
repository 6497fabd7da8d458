import { countBySeverity, groupFindings } from '../../src/taskpane/findings-view';
import { SEVERITIES } from '../../src/core/types';
import { finding } from './fake-service';

const all = new Set(SEVERITIES);
const FINDINGS = [
  finding({
    rule: 'untidy-text',
    severity: 'info',
    cell: 'D9',
    row: 9,
    params: { number: '2', issues: 'edges' },
  }),
  finding({
    rule: 'missing-execution',
    severity: 'error',
    cell: 'E25',
    row: 25,
    params: { number: '18', deadline: '2023-03-31' },
  }),
  finding({
    rule: 'missing-deadline',
    severity: 'error',
    cell: 'C30',
    row: 30,
    column: 2,
    params: { number: '22' },
  }),
  finding({
    rule: 'missing-execution',
    severity: 'error',
    cell: 'E11',
    row: 11,
    params: { number: '4', deadline: '2023-01-31' },
  }),
];

describe('groupFindings', () => {
  it('groups by severity (errors first), then rule in the rules’ order, then sheet order', () => {
    const groups = groupFindings(FINDINGS, { text: '', severities: all }, 'uk');
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 3],
      ['info', 1],
    ]);
    expect(groups[0].rules.map((r) => [r.rule, r.title])).toEqual([
      ['missing-deadline', 'Немає терміну'],
      ['missing-execution', 'Термін минув, звіту немає'],
    ]);
    expect(groups[0].rules[1].items.map((i) => i.finding.cell)).toEqual(['E11', 'E25']);
  });

  it('filters by text in the message or the measure number, not the cell address, ignoring case and blanks', () => {
    const cells = (text: string) =>
      groupFindings(FINDINGS, { text, severities: all }, 'uk').flatMap((g) =>
        g.rules.flatMap((r) => r.items.map((i) => i.finding.cell)),
      );
    expect(cells('ТЕРМІН   МИНУВ')).toEqual(['E11', 'E25']);
    // «22» finds measure 22, not every cell of row 22 (or C22); a cell address finds nothing.
    expect(cells('22')).toEqual(['C30']);
    expect(cells('c30')).toEqual([]);
    expect(cells('захід 2:')).toEqual(['D9']);
    expect(cells('nothing like this')).toEqual([]);
  });

  it('filters by severity and speaks the chosen language', () => {
    const groups = groupFindings(FINDINGS, { text: '', severities: new Set(['info'] as const) }, 'en');
    expect(groups).toHaveLength(1);
    expect(groups[0].rules[0].title).toBe('Untidy text');
    expect(groups[0].rules[0].items[0].message).toBe('measure 2: blanks at the start or end');
  });

  it('keeps only the rules asked for (the summary’s «Немає звіту»)', () => {
    const groups = groupFindings(
      FINDINGS,
      { text: '', severities: all, rules: new Set(['missing-execution'] as const) },
      'uk',
    );
    expect(groups.flatMap((g) => g.rules.map((r) => r.rule))).toEqual(['missing-execution']);
  });

  it('counts by severity', () => {
    expect(countBySeverity(FINDINGS)).toEqual({ error: 3, warning: 0, info: 1 });
  });
});
