// «Прибрати зайві пробіли»: the preview writes nothing; the fix writes the previewed texts only, values
// only, in a fixed number of round trips, and leaves a cell changed since the preview alone.
import { FakeExcel } from './fake-excel';
import { planSheet, serviceFor, syncsOf } from './plan-fixture';

function untidyPlan(measures: number): FakeExcel {
  const seed = planSheet(measures);
  // Every third measure: blanks around the deadline and a double space in the responsible person.
  seed.rows!.forEach((row) => {
    if (typeof row[0] !== 'number' || row[0] % 3 !== 0) return;
    row[2] = `  ${String(row[2])} `;
    row[3] = String(row[3]).replace(' ', '  ');
  });
  return new FakeExcel([seed]);
}

describe('extra spaces', () => {
  it('previews every cell with extra spaces and writes nothing', async () => {
    const fake = untidyPlan(12);
    const before = fake.snapshot('Лист1');
    const writesBefore = fake.requests.length;
    const preview = await serviceFor(fake).previewSpaces();
    expect(preview.sheet).toBe('Лист1');
    // Measures 3, 6, 9, 12: two cells each (deadline C, responsible D).
    expect(preview.fixes).toHaveLength(8);
    const c = preview.fixes.find((f) => f.cell.startsWith('C'))!;
    expect(c.before).toMatch(/^ {2}.* $/);
    expect(c.after).toBe(c.before.trim());
    expect(fake.snapshot('Лист1')).toBe(before);
    expect(fake.requests.length).toBeGreaterThan(writesBefore);
  });

  it('writes the previewed texts as values in 2 round trips, whatever their number', async () => {
    for (const n of [12, 300]) {
      const fake = untidyPlan(n);
      const service = serviceFor(fake);
      const preview = await service.previewSpaces();
      const syncs = await syncsOf(fake, () => service.fixSpaces(preview));
      expect(syncs).toBe(2);
      const check = await service.check();
      expect(check.findings.filter((f) => f.rule === 'untidy-text')).toEqual([]);
      const values = fake.values('Лист1');
      for (const fix of preview.fixes) {
        const row = Number(fix.cell.slice(1)) - 1;
        const col = fix.cell.charCodeAt(0) - 65;
        expect(values[row][col]).toBe(fix.after);
      }
    }
  });

  it('leaves alone a cell the user changed after the preview, and a formula', async () => {
    const fake = untidyPlan(6);
    const service = serviceFor(fake);
    const preview = await service.previewSpaces();
    const [first, second, third] = preview.fixes;
    fake.userEdit('Лист1', first.cell, 'Нове  значення');
    fake.userFormula('Лист1', third.cell, '=B9&"  "', third.before);
    const result = await service.fixSpaces(preview);
    expect(result.skipped).toEqual([first.cell, third.cell].sort());
    expect(result.changed).toContain(second.cell);
    const row = Number(first.cell.slice(1)) - 1;
    expect(fake.values('Лист1')[row][first.cell.charCodeAt(0) - 65]).toBe('Нове  значення');
  });

  it('keeps a tidied text a text (an apostrophe, not a number or a date)', async () => {
    const seed = planSheet(3);
    seed.rows![4][2] = ' 1.10 ';
    const fake = new FakeExcel([seed]);
    const service = serviceFor(fake);
    const preview = await service.previewSpaces();
    expect(preview.fixes.map((f) => f.after)).toContain('1.10');
    await service.fixSpaces(preview);
    expect(fake.values('Лист1')[4][2]).toBe('1.10');
  });

  it('says so when the plan sheet is protected, and writes nothing', async () => {
    const fake = untidyPlan(6);
    const service = serviceFor(fake);
    const preview = await service.previewSpaces();
    fake.sheet('Лист1').protected = true;
    const before = fake.snapshot('Лист1');
    await expect(service.fixSpaces(preview)).rejects.toMatchObject({ code: 'protected' });
    expect(fake.snapshot('Лист1')).toBe(before);
  });
});
