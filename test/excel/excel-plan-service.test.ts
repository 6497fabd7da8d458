import { ServiceError } from '../../src/app/plan-service';
import { analyse } from '../../src/core/analyse';
import { buildExecutionTable } from '../../src/core/report/execution-table';
import { buildSummarySheet } from '../../src/core/report/summary-sheet';
import { GENERATED_MARK } from '../../src/core/report/sheet-spec';
import { SEVERITY_FILL } from '../../src/excel/highlights';
import { STATUS_WORDS } from '../../src/excel/input-helpers';
import { MARKS_KEY, SETTINGS_KEY } from '../../src/excel/settings';
import { fittedWidths } from '../../src/excel/page-setup';
import { charsToPoints } from '../../src/excel/write-spec';
import { FakeExcel, parseAddress } from './fake-excel';
import {
  fakeWithPlan,
  marked,
  planSheet,
  POSITION,
  seedGrid,
  serviceFor,
  syncsOf,
  TODAY,
} from './plan-fixture';

const TABLE = 'Виконання плану 2023';
const SUMMARY = 'Зведення 2023';

afterEach(() => jest.useRealTimers());

describe('check', () => {
  it('reads the plan sheet and validates it as of the settings date', async () => {
    const fake = fakeWithPlan(28);
    const result = await serviceFor(fake).check();
    const expected = analyse(seedGrid(planSheet(28)), { asOf: TODAY });
    if (!expected.ok) throw new Error('fixture is not a plan');
    expect(result.sheetName).toBe('Лист1');
    expect(result.measureCount).toBe(28);
    expect(result.sectionCount).toBe(3);
    expect(result.asOf).toBe(TODAY);
    expect(result.period).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    // Same findings as the core gives on the same cells: the host lost nothing on the way.
    expect(result.findings.map((f) => `${f.rule}@${f.cell}`).sort()).toEqual(
      expected.findings.map((f) => `${f.rule}@${f.cell}`).sort(),
    );
    expect(result.findings.some((f) => f.rule === 'missing-execution')).toBe(true);
  });

  it('finds the plan on another sheet when the active one holds none, and reports when no sheet does', async () => {
    const fake = new FakeExcel([{ name: 'Нотатки', rows: [['просто текст']] }, planSheet(12, 'План')]);
    expect((await serviceFor(fake).check()).sheetName).toBe('План');

    const empty = new FakeExcel([{ name: 'Нотатки', rows: [['просто текст']] }]);
    const error = await serviceFor(empty)
      .check()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('no-plan');
    expect((error as ServiceError).message).toContain('«Нотатки»');
  });

  it('uses the sheet named in the settings, and says so when it is gone', async () => {
    const fake = new FakeExcel([planSheet(5, 'А'), planSheet(9, 'Б')]);
    const service = serviceFor(fake);
    await service.saveSettings({
      planSheet: 'Б',
      asOf: null,
      positions: [],
      language: null,
      highlights: false,
    });
    expect((await service.check()).measureCount).toBe(9);
    fake.wb.sheets.splice(1, 1);
    await expect(service.check()).rejects.toMatchObject({ code: 'sheet-not-found' });
  });

  it('checks responsible persons against a positions sheet when the settings list none', async () => {
    const fake = fakeWithPlan(8, [{ name: 'Посади', rows: [['Посада'], [POSITION]] }]);
    const result = await serviceFor(fake).check();
    const unknown = result.findings.filter((f) => f.rule === 'unknown-responsible');
    // Measures 4 and 8 name the one position missing from the list.
    expect(unknown.map((f) => f.row).sort((a, b) => a - b)).toEqual([7, 11]);
  });
});

describe('generate', () => {
  it('writes the execution table and the summary with the core spec values, merges and formats', async () => {
    const fake = fakeWithPlan(28);
    const progress: number[] = [];
    const result = await serviceFor(fake).generate((f) => progress.push(f));
    expect(result.sheets).toEqual([TABLE, SUMMARY]);
    expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const analysis = analyse(seedGrid(planSheet(28)), { asOf: TODAY });
    if (!analysis.ok) throw new Error('fixture is not a plan');
    const spec = buildExecutionTable(analysis.plan, { lang: 'uk' });
    const table = fake.sheet(TABLE);
    const written = fake.values(TABLE);
    spec.values.forEach((row, r) =>
      row.forEach((v, c) => expect([r, c, written[r][c]]).toEqual([r, c, v === null ? '' : v])),
    );
    expect(table.merges).toEqual(spec.merges);
    // The spec's widths: it prints at the scale it was laid out for (a scale Excel applies, office-js#1860).
    expect(fittedWidths(spec)).toEqual(spec.columnWidths.map((w) => charsToPoints(w)));
    spec.columnWidths.forEach((w, c) => expect(table.columnWidths.get(c)).toBe(charsToPoints(w)));
    expect(table.freezeRows).toBe(spec.freezeRows ?? 0);

    const headerBand = spec.bands.find((b) => spec.styles[b.style].fill)!;
    const headerStyle = spec.styles[headerBand.style];
    const corner = table.cells.get(`${headerBand.range.top}:${headerBand.range.left}`)!.format;
    expect(corner).toMatchObject({
      fontName: headerStyle.font.name,
      bold: true,
      fill: `#${headerStyle.fill}`,
      borders: { top: 'Continuous', bottom: 'Continuous', left: 'Continuous', right: 'Continuous' },
    });
    expect(table.pageLayout).toMatchObject({
      paperSize: 'A4',
      orientation: spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
      zoom: { scale: spec.print.scale },
      rowBreaks: spec.print.breaks,
    });
    expect(table.customProperties.get('generatedBy')).toBe(GENERATED_MARK);
    expect(table.customProperties.get('generatedRole')).toBe('execution-table');
    expect(fake.sheet(SUMMARY).customProperties.get('generatedRole')).toBe('summary');
    const summarySpec = buildSummarySheet(analysis.plan, analysis.summary, { lang: 'uk' });
    expect(fake.sheet(SUMMARY).charts.map((c) => c.title)).toEqual(
      (summarySpec.charts ?? []).map((c) => c.title),
    );
    expect(fake.values(SUMMARY)[0][0]).toBe(summarySpec.values[0][0]);
    expect(fake.suspended.screenUpdating).toBeGreaterThan(0);
    expect(fake.suspended.calculation).toBeGreaterThan(0);
  });

  it('keeps texts that Excel would turn into numbers, dates or formulas exactly as written', async () => {
    const seed = planSheet(3);
    seed.rows![3][1] = '- провести навчання';
    seed.rows![4][1] = '=не формула';
    const fake = new FakeExcel([seed]);
    await serviceFor(fake).generate();
    const texts = fake.values(TABLE).flat();
    expect(texts).toContain('- провести навчання');
    expect(texts).toContain('=не формула');
    expect(texts).not.toContain('#NAME?');
  });

  it('replaces only its own sheets: three runs leave the same two sheets', async () => {
    const fake = fakeWithPlan(28);
    const service = serviceFor(fake);
    await service.generate();
    const first = fake.contents(TABLE);
    await service.generate();
    await service.generate();
    expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
    expect(fake.contents(TABLE)).toBe(first);
    expect(marked(fake)).toHaveLength(2);
  });

  it("never overwrites a user's sheet that carries the name", async () => {
    const fake = fakeWithPlan(28, [{ name: SUMMARY, rows: [['мої власні підсумки']] }]);
    const before = fake.snapshot(SUMMARY);
    const service = serviceFor(fake);
    expect((await service.generate()).sheets).toEqual([TABLE, `${SUMMARY} (2)`]);
    expect((await service.generate()).sheets).toEqual([TABLE, `${SUMMARY} (2)`]);
    expect(fake.snapshot(SUMMARY)).toBe(before);
    expect(fake.sheetNames().sort()).toEqual(['Лист1', SUMMARY, `${SUMMARY} (2)`, TABLE].sort());
  });

  it('marks its sheets in a workbook setting when worksheet custom properties are missing', async () => {
    const fake = fakeWithPlan(10, [{ name: TABLE, rows: [['чужий аркуш']] }]);
    const service = serviceFor(fake, { isSetSupported: (_s, v) => Number(v.split('.')[1]) < 12 });
    await service.generate();
    await service.generate();
    expect(fake.sheetNames()).toEqual(['Лист1', TABLE, `${TABLE} (2)`, SUMMARY]);
    expect(fake.values(TABLE)).toEqual([['чужий аркуш']]);
    const ids = (JSON.parse(fake.wb.settings.get(MARKS_KEY) as string) as { id: string }[]).map((m) => m.id);
    expect(ids.sort()).toEqual([fake.sheet(`${TABLE} (2)`).id, fake.sheet(SUMMARY).id].sort());
  });

  it('still writes the report without print setup and freeze panes on an older Excel', async () => {
    const fake = fakeWithPlan(10);
    await serviceFor(fake, { isSetSupported: (_s, v) => Number(v.split('.')[1]) < 7 }).generate();
    expect(fake.sheet(TABLE).pageLayout.paperSize).toBe(null);
    expect(fake.sheet(TABLE).freezeRows).toBe(0);
    expect(fake.values(TABLE).length).toBeGreaterThan(10);
  });

  it.each([
    ['while writing the new sheets', 4, 40],
    ['while replacing the old ones', 5, 3],
  ])(
    'a sync failing %s leaves no marked half-written sheet and the plan untouched',
    async (_what, at, afterOps) => {
      const fake = fakeWithPlan(28);
      const service = serviceFor(fake);
      await service.generate();
      const plan = fake.snapshot('Лист1');
      const table = fake.contents(TABLE);
      const base = fake.syncs;
      fake.fault = { at: base + at, afterOps, code: 'GeneralException' };
      await expect(service.generate()).rejects.toMatchObject({ code: 'unexpected' });
      expect(fake.sheetNames().filter((n) => n.startsWith('~'))).toEqual([]);
      expect(fake.snapshot('Лист1')).toBe(plan);
      // Every sheet still marked as ours is a complete report.
      for (const s of marked(fake)) {
        if (s.customProperties.get('generatedRole') === 'execution-table')
          expect(fake.contents(s.name)).toBe(table);
      }
      fake.fault = null;
      await service.generate();
      expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
    },
  );

  it('splits values into requests below the 5 MB limit when a plan is huge, and never reads its own sheets back', async () => {
    const seed = planSheet(1500);
    for (const row of seed.rows!.slice(2)) if (typeof row[4] === 'string') row[4] = 'Проведено. '.repeat(110);
    const fake = new FakeExcel([seed]);
    const service = serviceFor(fake);
    const syncs = await syncsOf(fake, () => service.generate());
    expect(fake.maxRequestBytes).toBeLessThan(fake.payloadLimit);
    expect(fake.maxRequestBytes).toBeGreaterThan(1024 * 1024);
    expect(syncs).toBeGreaterThan(5);
    expect(fake.values(TABLE).length).toBeGreaterThan(1500);
    // Plan and report together would exceed a 5 MB response: the report is not fetched.
    await expect(service.check()).resolves.toMatchObject({ measureCount: 1500 });
    await service.generate();
    expect(fake.maxResponseBytes).toBeLessThan(fake.payloadLimit);
    expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
  });

  it('maps a protected workbook to a message that says what to do', async () => {
    const fake = fakeWithPlan(5);
    const service = serviceFor(fake);
    await service.generate();
    fake.wb.structureProtected = true;
    const error = (await service.generate().catch((e: unknown) => e)) as ServiceError;
    expect(error.code).toBe('protected');
    expect(error.message).toMatch(/Зніміть захист/);
    const en = (await serviceFor(fake, { displayLanguage: () => 'en-US' })
      .generate()
      .catch((e: unknown) => e)) as ServiceError;
    expect(en.message).toMatch(/Unprotect/);
  });
});

describe('round trips', () => {
  it.each([28, 1000, 10000])(
    'check, generate and a live re-check cost the same syncs at %i measures',
    async (n) => {
      // Short texts: the values of all sizes fit one request (past ~3 MB of values generate adds a sync per 3 MB).
      const fake = fakeWithPlan(n, [], true);
      const service = serviceFor(fake);
      const check = await syncsOf(fake, () => service.check());
      const generate = await syncsOf(fake, () => service.generate());
      let recheck: Promise<unknown> = Promise.resolve();
      const stop = await service.watchPlan(() => (recheck = syncsOf(fake, () => service.check())));
      jest.useFakeTimers();
      fake.userEdit('Лист1', 'E5', 'нове');
      jest.advanceTimersByTime(600);
      jest.useRealTimers();
      expect([check, generate, await recheck]).toEqual([3, 5, 3]);
      await stop();
    },
    60_000,
  );
});

describe('the plan sheet', () => {
  it('is identical before and after every action but the ones that change it on request', async () => {
    const fake = fakeWithPlan(28);
    const service = serviceFor(fake);
    const before = fake.snapshot('Лист1');
    const result = await service.check();
    await service.generate();
    await service.selectCell('Лист1', 'E9');
    await service.saveSettings(await service.loadSettings());
    await service.setHighlights(true, result.findings);
    await service.setHighlights(false, result.findings);
    const stop = await service.watchPlan(() => undefined);
    await stop();
    expect(fake.snapshot('Лист1')).toBe(before);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const fake = fakeWithPlan(5, [{ name: 'Інше', rows: [['x']] }]);
    fake.activate('Інше');
    await serviceFor(fake).selectCell('Лист1', 'E7');
    expect(fake.wb.activeSheetId).toBe(fake.sheet('Лист1').id);
    expect(fake.wb.selection).toEqual({ sheetId: fake.sheet('Лист1').id, address: 'Лист1!E7' });
    await expect(serviceFor(fake).selectCell('Немає', 'A1')).rejects.toMatchObject({
      code: 'sheet-not-found',
    });
  });
});

describe('highlights', () => {
  it('colours exactly the finding cells by severity and removes only its own formats', async () => {
    const fake = fakeWithPlan(28);
    const plan = fake.sheet('Лист1');
    plan.conditionalFormats.push({
      type: 'Custom',
      ranges: [parseAddress('B3:B10')],
      formula: '=LEN(B3)>100',
      fill: '#00FF00',
      fontColor: null,
    });
    const users = plan.conditionalFormats[0];
    const before = fake.snapshot('Лист1');
    const service = serviceFor(fake);
    const { findings } = await service.check();
    await service.setHighlights(true, findings);
    const ours = plan.conditionalFormats.filter((cf) => cf !== users);
    const cells = new Set(findings.map((f) => f.cell));
    const covered = ours.flatMap((cf) =>
      cf.ranges.map((b) => `${String.fromCharCode(65 + b.left)}${b.top + 1}`),
    );
    expect(covered.sort()).toEqual([...cells].sort());
    const missing = findings.find((f) => f.rule === 'missing-execution')!;
    const onIt = ours.find((cf) =>
      cf.ranges.some((b) => b.top === missing.row - 1 && b.left === missing.column),
    )!;
    const worst = findings.filter((f) => f.cell === missing.cell).some((f) => f.severity === 'error');
    expect(onIt.fill).toBe(worst ? SEVERITY_FILL.error : SEVERITY_FILL[missing.severity]);

    await service.setHighlights(true, findings); // again: replaced, not doubled
    expect(plan.conditionalFormats).toHaveLength(ours.length + 1);

    // The user deletes one of ours by hand; switching off still works.
    plan.conditionalFormats.splice(plan.conditionalFormats.indexOf(plan.conditionalFormats[1]), 1);
    await service.setHighlights(false, findings);
    expect(fake.snapshot('Лист1')).toBe(before);
  });
});

describe('watchPlan', () => {
  it('re-checks once after the debounce, and not after it is stopped', async () => {
    const fake = fakeWithPlan(10);
    const onChange = jest.fn();
    const stop = await serviceFor(fake, { debounceMs: 600 }).watchPlan(onChange);
    jest.useFakeTimers();
    fake.userEdit('Лист1', 'E5', 'а');
    jest.advanceTimersByTime(300);
    fake.userEdit('Лист1', 'E5', 'аб');
    jest.advanceTimersByTime(599);
    expect(onChange).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    jest.useRealTimers();
    await stop();
    expect(fake.handlerCount('Лист1')).toBe(0);
    jest.useFakeTimers();
    fake.userEdit('Лист1', 'E5', 'абв');
    jest.advanceTimersByTime(2000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores the changes its own writes cause, and still hears the user during them', async () => {
    const fake = fakeWithPlan(10);
    const service = serviceFor(fake, { debounceMs: 20 });
    const onChange = jest.fn();
    const stop = await service.watchPlan(onChange);
    await service.generate();
    await fake.eventsDelivered();
    await new Promise((r) => setTimeout(r, 50));
    expect(onChange).not.toHaveBeenCalled();
    // An edit by the user while a generate runs (Excel 1.14+ tells them apart by triggerSource).
    fake.afterSync = () => {
      fake.afterSync = null;
      fake.userEdit('Лист1', 'A1', 'під час запису');
    };
    await service.generate();
    await fake.eventsDelivered();
    await new Promise((r) => setTimeout(r, 50));
    expect(onChange).toHaveBeenCalledTimes(1);
    await stop();
  });
});

describe('generate shows the report', () => {
  it('activates the execution table it wrote, in the swap’s request (still 5 round trips)', async () => {
    const fake = fakeWithPlan(5);
    const service = serviceFor(fake);
    const syncs = await syncsOf(fake, () => service.generate());
    expect(syncs).toBe(5);
    expect(fake.wb.activeSheetId).toBe(fake.sheet(TABLE).id);
  });
});

describe('input helpers', () => {
  it('adds status words and the positions list as dropdowns, keeping existing validation', async () => {
    const seed = planSheet(6);
    seed.rows![1].push('Статус');
    const fake = new FakeExcel([
      seed,
      { name: 'Посади', rows: [['Посада'], [POSITION], ['Керуючий справами']] },
    ]);
    const result = await serviceFor(fake).addInputHelpers();
    expect(result).toEqual({
      added: [
        { what: 'status', heading: 'Статус', address: 'F4:F9' },
        { what: 'responsible', heading: 'Відповідальні особи', address: 'D4:D9' },
      ],
      skipped: [],
    });
    const v = fake.sheet('Лист1').validations;
    expect(v).toHaveLength(2);
    expect(v.map((x) => x.rule)).toEqual(
      expect.arrayContaining([
        { list: { inCellDropDown: true, source: STATUS_WORDS.join(',') } },
        // The positions under the heading `Посада`, not the heading itself (issue #9: one positions policy).
        { list: { inCellDropDown: true, source: "='Посади'!$A$2:$A$3" } },
      ]),
    );
    // Twice: nothing doubled, nothing thrown, and it says the columns already have a list.
    const again = await serviceFor(fake).addInputHelpers();
    expect(again.added).toEqual([]);
    expect(again.skipped.map((x) => x.reason)).toEqual(['own-validation', 'own-validation']);
    expect(fake.sheet('Лист1').validations).toHaveLength(2);
  });

  it('adds nothing and says why when the plan has no status column and there is no list of positions', async () => {
    const fake = new FakeExcel([planSheet(6)]);
    const before = fake.snapshot('Лист1');
    const service = serviceFor(fake);
    expect((await service.check()).inputHelpers).toEqual({
      status: 'no-column',
      responsible: 'no-positions',
    });
    expect((await service.check()).positionsChecked).toBe(false);
    const result = await service.addInputHelpers();
    expect(result.added).toEqual([]);
    expect(result.skipped).toEqual([
      { what: 'status', reason: 'no-column' },
      { what: 'responsible', reason: 'no-positions', heading: 'Відповідальні особи', address: 'D4:D9' },
    ]);
    expect(fake.snapshot('Лист1')).toBe(before);
  });

  it('puts a long or comma-holding typed list on a hidden list sheet and refers to its range', async () => {
    const positions = [
      'Начальник відділу кадрів, діловодства та архіву',
      ...Array.from({ length: 30 }, (_, i) => `Головний спеціаліст сектору ${i + 1}`),
    ];
    const fake = new FakeExcel([planSheet(6)]);
    fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ positions }));
    const result = await serviceFor(fake).addInputHelpers();
    expect(result.added).toEqual([
      expect.objectContaining({ what: 'responsible', address: 'D4:D9', listSheet: 'Посади для списків' }),
    ]);
    const list = fake.sheet('Посади для списків');
    expect(list.visibility).toBe('Hidden');
    expect(fake.values('Посади для списків').map((r) => r[0])).toEqual(['Посада', ...positions]);
    expect(fake.sheet('Лист1').validations[0].rule).toEqual({
      list: { inCellDropDown: true, source: `='Посади для списків'!$A$2:$A$${positions.length + 1}` },
    });
    // A shorter list later leaves none of the longer one behind.
    fake.sheet('Лист1').validations.length = 0;
    fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ positions: positions.slice(0, 12) }));
    await serviceFor(fake).addInputHelpers();
    const again = fake
      .values('Посади для списків')
      .map((r) => r[0])
      .filter((v) => v !== '');
    expect(again).toEqual(['Посада', ...positions.slice(0, 12)]);
  });

  it('says what to do when the plan sheet is protected', async () => {
    const seed = planSheet(4);
    seed.rows![1].push('Статус');
    seed.protected = true;
    const fake = new FakeExcel([seed]);
    await expect(serviceFor(fake).addInputHelpers()).rejects.toMatchObject({ code: 'protected' });
  });
});

describe('settings', () => {
  it('round-trip through the workbook, and a bad stored value gives the defaults', async () => {
    const fake = fakeWithPlan(3);
    const service = serviceFor(fake);
    const settings = {
      planSheet: 'Лист1',
      asOf: '2023-12-31',
      positions: [POSITION],
      language: 'en' as const,
      highlights: true,
      period: '2023-H2',
    };
    await service.saveSettings(settings);
    expect(await service.loadSettings()).toEqual(settings);
    expect((await service.check()).asOf).toBe('2023-12-31');
    fake.wb.settings.set(SETTINGS_KEY, '{not json');
    expect(await service.loadSettings()).toEqual({
      planSheet: null,
      asOf: null,
      positions: [],
      language: null,
      highlights: false,
      period: null,
    });
    fake.wb.settings.set(
      SETTINGS_KEY,
      JSON.stringify({ asOf: 'вчора', positions: 'x', highlights: true, period: '2023-H3' }),
    );
    expect(await service.loadSettings()).toMatchObject({
      asOf: null,
      positions: [],
      highlights: true,
      period: null,
    });
  });
});

describe('requirement sets', () => {
  it('lists what this Excel lacks and refuses those features with requirement-missing', async () => {
    const fake = fakeWithPlan(5);
    const service = serviceFor(fake, { isSetSupported: (_s, v) => Number(v.split('.')[1]) < 6 });
    expect(service.missingFeatures()).toEqual(
      expect.arrayContaining([
        { feature: 'highlights', requirement: 'ExcelApi 1.6' },
        { feature: 'live-validation', requirement: 'ExcelApi 1.7' },
        { feature: 'input-helpers', requirement: 'ExcelApi 1.8' },
      ]),
    );
    expect(service.missingFeatures().map((m) => m.feature)).not.toContain('generate');
    await expect(service.watchPlan(() => undefined)).rejects.toMatchObject({ code: 'requirement-missing' });
    await expect(service.setHighlights(true, [])).rejects.toMatchObject({ code: 'requirement-missing' });
    await expect(service.addInputHelpers()).rejects.toMatchObject({ code: 'requirement-missing' });
    expect(fake.syncs).toBe(0);
    await expect(service.generate()).resolves.toEqual({ sheets: [TABLE, SUMMARY] });
    expect(serviceFor(fake).missingFeatures()).toEqual([]);
  });
});

describe('the manifest’s minimum, ExcelApi 1.7', () => {
  it('checks, generates twice, highlights and re-checks without a call this Excel lacks', async () => {
    const fake = fakeWithPlan(28, [], false, { apiVersion: '1.7' });
    const service = serviceFor(fake);
    const { findings } = await service.check();
    await service.generate();
    await expect(service.generate()).resolves.toEqual({ sheets: [TABLE, SUMMARY] });
    expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
    await service.setHighlights(true, findings);
    expect(fake.sheet('Лист1').conditionalFormats.length).toBeGreaterThan(0);
    await service.setHighlights(false, findings);
    expect(fake.sheet('Лист1').conditionalFormats).toEqual([]);
    const stop = await service.watchPlan(() => undefined);
    expect(fake.handlerCount('Лист1')).toBe(1);
    await stop();
  });
});
