import {
  cleanMerges,
  isDateFormat,
  parseMergedAddress,
  serialToDate,
  toGrid,
} from '../../src/excel/cell-values';
import { readAreas } from '../../src/excel/area-reads';
import { FakeExcel } from './fake-excel';
import { planSheet, serviceFor, TABLE } from './plan-fixture';

describe('cell values', () => {
  it('turns Excel serials into calendar dates (1900 system, phantom 29 Feb)', () => {
    expect(serialToDate(1)).toBe('1900-01-01');
    expect(serialToDate(59)).toBe('1900-02-28');
    expect(serialToDate(61)).toBe('1900-03-01');
    expect(serialToDate(45000)).toBe('2023-03-15');
    expect(serialToDate(45291.75)).toBe('2023-12-31');
  });

  it('knows date formats from numbers, times and quoted text', () => {
    expect(isDateFormat('dd.mm.yyyy')).toBe(true);
    expect(isDateFormat('[$-uk-UA]d mmmm yyyy')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('0.00')).toBe(false);
    expect(isDateFormat('h:mm')).toBe(false);
    expect(isDateFormat('0" days"')).toBe(false);
  });

  it('parses merged areas, sheet names with commas and quotes included', () => {
    expect(parseMergedAddress("'Лист, 1'!A1:E1,'Лист, 1'!B5")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 4, left: 1, bottom: 4, right: 1 },
    ]);
    expect(parseMergedAddress(null)).toEqual([]);
  });

  it('keeps a serial in a General cell a number, and an error an error', () => {
    const grid = toGrid('S', {
      values: [[45000, '#REF!', 'текст', true, '']],
      valueTypes: [['Double', 'Error', 'String', 'Boolean', 'Empty']],
      numberFormat: [['General', 'General', 'General', 'General', 'General']],
      rowIndex: 3,
      columnIndex: 2,
    });
    expect(grid).toEqual({
      sheetName: 'S',
      rows: [[45000, { error: '#REF!' }, 'текст', true, null]],
      origin: { row: 3, col: 2 },
      merges: [],
    });
  });

  it('reads an area that does not start at A1 in one sync, with dates, errors and merges', async () => {
    const fake = new FakeExcel([
      {
        name: 'План',
        origin: { row: 2, col: 1 },
        rows: [
          ['Розділ', null],
          [{ value: 45000, numberFormat: 'dd.mm.yyyy' }, { error: '#N/A' }],
        ],
        merges: ['B3:C3'],
      },
    ]);
    const grid = await fake.run(async (context) => {
      const sheet = { name: 'План', id: fake.sheet('План').id, visible: true };
      const area = { top: 2, left: 1, bottom: 3, right: 2 };
      const read = await readAreas(context, [
        { key: 'p', sheet, area, withTypes: true, withMerges: true, bytesPerCell: 10 },
      ]);
      const r = read.get('p')!;
      return toGrid('План', r.rows, r.merges);
    });
    expect(fake.syncs).toBe(1);
    expect(grid).toEqual({
      sheetName: 'План',
      rows: [
        ['Розділ', null],
        [{ date: '2023-03-15' }, { error: '#N/A' }],
      ],
      origin: { row: 2, col: 1 },
      merges: [{ top: 2, left: 1, bottom: 2, right: 2 }],
    });
  });

  it('drops what Excel reports of merges that cannot be one: single cells, overlaps', () => {
    expect(
      cleanMerges([
        { top: 0, left: 0, bottom: 0, right: 0 },
        { top: 1, left: 0, bottom: 2, right: 1 },
        { top: 2, left: 1, bottom: 3, right: 1 },
      ]),
    ).toEqual([{ top: 1, left: 0, bottom: 2, right: 1 }]);
  });

  it('reads 1904 serials from 1904-01-01', () => {
    expect(serialToDate(0, true)).toBe('1904-01-01');
    expect(serialToDate(45000 - 1462, true)).toBe('2023-03-15');
  });
});

describe('the 1904 date system', () => {
  it.each([false, true])(
    'is read from the workbook (1904: %s): a date cell means the same day',
    async (date1904) => {
      const seed = planSheet(3);
      // 15.03.2023 is serial 45000 in the 1900 system and 1462 days less in the 1904 system.
      seed.rows![3][2] = { value: date1904 ? 45000 - 1462 : 45000, numberFormat: 'dd.mm.yyyy' };
      const fake = new FakeExcel([seed], { date1904 });
      await serviceFor(fake).generate();
      expect(fake.values(TABLE).flat()).toContain('15.03.2023');
    },
  );
});
