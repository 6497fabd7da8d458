// The fixture layouts (scripts/fixtures/layouts.ts): each as offices really keep it, read exactly.
import {
  riskRegister,
  statusAndDescription,
  underTheTable,
  wordPastePlan,
} from '../../../scripts/fixtures/layouts';
import { layoutGrid } from '../../../scripts/fixtures/word-paste';
import { checkJson } from '../../../src/cli/json-output';
import { buildExecutionTable } from '../../../src/core/report/execution-table';
import { summarise } from '../../../src/core/summary/summarise';
import { at, findingsOf, planOf, reading } from './helpers';

const AS_OF = '2025-01-15';

describe('a plan pasted from Word (paragraphs on rows of their own)', () => {
  const merged = planOf(layoutGrid(wordPastePlan({ mergeDown: true })));

  it('reads 5 measures in 2 sections, the split two-row header and numbers as written', () => {
    expect(merged.headerRows).toEqual([4, 5]);
    expect(merged.columns).toEqual({ number: 0, measure: 1, deadline: 2, responsible: 3, execution: 4 });
    expect(merged.sections.map((s) => [s.row, s.numeral, s.title])).toEqual([
      [6, 'I', 'Організаційні заходи'],
      [15, 'II', 'Контроль та запобігання'],
    ]);
    expect(merged.measures.map((m) => [m.number, m.rows, m.section])).toEqual([
      ['1', [7, 8], 0],
      ['2', [9, 10], 0],
      ['3.', [11, 14], 0],
      ['4', [16, 16], 1],
      ['5', [17, 17], 1],
    ]);
  });

  it('joins each measure’s paragraphs with line breaks, empty paragraphs kept', () => {
    const [m1, m2, m3] = merged.measures;
    expect(m1.measure).toBe('Затвердження плану навчань\nз питань доброчесності');
    expect(m3.measure).toBe('Навчання посадових осіб:\n- конфлікт інтересів;\n- декларування.');
    expect(m3.execution).toBe(
      'Проведено 2 семінари:\n\n- 12.03.2024 «Конфлікт інтересів»;\n- 20.05.2024 «Декларування»',
    );
    expect(m2.execution).toBe('');
  });

  it('takes persons from every row, a deadline over rows as one phrase, two deadlines as their span', () => {
    const [m1, m2, m3] = merged.measures;
    expect(m1.responsible).toHaveLength(1);
    expect(m2.responsible).toEqual([
      'Уповноважена особа з питань запобігання та виявлення корупції',
      'Спеціаліст з кадрових питань',
    ]);
    expect(m2.responsibleRows).toEqual([9, 10]);
    expect(m3.responsible).toEqual(['Секретар ради']);
    expect(m1.deadline).toMatchObject({
      text: 'Січень\n2024 року',
      kind: 'period',
      from: '2024-01-01',
      to: '2024-01-31',
    });
    expect(m2.deadline).toMatchObject({ kind: 'period', from: '2024-01-01', to: '2024-09-30' });
    expect(merged.measures.map((m) => m.status.status)).toEqual([
      'done',
      'none',
      'done',
      'no-grounds',
      'none',
    ]);
  });

  it('raises exactly the two missing reports, on the measures’ first rows', () => {
    expect(at(findingsOf(merged, AS_OF))).toEqual(['missing-execution@E9', 'missing-execution@E17']);
  });

  it('names the row a person is written on', () => {
    const findings = findingsOf(merged, AS_OF, [
      'Уповноважена особа з питань запобігання та виявлення корупції',
      'Секретар ради',
    ]);
    expect(at(findings.filter((f) => f.rule === 'unknown-responsible'))).toEqual(['unknown-responsible@D10']);
  });

  it('reads the same with merges known, unknown (Excel before 1.13), unmerged, or last paragraph merged', () => {
    const expected = reading(merged, AS_OF);
    expect(reading(planOf(layoutGrid(wordPastePlan({ mergeDown: true }), false)), AS_OF)).toEqual(expected);
    expect(reading(planOf(layoutGrid(wordPastePlan({ mergeDown: false }))), AS_OF)).toEqual(expected);
    const last = wordPastePlan({ mergeDown: true, mergeLastParagraph: true });
    expect(last.merges.length).toBeGreaterThan(wordPastePlan({ mergeDown: true }).merges.length);
    expect(reading(planOf(layoutGrid(last)), AS_OF)).toEqual(expected);
  });

  it('prints one report row per measure with the joined texts', () => {
    const spec = buildExecutionTable(merged);
    const rows = spec.values.filter((r) => typeof r[0] === 'number' || r[0] === '3.');
    expect(rows.map((r) => r[0])).toEqual([1, 2, '3.', 4, 5]);
    expect(rows[2][1]).toBe('Навчання посадових осіб:\n- конфлікт інтересів;\n- декларування.');
    expect(rows[1][3]).toBe(
      'Уповноважена особа з питань запобігання та виявлення корупції\nСпеціаліст з кадрових питань',
    );
  });
});

describe('the NAZK risk register: 3-row header, function groups, its own columns', () => {
  const plan = planOf(layoutGrid(riskRegister()));

  it('maps every column as a clerk would and keeps the register’s extra ones', () => {
    expect(plan.headerRows).toEqual([4, 5, 6]);
    expect(plan.numberRow).toBe(7);
    expect(plan.columns).toEqual({
      number: 0,
      risk: 2,
      riskLevel: 8,
      measure: 9,
      deadline: 10,
      responsible: 11,
      resources: 12,
      indicators: 13,
      actualDate: 14,
      status: 15,
      execution: 16,
    });
  });

  it('takes the period from the title, not from the approval stamp above it', () => {
    expect(plan.period).toEqual({ from: '2024-01-01', to: '2026-12-31', source: 'title' });
  });

  it('reads the function groups as sections and each numbered risk as one measure', () => {
    expect(plan.sections.map((s) => [s.row, s.numeral, s.title])).toEqual([
      [8, null, 'Управління персоналом'],
      [11, null, 'Публічні закупівлі'],
    ]);
    expect(plan.measures.map((m) => [m.number, m.rows, m.section, m.status.status, m.status.source])).toEqual(
      [
        ['1', [9, 10], 0, 'done', 'column'],
        ['2', [12, 12], 1, 'done', 'column'],
        ['3', [13, 13], 1, 'in-progress', 'column'],
      ],
    );
    const [m1, m2] = plan.measures;
    expect(m1.measure).toBe(
      'Затвердження порядку роботи конкурсної комісії\nОзнайомлення членів комісії з порядком під підпис',
    );
    expect(m1.deadline).toMatchObject({ kind: 'period', from: '2024-01-01', to: '2024-06-30' });
    expect(m1).toMatchObject({
      risk: 'Вплив близьких осіб на результати конкурсу',
      riskLevel: 'Середній',
      resources: 'Не потребує',
      indicators: 'Порядок затверджено',
      actualDate: '20.03.2024',
    });
    expect(m2.responsible).toEqual(['Уповноважена особа з питань закупівель']);
  });

  it('feeds the actual date to late-execution and raises nothing else', () => {
    expect(at(findingsOf(plan, '2024-07-15'))).toEqual(['late-execution@O12']);
  });

  it('reads the same without merges', () => {
    expect(reading(planOf(layoutGrid(riskRegister(), false)), '2024-07-15')).toEqual(
      reading(plan, '2024-07-15'),
    );
  });
});

describe('a status column beside a description column', () => {
  const plan = planOf(layoutGrid(statusAndDescription()));

  it('is status and execution, status words read in any case and punctuation', () => {
    expect(plan.columns).toMatchObject({ status: 4, execution: 5 });
    expect(plan.measures.map((m) => [m.number, m.status.status, m.status.source])).toEqual([
      ['1.', 'done', 'column'],
      ['2.', 'partly-done', 'column'],
      ['3.', 'partly-done', 'column'],
      ['4.', 'in-progress', 'column'],
      ['5.', 'not-done', 'column'],
      ['6.', 'not-started', 'column'],
    ]);
    expect(plan.measures[2].statusText).toBe('частково виконано  ');
    expect(plan.measures[4].execution).toBe('Не виділено коштів');
  });

  it('raises nothing but the tidy-text notes as of the year’s end', () => {
    expect(at(findingsOf(plan, AS_OF).filter((f) => f.severity !== 'info'))).toEqual([]);
  });
});

describe('lines under the table and a stamp above it', () => {
  const plan = planOf(layoutGrid(underTheTable()));

  it('reads the three measures; totals, signatures, dates, approvals and notes are none', () => {
    expect(plan.measures.map((m) => [m.number, m.rows])).toEqual([
      ['1', [8, 8]],
      ['2', [9, 9]],
      ['3', [10, 10]],
    ]);
    expect(plan.sections).toEqual([]);
    expect(at(findingsOf(plan, AS_OF))).toEqual(['missing-execution@E9']);
  });

  it('takes the period from the deadlines: the stamp’s date is when the plan was approved', () => {
    expect(plan.period).toEqual({ from: '2024-01-01', to: '2024-12-31', source: 'deadlines' });
  });

  it('reads the same without merges', () => {
    expect(reading(planOf(layoutGrid(underTheTable(), false)), AS_OF)).toEqual(reading(plan, AS_OF));
  });
});

describe('--json carries the rows of each measure and the register’s columns (additive)', () => {
  it('prints rows: [first, last] and the extra columns by letter', () => {
    const plan = planOf(layoutGrid(riskRegister()));
    const findings = findingsOf(plan, '2024-07-15');
    const json = checkJson({
      file: 'risk-register.xlsx',
      plan,
      findings,
      summary: summarise(plan, findings, '2024-07-15'),
      asOf: '2024-07-15',
      lang: 'uk',
    });
    expect(json.columns).toMatchObject({
      risk: 'C',
      riskLevel: 'I',
      resources: 'M',
      indicators: 'N',
      actualDate: 'O',
    });
    expect(json.measures.map((m) => [m.row, m.rows])).toEqual([
      [9, [9, 10]],
      [12, [12, 12]],
      [13, [13, 13]],
    ]);
  });
});
