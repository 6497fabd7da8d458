import fc from 'fast-check';
import { readPlan } from '../../../src/core/plan/read-plan';
import { validate } from '../../../src/core/rules/validate';
import { summarise } from '../../../src/core/summary/summarise';
import { CellValue, Grid, MergeArea } from '../../../src/core/grid';
import { HEADER } from '../../helpers/grids';

const WORDS = [
  'Постійно',
  'Січень 2023 року',
  'У разі потреби',
  'І. Розділ',
  'ІV.',
  '№ з/п',
  'Заплановані заходи',
  'Термін',
  'Відповідальні особи',
  'Проведений захід',
  'Виконано',
  '1',
  '1.1',
  '2)',
  ' ',
  '\n',
  '#REF!',
  'за 2023 рік',
  '\u200f',
  '\u00a0',
  '😀',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom(...WORDS),
  fc.integer({ min: -5, max: 80000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.record({ error: fc.constantFrom('#REF!', '#N/A', '#VALUE!') }),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => ({ date: d.toISOString().slice(0, 10) })),
);

const merge = (h: number, w: number): fc.Arbitrary<MergeArea> =>
  fc
    .tuple(fc.nat(h + 2), fc.nat(w + 2), fc.nat(3), fc.nat(5))
    .map(([top, left, dh, dw]) => ({ top, left, bottom: top + dh, right: left + dw }));

/** Arbitrary sheets: random cells, random merges, random origin. */
const anyGrid: fc.Arbitrary<Grid> = fc
  .tuple(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), fc.nat(3), fc.nat(3))
  .chain(([rows, or, oc]) =>
    fc
      .array(merge(rows.length, 8), { maxLength: 4 })
      .map((merges) => ({ sheetName: 'Аркуш', rows, merges, origin: { row: or, col: oc } })),
  );

/** Plan-like sheets: a real header with noise rows of any kind under it. */
const planLike: fc.Arbitrary<Grid> = fc
  .array(
    fc.oneof(
      fc.array(cell, { minLength: 5, maxLength: 6 }),
      fc.tuple(fc.constantFrom('І. Розділ', 'V. Інше', 'Група')).map((t) => [...t]),
    ),
    { maxLength: 15 },
  )
  .map((rows) => ({ sheetName: 'Лист1', rows: [['План на 2023 рік'], HEADER, ...rows] }));

function checkInvariants(grid: Grid): void {
  const res = readPlan(grid, { today: '2024-01-15' });
  if (!res.ok) {
    expect(['no-header', 'no-measures', 'empty-sheet']).toContain(res.error.code);
    return;
  }
  const { plan } = res;
  const rows = plan.measures.map((m) => m.row);
  expect(new Set(rows).size).toBe(rows.length); // every measure row appears once
  const sectionRows = new Set(plan.sections.map((s) => s.row));
  expect(rows.some((r) => sectionRows.has(r) || plan.headerRows.includes(r))).toBe(false);
  const findings = validate(plan, { asOf: '2024-01-15', positions: ['Начальник відділу'] });
  for (const f of findings) {
    expect(f.row).toBeGreaterThanOrEqual(1);
    expect(f.row).toBeLessThanOrEqual(plan.lastRow);
    expect(f.column).toBeLessThanOrEqual(plan.lastColumn);
  }
  const s = summarise(plan, findings, '2024-01-15');
  expect(Object.values(s.byStatus).reduce((a, b) => a + b, 0)).toBe(plan.measures.length);
}

describe('readPlan properties', () => {
  it('never throws on arbitrary sheets, and keeps its invariants', () => {
    fc.assert(
      fc.property(anyGrid, (g) => checkInvariants(g)),
      { numRuns: 4000 },
    );
  });
  it('never throws on plan-like sheets with noise rows; every finding cell is inside the sheet', () => {
    fc.assert(
      fc.property(planLike, (g) => checkInvariants(g)),
      { numRuns: 6000 },
    );
  });
});
