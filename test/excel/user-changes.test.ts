// A generated sheet the clerk changed since we wrote it (a signature line, a corrected cell) is kept under
// another name and the clerk is told; only a sheet exactly as we wrote it is replaced.
import { fakeWithPlan, marked, serviceFor, SUMMARY, TABLE } from './plan-fixture';

// Excel's names stop at 31 characters: the name is shortened to make room for the note.
const KEPT = /^Виконання плану.* \(змінено \d{2}\.\d{2}\)$/;

describe('a generated sheet the user changed', () => {
  it.each([
    ['a signature line added under the table', 'A45', 'Начальник відділу ________ О. СЄНКЕВИЧ'],
    ['a cell of the table corrected', 'E6', 'Проведено дві перевірки'],
  ])('(%s) is kept, renamed, and the user is told', async (_what, cell, text) => {
    const fake = fakeWithPlan(28);
    const service = serviceFor(fake);
    await service.generate();
    fake.userEdit(TABLE, cell, text);
    const changed = fake.contents(TABLE);

    const result = await service.generate();
    expect(result.sheets).toEqual([TABLE, SUMMARY]);
    const kept = fake.sheetNames().find((n) => KEPT.test(n));
    expect(kept).toBeDefined();
    expect(kept!.length).toBeLessThanOrEqual(31);
    expect(fake.contents(kept!)).toBe(changed);
    expect(result.kept).toEqual([{ sheet: TABLE, keptAs: kept }]);
    expect(result.notes?.join(' ')).toContain(kept!);
    // The kept sheet is the user's now: never replaced again.
    expect(marked(fake).map((s) => s.name)).toEqual([TABLE, SUMMARY]);
    await service.generate();
    expect(fake.contents(kept!)).toBe(changed);
  });

  it('unchanged, is simply replaced', async () => {
    const fake = fakeWithPlan(28);
    const service = serviceFor(fake);
    await service.generate();
    const result = await service.generate();
    expect(result.kept ?? []).toEqual([]);
    expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
  });
});
