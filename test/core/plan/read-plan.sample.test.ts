import { readPlan } from '../../../src/core/plan/read-plan';
import { validate } from '../../../src/core/rules/validate';
import { Plan } from '../../../src/core/types';
import { sampleGrid } from '../../helpers/sample';

let plan: Plan;
const byNumber = (n: string) => plan.measures.find((m) => m.number === n)!;

beforeAll(async () => {
  const res = readPlan(await sampleGrid());
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  plan = res.plan;
});

describe('reading the sample plan (Pokrovsk 2023)', () => {
  it('finds 5 sections with normalised numerals and 28 measures numbered 1..28', () => {
    expect(plan.sections.map((s) => s.numeral)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(plan.sections[2].title).toBe(
      "Проведення роз'яснювальної роботи щодо запобігання та протидії корупції",
    );
    expect(plan.measures).toHaveLength(28);
    expect(plan.measures.map((m) => m.number)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
    expect(plan.measures.filter((m) => m.section === 4).map((m) => m.number)).toEqual([
      '25',
      '26',
      '27',
      '28',
    ]);
  });

  it('maps the five columns and takes the period from the title', () => {
    expect(plan.columns).toEqual({ number: 0, measure: 1, deadline: 2, responsible: 3, execution: 4 });
    expect(plan.period).toEqual({ from: '2023-01-01', to: '2023-12-31', source: 'title' });
    expect(plan.title[0]).toBe('ВИКОНАННЯ ПЛАНУ');
    expect(plan.headerRows).toHaveLength(1);
  });

  it('understands the deadlines', () => {
    expect(byNumber('12').deadline).toMatchObject({ kind: 'period', from: '2023-07-01', to: '2023-12-31' });
    expect(byNumber('4').deadline).toMatchObject({ kind: 'period', from: '2023-01-01', to: '2023-02-28' });
    expect(plan.measures.filter((m) => m.deadline.kind === 'conditional').map((m) => m.number)).toEqual([
      '10',
      '20',
      '21',
      '22',
    ]);
    expect(byNumber('27').deadline.text).toBe('Грудень\n\n2023 року');
    expect(plan.measures.filter((m) => m.deadline.kind === 'unrecognised')).toEqual([]);
  });

  it('splits responsible persons on line breaks but not inside a department name with a comma', () => {
    expect(byNumber('5').responsible).toEqual([
      'Начальник загального відділу',
      'Начальник організаційного відділу',
    ]);
    expect(byNumber('25').responsible).toEqual([
      'Відділ цифрового розвитку, програмно-технічного забезпечення і захисту інформації',
    ]);
    expect(byNumber('5').responsibleText).toBe(
      'Начальник загального відділу \n\nНачальник організаційного відділу ',
    );
  });

  it('as of 2024-01-15 raises missing-execution on measures 18 and 19 only, and no missing-responsible', () => {
    const findings = validate(plan, { asOf: '2024-01-15' });
    const missing = findings.filter((f) => f.rule === 'missing-execution');
    expect(missing.map((f) => f.measureNumber)).toEqual(['18', '19']);
    expect(missing.map((f) => f.cell)).toEqual([`E${byNumber('18').row}`, `E${byNumber('19').row}`]);
    expect(findings.filter((f) => f.rule === 'missing-responsible')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'missing-execution',
      'missing-execution',
    ]);
  });

  it('flags the untidy responsible cells of the seed as info only', () => {
    const untidy = validate(plan, { asOf: '2024-01-15' }).filter((f) => f.rule === 'untidy-text');
    expect(untidy.length).toBeGreaterThan(10);
    expect(untidy.every((f) => f.severity === 'info')).toBe(true);
    expect(untidy.some((f) => f.measureNumber === '1' && f.cell === `D${byNumber('1').row}`)).toBe(true);
  });
});
