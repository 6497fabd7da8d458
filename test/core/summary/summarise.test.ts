import { analyse } from '../../../src/core/analyse';
import { readPlan } from '../../../src/core/plan/read-plan';
import { summarise } from '../../../src/core/summary/summarise';
import { validate } from '../../../src/core/rules/validate';
import { sampleGrid } from '../../helpers/sample';
import { measureRow, planGrid } from '../../helpers/grids';

describe('summarise', () => {
  it('counts by status, section, person (twice for two persons) and deadline kind; lists overdue measures', () => {
    const res = readPlan(
      planGrid([
        ['І. Перший'],
        measureRow(
          1,
          'А',
          'Січень 2023 року',
          'Начальник відділу\nГоловний спеціаліст',
          'Проведено навчання',
        ),
        measureRow(2, 'Б', 'Лютий 2023 року', 'начальник  відділу,', ''),
        ['ІІ. Другий'],
        measureRow(3, 'В', 'У разі потреби', 'Головний спеціаліст', 'Повідомлень не надходило'),
      ]),
    );
    if (!res.ok) throw new Error('no plan');
    const s = summarise(res.plan, validate(res.plan, { asOf: '2023-12-31' }), '2023-12-31');
    expect(s.total).toBe(3);
    expect(s.byStatus).toMatchObject({ done: 1, none: 1, 'no-grounds': 1 });
    expect(s.bySection.map((g) => [g.numeral, g.total])).toEqual([
      ['I', 2],
      ['II', 1],
    ]);
    expect(s.byResponsible.map((g) => [g.label, g.total])).toEqual([
      ['Головний спеціаліст', 2],
      ['Начальник відділу', 2],
    ]);
    expect(s.byDeadlineKind).toMatchObject({ period: 2, conditional: 1, continuous: 0 });
    expect(s.overdue.map((o) => [o.number, o.cell, o.deadlineTo])).toEqual([['2', 'E5', '2023-02-28']]);
    expect(s.findingsBySeverity.error).toBe(1);
  });

  it('on the sample, counts add up to the 28 measures and the overdue are 18 and 19 (nothing reported)', async () => {
    const a = analyse(await sampleGrid(), { asOf: '2024-01-15' });
    if (!a.ok) throw new Error('no plan');
    const sum = (o: Record<string, number>) => Object.values(o).reduce((x, y) => x + y, 0);
    expect(sum(a.summary.byStatus)).toBe(28);
    expect(sum(a.summary.byDeadlineKind)).toBe(28);
    expect(a.summary.bySection.reduce((x, g) => x + g.total, 0)).toBe(28);
    expect(a.summary.byStatus.none).toBe(2);
    // Overdue is what the check calls missing-execution: 17, still in progress ("буде закінчена 31.01.2024")
    // after its deadline, is counted as in progress, not overdue.
    expect(a.summary.overdue.map((o) => o.number)).toEqual(['18', '19']);
    const missing = a.findings.filter((f) => f.rule === 'missing-execution').map((f) => f.measureNumber);
    expect(a.summary.overdue.map((o) => o.number)).toEqual(missing);
    expect(a.summary.byDeadlineKind.conditional).toBe(4);
  });
});
