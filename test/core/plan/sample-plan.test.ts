import { analyse } from '../../../src/core/analyse';
import { classifyHeading } from '../../../src/core/plan/header';
import { PLAN_COLUMNS, planHeadingList, samplePlanRows } from '../../../src/core/plan/sample-plan';

describe('the example plan and the columns a plan needs', () => {
  it('is read as a plan with every column the list names, two sections and four measures', () => {
    const rows = samplePlanRows(2024, 'uk');
    const r = analyse({ sheetName: 'Зразок плану', rows }, { asOf: '2024-05-15' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    for (const c of PLAN_COLUMNS) expect(r.plan.columns[c.field]).toBe(PLAN_COLUMNS.indexOf(c));
    expect(r.plan.sections).toHaveLength(2);
    expect(r.plan.measures.map((m) => m.number)).toEqual(['1', '2', '3', '4']);
    expect(r.plan.period.from).toBe('2024-01-01');
    // It shows what the check finds: measure 3's deadline passed with nothing reported.
    expect(r.findings.filter((f) => f.rule === 'missing-execution').map((f) => f.measureNumber)).toEqual([
      '3',
    ]);
  });

  it('says on its first line that it is an example, in the pane’s language', () => {
    expect(String(samplePlanRows(2024, 'uk')[0][0])).toMatch(/^ЗРАЗОК/);
    expect(String(samplePlanRows(2024, 'en')[0][0])).toMatch(/^EXAMPLE/);
  });

  it('lists the headings once, each read by the header reader as its own column', () => {
    expect(planHeadingList()).toBe(
      '«№ з/п», «Заплановані заходи», «Термін виконання», «Відповідальні особи», «Проведений захід»',
    );
    for (const c of PLAN_COLUMNS) expect(classifyHeading(c.heading)).toBe(c.field);
  });
});
