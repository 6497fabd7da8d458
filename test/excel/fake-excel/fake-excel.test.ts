// The fake must fail where Office.js fails, or the host's tests prove nothing. Each behaviour here is one
// the reference (or an OfficeDev/office-js issue) documents; limits.ts names the sources.
import { FakeExcel, FakeOfficeError } from '.';

function fake(opts: ConstructorParameters<typeof FakeExcel>[1] = {}): FakeExcel {
  return new FakeExcel(
    [
      {
        name: 'Лист1',
        rows: [
          ['a', 1],
          [null, 'b'],
        ],
      },
    ],
    opts,
  );
}

describe('fake Excel: queued calls and loads', () => {
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
      context.workbook.worksheets.getItem('Лист1').getRange('C1').values = [['новий']];
      expect(f.values('Лист1')[0][2]).toBeUndefined();
      await context.sync();
      expect(f.values('Лист1')[0][2]).toBe('новий');
    });
    expect(f.syncs).toBe(1);
  });

  it('refuses an array that does not fit its range, and a missing sheet, at sync; a 1×1 array fills the range', async () => {
    const f = fake();
    await expect(
      f.run(async (context) => {
        context.workbook.worksheets.getItem('Лист1').getRange('A1:C1').values = [['x', 'y']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      f.run(async (context) => {
        context.workbook.worksheets.getItem('Немає').getRange('A1').values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await f.run(async (context) => {
      context.workbook.worksheets.getItem('Лист1').getRange('D1:E2').numberFormat = [['0%']];
      await context.sync();
    });
    expect(f.sheet('Лист1').cells.get('1:4')?.format.numberFormat).toBe('0%');
  });

  it('answers isNullObject only after a sync, and fails anything reached through a null object', async () => {
    const f = new FakeExcel([{ name: 'Порожній' }]);
    await f.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Немає');
      expect(() => missing.isNullObject).toThrow(FakeOfficeError);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    // The used range of an empty sheet is a null object; its merged areas in the same batch fail.
    await expect(
      f.run(async (context) => {
        const used = context.workbook.worksheets.getItem('Порожній').getUsedRangeOrNullObject(true);
        used.getMergedAreasOrNullObject().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidObjectPath' });
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

  it('refuses what this Excel version lacks, at sync (ApiNotFound)', async () => {
    const f = fake({ apiVersion: '1.12' });
    expect(f.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(f.isSetSupported('ExcelApi', '1.13')).toBe(false);
    await expect(
      f.run(async (context) => {
        context.workbook.worksheets
          .getItem('Лист1')
          .getRange('A1:B2')
          .getMergedAreasOrNullObject()
          .load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('fake Excel: limits', () => {
  it('counts every queued call in the request size, not only the values', async () => {
    const f = fake();
    f.payloadLimit = 100_000;
    await expect(
      f.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Лист1');
        for (let r = 1; r <= 400; r++) ws.getRange(`A${r}`).format.font.bold = true;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const last = f.requests[f.requests.length - 1];
    expect(last.actions).toBe(400);
    expect(last.paths).toBeGreaterThanOrEqual(800);
    expect(last.requestBytes).toBeGreaterThan(100_000);
  });

  it('gives null values for a read over 5,000,000 cells or of whole columns', async () => {
    const f = new FakeExcel([{ name: 'Лист1', rows: [['a']], cells: { XFD1048576: 'x' } }]);
    await f.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Лист1');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('values,rowCount,columnCount');
      const columns = ws.getRange('A:B');
      columns.load('values');
      await context.sync();
      expect([used.rowCount, used.columnCount]).toEqual([1048576, 16384]);
      expect(used.values).toBeNull();
      expect(columns.values).toBeNull();
    });
  });

  it('returns only merges whose top-left cell is inside the range, fails past 512, and can give top-left cells only', async () => {
    const merges = ['A1:B2', 'C3:D3', ...Array.from({ length: 600 }, (_, i) => `F${i + 10}:G${i + 10}`)];
    const f = new FakeExcel([{ name: 'Лист1', rows: [['a']], merges }]);
    const read = (address: string) =>
      f.run(async (context) => {
        const areas = context.workbook.worksheets
          .getItem('Лист1')
          .getRange(address)
          .getMergedAreasOrNullObject();
        areas.load('address');
        await context.sync();
        return areas.isNullObject ? null : areas.address;
      });
    await expect(read('B2:D3')).resolves.toBe('Лист1!C3:D3'); // A1:B2 covers B2, but starts outside
    await expect(read('A1:Z700')).rejects.toMatchObject({ code: 'GeneralException' });
    f.mergesAsTopLeft = true;
    await expect(read('A1:D5')).resolves.toBe('Лист1!A1,Лист1!C3');
  });

  it('refuses a getRanges address past about 8,200 characters', async () => {
    const f = fake();
    const long = Array.from({ length: 2000 }, (_, i) => `A${i * 2 + 1}`).join(',');
    await expect(
      f.run(async (context) => {
        context.workbook.worksheets.getItem('Лист1').getRanges(long).format.font.bold = true;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('honours valuesOnly: formatted empty cells are used only without it', async () => {
    const f = fake();
    f.sheet('Лист1').cells.set('99:9', {
      value: '',
      format: { ...JSON.parse(JSON.stringify(f.sheet('Лист1').cells.get('0:0')!.format)), bold: true },
    });
    const used = (valuesOnly: boolean) =>
      f.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Лист1').getUsedRangeOrNullObject(valuesOnly);
        r.load('address');
        await context.sync();
        return r.address;
      });
    await expect(used(true)).resolves.toBe('Лист1!A1:B2');
    await expect(used(false)).resolves.toBe('Лист1!A1:J100');
  });

  it('parses typed text as Excel does, and keeps text behind a leading apostrophe', async () => {
    const f = fake();
    const texts = [
      '#N/A',
      '1e5',
      'TRUE',
      '=SUM(A1)',
      '1.1',
      '50%',
      '01.03.2024',
      '1 січня 2024',
      "'1.1",
      "''x",
    ];
    await f.run(async (context) => {
      context.workbook.worksheets.getItem('Лист1').getRange('A5:J5').values = [texts];
      await context.sync();
    });
    const cells = texts.map((_, c) => f.sheet('Лист1').cells.get(`4:${c}`)!);
    // Each of the first eight became an error, a number, a boolean or a date serial: not the text written.
    expect(cells.slice(0, 8).map((cell) => typeof cell.value === 'string' && !cell.error)).toEqual(
      Array(8).fill(false),
    );
    expect(cells.slice(8).map((cell) => cell.value)).toEqual(['1.1', "'x"]);
  });
});

describe('fake Excel: formats, rules and charts', () => {
  it('numbers conditional formats by priority: an add puts the new rule at 0 and moves every id', async () => {
    const f = fake();
    const add = (formula: string) =>
      f.run(async (context) => {
        const cf = context.workbook.worksheets
          .getItem('Лист1')
          .getRange('A1:B2')
          .conditionalFormats.add('Custom');
        cf.custom.rule.formula = formula;
        await context.sync();
      });
    await add('=1');
    await add('=2');
    expect(f.rules('Лист1').map((r) => [r.id, r.formula])).toEqual([
      ['0', '=2'],
      ['1', '=1'],
    ]);
    // Deleting ids "0" then "1" in one request deletes the first rule and then the one that moved up.
    await f.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem('Лист1').getRange().conditionalFormats;
      cfs.getItem('0').delete();
      cfs.getItem('1').delete();
      await context.sync().catch(() => undefined);
    });
    expect(f.rules('Лист1').map((r) => r.formula)).toEqual(['=1']);
  });

  it('spells DataValidation.type as Excel does', async () => {
    const f = fake();
    const typeOf = (address: string) =>
      f.run(async (context) => {
        const dv = context.workbook.worksheets.getItem('Лист1').getRange(address).dataValidation;
        dv.load('type');
        await context.sync();
        return dv.type;
      });
    await f.run(async (context) => {
      context.workbook.worksheets.getItem('Лист1').getRange('A1:A3').dataValidation.rule = {
        list: { inCellDropDown: true, source: 'a,b' },
      };
      await context.sync();
    });
    await expect(typeOf('A1:A3')).resolves.toBe('List');
    await expect(typeOf('A1:A9')).resolves.toBe('MixedCriteria');
    await expect(typeOf('C1')).resolves.toBe('None');
  });

  it('decides a chart’s series from the cells when it is added: before the values, there are no labels', async () => {
    const f = new FakeExcel([{ name: 'Лист1' }]);
    await f.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Лист1');
      ws.charts.add('Pie', ws.getRange('A1:B2'), 'Columns');
      ws.getRange('A1:B2').values = [
        ['виконано', 3],
        ['не виконано', 1],
      ];
      ws.charts.add('Pie', ws.getRange('A1:B2'), 'Columns');
      await context.sync();
    });
    const [early, late] = f.chartData('Лист1');
    expect(early.series).toHaveLength(2);
    expect(early.series[0].categories).toEqual([]);
    expect(late.series).toEqual([{ categories: ['виконано', 'не виконано'], values: [3, 1] }]);
  });

  it('prints at a zoom scale but not fit to pages (office-js#1860): otherwise the column widths decide', async () => {
    const f = fake();
    const zoomed = async (zoom: Excel.PageLayoutZoomOptions) => {
      await f.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Лист1');
        ws.getRange('A:B').format.columnWidth = 500;
        ws.pageLayout.orientation = 'Landscape';
        ws.pageLayout.zoom = zoom;
        await context.sync();
      });
      return f.printedPagesWide('Лист1');
    };
    await expect(zoomed({ horizontalFitToPages: 1 })).resolves.toBe(2);
    await expect(zoomed({ scale: 70 })).resolves.toBe(1);
  });
});

describe('fake Excel: sheets and events', () => {
  it('delivers onChanged after the sync, asynchronously, for a user edit and for API writes', async () => {
    const f = fake();
    const events: unknown[] = [];
    await f.run(async (context) => {
      context.workbook.worksheets
        .getItem('Лист1')
        .onChanged.add(async (e) => void events.push(e.triggerSource));
      await context.sync();
      context.workbook.worksheets.getItem('Лист1').getRange('A1').values = [['x']];
      await context.sync();
      expect(events).toEqual([]);
    });
    f.userEdit('Лист1', 'B2', 'y');
    expect(events).toEqual([]);
    await f.eventsDelivered();
    expect(events).toEqual(['ThisLocalAddin', 'Unknown']);
  });

  it('on Mac gives a deleted sheet’s id to the next new sheet', async () => {
    const f = new FakeExcel([{ name: 'А' }, { name: 'Б' }], { macIds: true });
    const id = f.sheet('Б').id;
    f.userDeleteSheet('Б');
    expect(f.userAddSheet('В').id).toBe(id);
  });

  it('copies a sheet with its custom properties under a new id', () => {
    const f = fake();
    f.sheet('Лист1').customProperties.set('generatedBy', 'x');
    const copy = f.userCopySheet('Лист1');
    expect([copy.name, copy.id === f.sheet('Лист1').id, copy.customProperties.get('generatedBy')]).toEqual([
      'Лист1 (2)',
      false,
      'x',
    ]);
  });

  it('computes DATE() in the workbook’s date system', async () => {
    for (const [date1904, serial] of [
      [false, 1462],
      [true, 0],
    ] as const) {
      const f = fake({ date1904 });
      const value = await f.run(async (context) => {
        const r = context.workbook.functions.date(1904, 1, 1);
        r.load('value');
        await context.sync();
        return r.value;
      });
      expect(value).toBe(serial);
    }
  });
});

describe('fake Excel: defined names and new workbooks', () => {
  const add = (f: FakeExcel, name: string, sheet = 'Лист1') =>
    f.run(async (context) => {
      context.workbook.names.add(name, context.workbook.worksheets.getItem(sheet).getRange('A1'));
      await context.sync();
    });

  it('lists workbook-scoped names with what they refer to; a name follows its sheet through a rename', async () => {
    const f = fake();
    await add(f, 'anticorruption_plan_addin.snapshot_20240630');
    f.userRenameSheet('Лист1', 'Стан на 30.06.2024');
    const listed = await f.run(async (context) => {
      const names = context.workbook.names;
      names.load('items/name,items/value');
      await context.sync();
      return names.items.map((n) => [n.name, n.value]);
    });
    expect(listed).toEqual([['anticorruption_plan_addin.snapshot_20240630', "'Стан на 30.06.2024'!$A$1"]]);
  });

  it('refuses a taken name (without case) and a name Excel would not accept (InvalidArgument)', async () => {
    const f = fake();
    await add(f, 'Мітка.1');
    await expect(add(f, 'мітка.1')).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    for (const bad of ['дві назви', '1abc', 'A1', 'R1C1', 'c', 'a-b', 'x'.repeat(256)])
      await expect([bad, await add(f, bad).catch((e: { code: string }) => e.code)]).toEqual([
        bad,
        'InvalidArgument',
      ]);
  });

  it('a deleted sheet leaves its name as #REF!, and the same name cannot be added until it is deleted (office-js#4772)', async () => {
    const f = new FakeExcel([{ name: 'Лист1' }, { name: 'Стан' }]);
    await add(f, 'мітка', 'Стан');
    f.userDeleteSheet('Стан');
    expect(f.definedNames()).toEqual([{ name: 'мітка', value: '#REF!' }]);
    await expect(add(f, 'мітка')).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await f.run(async (context) => {
      context.workbook.names.getItem('мітка').delete();
      await context.sync();
    });
    await add(f, 'мітка');
    expect(f.definedNames()).toEqual([{ name: 'мітка', value: 'Лист1!$A$1' }]);
  });

  it('a user’s copy of a sheet gets sheet-scoped copies of its names, not listed by workbook.names (office-js#2875)', async () => {
    const f = fake();
    await add(f, 'мітка');
    const copy = f.userCopySheet('Лист1');
    expect(f.sheetNamesOf(copy.name)).toEqual(['мітка']);
    expect(f.definedNames()).toEqual([{ name: 'мітка', value: 'Лист1!$A$1' }]);
  });

  it('adding or deleting a name needs ExcelApi 1.4; a missing one fails at sync (ItemNotFound)', async () => {
    await expect(add(fake({ apiVersion: '1.3' }), 'мітка')).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      fake().run(async (context) => {
        context.workbook.names.getItem('немає').delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('Excel.createWorkbook: refused at once without ExcelApi 1.8, a file that is no workbook fails, one request counted', async () => {
    expect(() => fake({ apiVersion: '1.7' }).createWorkbook('UEsDBA==')).toThrow(/ExcelApi 1\.8/);
    const f = fake();
    await expect(f.createWorkbook(btoa('not a zip'))).rejects.toMatchObject({ code: 'InvalidArgument' });
    const before = f.syncs;
    await expect(f.createWorkbook('x'.repeat(6 * 1024 * 1024))).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
    expect(f.syncs).toBe(before + 1);
    expect(f.createdWorkbooks).toEqual([]);
  });
});

describe('fake Excel: formulas and special cells', () => {
  const withFormula = (apiVersion = '1.19') =>
    new FakeExcel(
      [
        {
          name: 'Лист1',
          rows: [
            ['текст', { formula: '=A1', value: 'текст' }],
            [null, 2],
          ],
        },
      ],
      { apiVersion },
    );

  it('reads a formula cell’s formula and any other cell’s value through Range.formulas', async () => {
    await withFormula().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Лист1').getRange('A1:B2');
      range.load('formulas');
      await context.sync();
      expect(range.formulas).toEqual([
        ['текст', '=A1'],
        ['', 2],
      ]);
    });
  });

  it('finds formula cells with getSpecialCellsOrNullObject (ExcelApi 1.9), a null object when there is none', async () => {
    await withFormula().run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Лист1');
      const found = ws.getRange('A1:B2').getSpecialCellsOrNullObject('Formulas');
      const none = ws.getRange('A1:A2').getSpecialCellsOrNullObject('Formulas');
      found.load('address');
      none.load('address');
      await context.sync();
      expect(found.address).toBe('Лист1!B1');
      expect(none.isNullObject).toBe(true);
    });
    await expect(
      withFormula('1.8').run(async (context) => {
        context.workbook.worksheets
          .getItem('Лист1')
          .getRange('A1:B2')
          .getSpecialCellsOrNullObject('Formulas');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('replaces a formula by a value written over it', async () => {
    const f = withFormula();
    await f.run(async (context) => {
      context.workbook.worksheets.getItem('Лист1').getRange('B1').values = [['вручну']];
      await context.sync();
    });
    expect(f.sheet('Лист1').cells.get('0:1')).toMatchObject({ value: 'вручну' });
    expect(f.sheet('Лист1').cells.get('0:1')?.formula).toBeUndefined();
  });
});
