import { analyse } from '../../../src/core/analyse';
import { buildExecutionTable } from '../../../src/core/report/execution-table';
import { buildSummarySheet } from '../../../src/core/report/summary-sheet';
import { sampleGrid } from '../../helpers/sample';

describe('the English report', () => {
  it("has no Cyrillic but in the plan's own texts: titles, sheet names, headings, labels, footer", async () => {
    const a = analyse(await sampleGrid(), { asOf: '2024-01-15' });
    if (!a.ok) throw new Error('no plan');
    const { plan, summary } = a;
    const own = [
      ...plan.title,
      ...plan.sections.map((s) => s.text),
      ...plan.measures.flatMap((m) => [
        m.measure,
        m.deadline.text,
        m.responsibleText,
        m.execution,
        m.statusText ?? '',
      ]),
      ...summary.byResponsible.map((g) => g.label),
      ...summary.overdue.map((o) => o.responsible.join('; ')),
    ];
    for (const spec of [
      buildExecutionTable(plan, { lang: 'en' }),
      buildExecutionTable(plan, { lang: 'en', extraColumns: ['status', 'actualDate'] }),
      buildSummarySheet(plan, summary, { lang: 'en' }),
    ]) {
      expect(spec.name).toMatch(/^[ -~]+$/);
      expect(spec.print.footer).toBe('Page &P of &N');
      for (const c of spec.charts ?? []) expect(c.title).toMatch(/^[ -~]+$/);
      const foreign = spec.values
        .flat()
        .filter((v): v is string => typeof v === 'string' && /[\u0400-\u04ff]/.test(v))
        .filter((v) => !own.some((t) => t.includes(v)));
      expect(foreign).toEqual([]);
    }
  });
});
