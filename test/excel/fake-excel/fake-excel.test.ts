// The fake must fail where Office.js fails, or the host's tests prove nothing.
import { FakeExcel, FakeOfficeError } from '.';

function fake(): FakeExcel {
  return new FakeExcel([
    {
      name: 'Лист1',
      rows: [
        ['a', 1],
        [null, 'b'],
      ],
    },
  ]);
}

describe('fake Excel', () => {
  it('throws PropertyNotLoaded for a read before load and sync, and returns values after', async () => {
    const f = fake();
    await f.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Лист1').getRange('A1:B2');
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      range.load('values');
      expect(() => range.values).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.values).toEqual([
        ['a', 1],
        ['', 'b'],
      ]);
      expect(() => range.address).toThrow(/address/);
    });
  });

  it('applies writes only at sync and counts the syncs', async () => {
    const f = fake();
    await f.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Лист1');
      ws.getRange('C1').values = [['новий']];
      expect(f.values('Лист1')[0][2]).toBeUndefined();
      await context.sync();
      expect(f.values('Лист1')[0][2]).toBe('новий');
    });
    expect(f.syncs).toBe(1);
  });

  it('refuses an array that does not fit its range, and a missing sheet, at sync', async () => {
    const f = fake();
    await expect(
      f.run(async (context) => {
        context.workbook.worksheets.getItem('Лист1').getRange('A1:B1').values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      f.run(async (context) => {
        context.workbook.worksheets.getItem('Немає').getRange('A1').values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('answers isNullObject only after a sync', async () => {
    const f = fake();
    await f.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Немає');
      expect(() => missing.isNullObject).toThrow(FakeOfficeError);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  it('can fail the Nth sync half-way: earlier operations stay applied', async () => {
    const f = fake();
    f.fault = { at: 1, afterOps: 1, code: 'GeneralException' };
    await expect(
      f.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Лист1');
        ws.getRange('C1').values = [['перший']];
        ws.getRange('D1').values = [['другий']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(f.values('Лист1')[0].slice(2)).toEqual(['перший']);
  });

  it('refuses a request above the payload limit', async () => {
    const f = fake();
    f.payloadLimit = 1000;
    await expect(
      f.run(async (context) => {
        context.workbook.worksheets.getItem('Лист1').getRange('C1').values = [['ж'.repeat(600)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(f.values('Лист1')[0][2]).toBeUndefined();
  });

  it('refuses changes to a protected sheet and keeps sheet names unique regardless of case', async () => {
    const f = new FakeExcel([{ name: 'Лист1', rows: [['a']], protected: true }]);
    await expect(
      f.run(async (context) => {
        context.workbook.worksheets.getItem('Лист1').getRange('A1').format.font.bold = true;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(
      f.run(async (context) => {
        context.workbook.worksheets.add('лист1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('fires onChanged for a user edit and for API writes (marked as this add-in)', async () => {
    const f = fake();
    const events: unknown[] = [];
    await f.run(async (context) => {
      context.workbook.worksheets
        .getItem('Лист1')
        .onChanged.add(async (e) => void events.push(e.triggerSource));
      await context.sync();
      context.workbook.worksheets.getItem('Лист1').getRange('A1').values = [['x']];
      await context.sync();
    });
    f.userEdit('Лист1', 'B2', 'y');
    expect(events).toEqual(['ThisLocalAddin', 'Unknown']);
  });
});
