// The council's 2023 plan pasted from Word (each paragraph of a cell on its own row, the other cells merged
// down) reads as the same plan as samples/plan-2023.xlsx, where each cell holds its whole text.
import * as fs from 'fs';
import { parseSeed, SEED_PATH } from '../../../scripts/build-sample';
import { seedAsWordPaste } from '../../../scripts/fixtures/seed-word-paste';
import { layoutGrid } from '../../../scripts/fixtures/word-paste';
import { buildExecutionTable } from '../../../src/core/report/execution-table';
import { buildSummarySheet } from '../../../src/core/report/summary-sheet';
import { summarise } from '../../../src/core/summary/summarise';
import type { Plan } from '../../../src/core/types';
import { sampleGrid } from '../../helpers/sample';
import { findingsOf, planOf } from './helpers';

const AS_OF = '2024-01-15';
const doc = parseSeed(fs.readFileSync(SEED_PATH, 'utf8'));
let sample: Plan;
beforeAll(async () => {
  sample = planOf(await sampleGrid(), AS_OF);
});

describe.each([
  ['merged down, merges known', { mergeDown: true }, true],
  ['merged down, merges unknown (Excel before ExcelApi 1.13)', { mergeDown: true }, false],
  ['not merged', { mergeDown: false }, true],
])('the seed pasted from Word, %s', (_name, opts, mergesKnown) => {
  const layout = seedAsWordPaste(doc, opts);
  const plan = planOf(layoutGrid(layout, mergesKnown), AS_OF);

  it('spreads over many more rows than the sample has measures', () => {
    expect(layout.rows.length).toBeGreaterThan(120);
    expect(plan.headerRows).toEqual([5, 6, 7]);
  });

  it('reads 28 measures numbered 1..28 in 5 sections', () => {
    expect(plan.sections.map((s) => s.numeral)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(plan.measures.map((m) => m.number)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
    expect(plan.measures.filter((m) => m.rows![1] > m.rows![0]).length).toBeGreaterThanOrEqual(10);
  });

  it('joins every cell back exactly as the sample holds it', () => {
    plan.measures.forEach((m, i) => {
      const s = sample.measures[i];
      expect([
        m.number,
        m.measure,
        m.deadline,
        m.responsibleText,
        m.responsible,
        m.execution,
        m.status,
      ]).toEqual([s.number, s.measure, s.deadline, s.responsibleText, s.responsible, s.execution, s.status]);
    });
  });

  it('raises missing-execution on measures 18 and 19 only and no duplicate-number', () => {
    const findings = findingsOf(plan, AS_OF);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.measureNumber])).toEqual([
      ['missing-execution', '18'],
      ['missing-execution', '19'],
    ]);
    expect(errors.map((f) => f.cell)).toEqual(plan.measures.slice(17, 19).map((m) => `E${m.row}`));
    expect(findings.filter((f) => f.rule === 'duplicate-number')).toEqual([]);
    // The same findings as on the sample, rule for rule and word for word (cells differ: rows do).
    const strip = (p: Plan) => findingsOf(p, AS_OF).map((f) => [f.rule, f.measureNumber, f.params]);
    expect(strip(plan)).toEqual(strip(sample));
  });

  it('generates a report identical in text to the sample’s', () => {
    expect(buildExecutionTable(plan).values).toEqual(buildExecutionTable(sample).values);
    // The summary too, but for the addresses of overdue measures' cells: the rows differ, as they should.
    const summary = (p: Plan) =>
      buildSummarySheet(p, summarise(p, findingsOf(p, AS_OF), AS_OF)).values.map((row) =>
        row.map((v) => (typeof v === 'string' && /^Лист1![A-Z]+\d+$/.test(v) ? 'cell' : v)),
      );
    expect(summary(plan)).toEqual(summary(sample));
  });
});
