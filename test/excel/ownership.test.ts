// Which sheets are ours: only a sheet whose mark names the sheet itself. A user's copy keeps our custom
// properties but is another sheet (a copy is not ours); Mac Excel gives a deleted sheet's id to the next new
// sheet, so an id in the workbook setting proves nothing where custom properties exist (ExcelApi 1.12); ids
// need not survive closing the workbook (office-js-docs#297), so without custom properties the name counts.
import { MARKS_KEY } from '../../src/excel/settings';
import { FakeExcel } from './fake-excel';
import { fakeWithPlan, planSheet, serviceFor, SUMMARY, TABLE } from './plan-fixture';

describe('a generated sheet is ours', () => {
  it("only if it is not a user's copy: the copy keeps our mark but is left alone", async () => {
    const fake = fakeWithPlan(28);
    const service = serviceFor(fake);
    await service.generate();
    const copy = fake.userCopySheet(TABLE);
    fake.userEdit(copy.name, 'A40', 'мій підпис');
    const copied = fake.snapshot(copy.name);
    await service.generate();
    expect(fake.sheetNames().sort()).toEqual(['Лист1', TABLE, copy.name, SUMMARY].sort());
    // Untouched, our mark properties included (they name another sheet).
    expect(fake.snapshot(copy.name)).toBe(copied);
    const ids = (JSON.parse(fake.wb.settings.get(MARKS_KEY) as string) as { id: string }[]).map((m) => m.id);
    expect(ids.sort()).toEqual([fake.sheet(TABLE).id, fake.sheet(SUMMARY).id].sort());
  });

  it('not by an id the workbook setting remembers, when Mac gave that id to a sheet of the user', async () => {
    const fake = fakeWithPlan(28, [], false, { macIds: true });
    const service = serviceFor(fake);
    await service.generate();
    const oldId = fake.sheet(TABLE).id;
    fake.userDeleteSheet(TABLE);
    const users = fake.userAddSheet(TABLE);
    expect(users.id).toBe(oldId);
    fake.userEdit(TABLE, 'A1', 'мої нотатки');
    const mine = fake.snapshot(TABLE);
    const result = await service.generate();
    expect(fake.snapshot(TABLE)).toBe(mine);
    expect(result.sheets[0]).toBe(`${TABLE} (2)`);
  });

  it('without custom properties (ExcelApi 1.11), by the setting, and still after the workbook is reopened', async () => {
    const fake = fakeWithPlan(28, [], false, { apiVersion: '1.11' });
    const service = serviceFor(fake);
    await service.generate();
    fake.reopen();
    await service.generate();
    expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
    const ids = (JSON.parse(fake.wb.settings.get(MARKS_KEY) as string) as { id: string }[]).map((m) => m.id);
    expect(ids.sort()).toEqual([fake.sheet(TABLE).id, fake.sheet(SUMMARY).id].sort());
  });

  it('without custom properties, not when Mac gave its id to a new sheet of the user', async () => {
    const fake = new FakeExcel([planSheet(28)], { apiVersion: '1.11', macIds: true });
    const service = serviceFor(fake);
    await service.generate();
    const oldId = fake.sheet(SUMMARY).id;
    fake.userDeleteSheet(SUMMARY);
    const users = fake.userAddSheet('Мої підсумки');
    expect(users.id).toBe(oldId);
    fake.userEdit('Мої підсумки', 'A1', 'не чіпати');
    const mine = fake.snapshot('Мої підсумки');
    await service.generate();
    expect(fake.snapshot('Мої підсумки')).toBe(mine);
    expect(fake.sheetNames().sort()).toEqual(['Лист1', TABLE, 'Мої підсумки', SUMMARY].sort());
  });
});
