import { cellAddress, columnIndex, columnLetter, qualifiedAddress } from '../../src/core/grid';

describe('grid addresses', () => {
  it('converts columns both ways', () => {
    for (const [i, l] of [
      [0, 'A'],
      [4, 'E'],
      [25, 'Z'],
      [26, 'AA'],
      [701, 'ZZ'],
      [702, 'AAA'],
    ] as const) {
      expect(columnLetter(i)).toBe(l);
      expect(columnIndex(l)).toBe(i);
    }
  });
  it('builds addresses and quotes sheet names that need it', () => {
    expect(cellAddress(24, 4)).toBe('E25');
    expect(qualifiedAddress('Лист1', 'E25')).toBe('Лист1!E25');
    expect(qualifiedAddress('План 2023', 'A1')).toBe("'План 2023'!A1");
    expect(qualifiedAddress("О'Брайен", 'A1')).toBe("'О''Брайен'!A1");
  });
});
