import { gridSchema } from '../../src/core/grid-schema';

describe('gridSchema', () => {
  it('accepts every cell kind, merges, origin and hidden rows', () => {
    const grid = {
      sheetName: 'Лист1',
      rows: [['№', 1, true, null, { date: '2023-12-31' }, { error: '#REF!' }], []],
      origin: { row: 2, col: 0 },
      merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
      hiddenRows: [1],
    };
    expect(gridSchema.parse(grid)).toEqual(grid);
  });

  it.each([
    ['a date not written YYYY-MM-DD', { sheetName: 'a', rows: [[{ date: '31.12.2023' }]] }],
    ['NaN', { sheetName: 'a', rows: [[Number.NaN]] }],
    ['an object of another shape', { sheetName: 'a', rows: [[{ richText: [] }]] }],
    ['an inverted merge', { sheetName: 'a', rows: [], merges: [{ top: 2, left: 0, bottom: 1, right: 0 }] }],
    ['a negative hidden row', { sheetName: 'a', rows: [], hiddenRows: [-1] }],
    ['rows that are not arrays', { sheetName: 'a', rows: ['x'] }],
  ])('rejects %s', (_label, grid) => {
    expect(gridSchema.safeParse(grid).success).toBe(false);
  });
});
