import {
  findPositionsSheet,
  isPositionsHeading,
  isPositionsSheetName,
  positionsFromGrid,
  positionsFromLines,
  readPositionsGrid,
} from '../../../src/core/plan/positions';

describe('which sheet lists the office’s positions', () => {
  it.each([
    'Посади',
    'посади',
    ' ПОСАДИ ',
    'Посада',
    'Перелік посад',
    'Перелік  посад',
    'Список посад',
    'Список посадових осіб',
    'Довідник посад',
    'Посадові особи',
    'Перелік посад 2024',
    'Positions',
    'positions',
    'List of positions',
    'Position list',
    'Job titles',
  ])('%j is one', (name) => expect(isPositionsSheetName(name)).toBe(true));

  it.each(['План', 'Лист1', 'Посадові обов’язки', 'Зведення 2023', 'Positions 2', 'Виконання плану 2023'])(
    '%j is not',
    (name) => expect(isPositionsSheetName(name)).toBe(false),
  );

  it('takes the first such sheet in workbook order', () => {
    const sheets = [{ name: 'План' }, { name: 'Список посад' }, { name: 'Посади' }];
    expect(findPositionsSheet(sheets)?.name).toBe('Список посад');
    expect(findPositionsSheet([{ name: 'План' }])).toBeUndefined();
  });
});

describe('reading the positions from the sheet', () => {
  it('drops the heading row, in any spelling', () => {
    for (const heading of [
      'Посада',
      'ПОСАДИ',
      'Назва посади',
      'Перелік посад:',
      'Position',
      'Найменування посади',
    ])
      expect(isPositionsHeading(heading)).toBe(true);
    expect(isPositionsHeading('Начальник відділу')).toBe(false);
    const grid = { sheetName: 'Посади', rows: [['Посада'], ['Начальник відділу'], ['  Секретар ради  ']] };
    expect(readPositionsGrid(grid)).toEqual({
      positions: ['Начальник відділу', 'Секретар ради'],
      column: 0,
      rows: [1, 2],
    });
  });

  it('reads the column headed `Посада` beside a `№` column, under a title line', () => {
    const grid = {
      sheetName: 'Список посад',
      origin: { row: 2, col: 1 },
      rows: [
        ['Перелік посад виконавчого комітету'],
        [],
        ['№', 'Посада', 'Підрозділ'],
        [1, 'Начальник відділу', 'Відділ кадрів'],
        [2, null, null],
        [3, 'Головний спеціаліст', 'Загальний відділ'],
      ],
    };
    expect(readPositionsGrid(grid)).toEqual({
      positions: ['Начальник відділу', 'Головний спеціаліст'],
      column: 2,
      rows: [5, 7],
    });
  });

  it('without a heading takes the first column with words, a title over it dropped', () => {
    expect(
      positionsFromGrid({
        sheetName: 'Посади',
        rows: [
          [1, 'Перелік посад ради'],
          [2, 'Секретар ради'],
          [3, 'Начальник відділу'],
        ],
      }),
    ).toEqual(['Секретар ради', 'Начальник відділу']);
    expect(readPositionsGrid({ sheetName: 'Посади', rows: [[1], [2]] })).toEqual({
      positions: [],
      column: null,
      rows: null,
    });
  });

  it('reads a text file: one per line, comments, blanks and the heading left out', () => {
    expect(
      positionsFromLines(['Перелік посад', '# кадри', '', ' Секретар ради ', 'Начальник відділу']),
    ).toEqual(['Секретар ради', 'Начальник відділу']);
  });
});
