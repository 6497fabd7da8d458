import { planSheetNames } from '../../src/excel/sheet-naming';

const specs = [
  { name: 'Виконання плану 2023', role: 'execution-table' as const },
  { name: 'Зведення 2023', role: 'summary' as const },
];

describe('planSheetNames', () => {
  it('takes the plain names in a workbook without them', () => {
    expect(planSheetNames(specs, [{ name: 'Лист1', id: '1', visible: true }], new Map())).toEqual({
      names: ['Виконання плану 2023', 'Зведення 2023'],
      replace: [],
    });
  });

  it("steps around a user's sheet (any case) and replaces our numbered one later", () => {
    const sheets = [
      { name: 'зведення 2023', id: 'u', visible: true },
      { name: 'Зведення 2023 (2)', id: 'u2', visible: true },
    ];
    expect(planSheetNames(specs, sheets, new Map()).names[1]).toBe('Зведення 2023 (3)');
    const ours = new Map([['u2', 'summary' as const]]);
    const again = planSheetNames(specs, sheets, ours);
    expect(again.names[1]).toBe('Зведення 2023 (2)');
    expect(again.replace.map((s) => s.id)).toEqual(['u2']);
  });

  it('does not replace our sheet of another role or another year', () => {
    const sheets = [
      { name: 'Зведення 2022', id: 'a', visible: true },
      { name: 'Зведення 2023', id: 'b', visible: true },
    ];
    const plan = planSheetNames(
      specs,
      sheets,
      new Map([
        ['a', 'summary' as const],
        ['b', 'execution-table' as const],
      ]),
    );
    expect(plan.replace).toEqual([]);
    expect(plan.names[1]).toBe('Зведення 2023 (2)');
  });

  it('keeps names with a suffix within 31 characters', () => {
    const long = [{ name: 'Виконання плану заходів 2024-2025', role: 'execution-table' as const }];
    const { names } = planSheetNames(
      long,
      [{ name: long[0].name.slice(0, 31), id: 'x', visible: true }],
      new Map(),
    );
    expect(names[0].length).toBeLessThanOrEqual(31);
    expect(names[0].endsWith(' (2)')).toBe(true);
  });
});
