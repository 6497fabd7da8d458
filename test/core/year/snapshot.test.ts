import { analyse } from '../../../src/core/analyse';
import type { Grid } from '../../../src/core/grid';
import { compareSnapshots } from '../../../src/core/year/changes';
import { buildChangesSheet } from '../../../src/core/year/changes-sheet';
import { readSnapshotSheet } from '../../../src/core/year/read-snapshot';
import { placeSheet } from '../../../src/core/year/sheet-place';
import { measureKeys, previousSnapshot, takeSnapshot, type Snapshot } from '../../../src/core/year/snapshot';
import {
  buildSnapshotSheet,
  cellPieces,
  CELL_LIMIT,
  snapshotSheetName,
} from '../../../src/core/year/snapshot-sheet';
import { changesSinceKept, keptSnapshots, planSnapshot } from '../../../src/core/year/snapshot-workbook';
import { parseReportPeriod } from '../../../src/core/year/report-period';
import { measureRow, planGrid } from '../../helpers/grids';
import { sampleGrid } from '../../helpers/sample';

function snap(grid: Grid, asOf: string, taken = asOf): Snapshot {
  const a = analyse(grid, { asOf });
  if (!a.ok) throw new Error('no plan');
  return takeSnapshot(a.plan, a.findings, a.summary, { asOf, taken });
}

/** A sheet's values as the grid a host would read back from it. */
const asGrid = (spec: { name: string; values: unknown[][] }): Grid => ({
  sheetName: spec.name,
  rows: spec.values as Grid['rows'],
});

describe('measure keys', () => {
  it('follow the number as written, ignore a trailing dot, count repeats, fall back to the row', () => {
    const keys = measureKeys([
      { number: '1.', row: 5 },
      { number: '1.1', row: 6 },
      { number: '2)', row: 7 },
      { number: '2', row: 8 },
      { number: '', row: 9 },
    ]);
    expect(keys).toEqual(['1', '1.1', '2', '2#2', 'р.9']);
  });
});

describe('a snapshot of the sample', () => {
  let s: Snapshot;
  beforeAll(async () => {
    s = snap(await sampleGrid(), '2024-01-15', '2024-01-20');
  });

  it('keeps every measure’s texts as written, its status, overdue and findings of the day', () => {
    expect(s.measures).toHaveLength(28);
    const m18 = s.measures.find((m) => m.number === '18')!;
    expect(m18).toMatchObject({ key: '18', status: 'none', overdue: true, execution: '' });
    expect(m18.findings.map((f) => f.rule)).toEqual(['untidy-text', 'missing-execution']);
    expect(m18.findings[1].message).toBe(
      'захід 18: термін минув 31.12.2023, а про виконання нічого не зазначено',
    );
    expect(s.measures.find((m) => m.number === '1')!.execution).toMatch(/^Протягом року постійно проводився/);
    expect(s).toMatchObject({
      asOf: '2024-01-15',
      taken: '2024-01-20',
      planSheet: 'Лист1',
      reportPeriod: null,
    });
  });

  it('is written as a sheet `Стан на 15.01.2024` that reads back to the same snapshot, in either language', () => {
    for (const lang of ['uk', 'en'] as const) {
      const sheet = buildSnapshotSheet(s, lang);
      expect(sheet.name).toBe('Стан на 15.01.2024');
      expect(sheet.role).toBe('snapshot');
      const back = readSnapshotSheet(asGrid(sheet));
      expect(back.ok && back.lang).toBe(lang);
      if (!back.ok) return;
      // The messages are kept as the snapshot wrote them; the sheet's language is only its own words'.
      expect(back.snapshot).toEqual(s);
    }
  });

  it('records the reporting period it was taken for', async () => {
    const a = analyse(await sampleGrid(), { asOf: '2023-06-30' });
    if (!a.ok) throw new Error('no plan');
    const p = parseReportPeriod('2023-H1');
    if (!p.ok) throw new Error('period');
    const h1 = takeSnapshot(a.plan, a.findings, a.summary, {
      asOf: '2023-06-30',
      taken: '2023-07-05',
      reportPeriod: p.period,
    });
    const sheet = buildSnapshotSheet(h1);
    expect(sheet.values.some((r) => r[2] === 'І півріччя 2023 року (2023-H1)')).toBe(true);
    const back = readSnapshotSheet(asGrid(sheet));
    expect(back.ok && back.snapshot.reportPeriod).toBe('2023-H1');
  });
});

describe('texts longer than a cell holds', () => {
  it('continue in the rows below and read back whole', () => {
    const long = `${'а'.repeat(CELL_LIMIT - 1)}😀${'б'.repeat(40000)}`;
    const grid = planGrid([
      measureRow(1, 'Захід', 'Постійно', 'Відділ', long),
      measureRow(2, 'Другий', 'Постійно', 'Відділ', 'Так'),
    ]);
    const s = snap(grid, '2023-06-30');
    const sheet = buildSnapshotSheet(s);
    for (const row of sheet.values)
      for (const v of row) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(CELL_LIMIT);
    const back = readSnapshotSheet(asGrid(sheet));
    expect(back.ok && back.snapshot.measures.map((m) => m.execution)).toEqual([long, 'Так']);
    expect(cellPieces(long).join('')).toBe(long);
    expect(cellPieces(long)[0].endsWith('а')).toBe(true);
  });
});

describe('reading a sheet that is no snapshot', () => {
  it('says why', () => {
    expect(readSnapshotSheet({ sheetName: 'x', rows: [['Список'], ['a', 'b']] })).toEqual({
      ok: false,
      reason: 'no-header',
    });
    const sheet = buildSnapshotSheet(
      snap(planGrid([measureRow(1, 'Захід', 'Постійно', 'Відділ', '')]), '2023-06-30'),
    );
    const rows = sheet.values.map((r) => [...r]);
    rows[1][2] = '31.02.2023';
    expect(readSnapshotSheet({ sheetName: 'x', rows })).toEqual({ ok: false, reason: 'no-date' });
  });
});

describe('changes between two snapshots', () => {
  const june = planGrid([
    ['І. Заходи'],
    measureRow(1, 'Моніторинг', 'Постійно', 'Відділ', 'Проводиться'),
    measureRow(2, 'Навчання', 'Червень 2023 року', 'Відділ', ''),
    measureRow(3, 'Звіт', 'Липень 2023 року', 'Відділ', ''),
    measureRow(4, 'Перевірки', 'Серпень 2023 року', 'Відділ', 'Буде проведено у серпні'),
    measureRow(5, 'Старий захід', 'Постійно', 'Відділ', 'Так'),
  ]);
  const december = planGrid([
    ['І. Заходи'],
    measureRow(1, 'Моніторинг', 'Постійно', 'Відділ', 'Проводиться'),
    measureRow(2, 'Навчання', 'Червень 2023 року', 'Відділ', 'Проведено 3 семінари 20.06.2023'),
    measureRow(3, 'Звіт', 'Липень 2023 року', 'Відділ', ''),
    measureRow(4, 'Перевірки', 'Серпень 2023 року', 'Відділ', 'Проведено перевірки 10.08.2023'),
    measureRow(6, 'Новий захід', 'Грудень 2023 року', 'Відділ', ''),
  ]);

  it('say which changed status, got a report, became overdue, came and went', () => {
    const c = compareSnapshots(snap(june, '2023-07-15'), snap(december, '2023-12-31'));
    expect(c.changes.map((x) => [x.kind, x.number, x.before, x.after])).toEqual([
      ['status-changed', '2', 'none', 'done'],
      ['reported', '2', undefined, 'Проведено 3 семінари 20.06.2023'],
      ['no-longer-overdue', '2', undefined, undefined],
      ['newly-overdue', '3', undefined, undefined],
      ['status-changed', '4', 'in-progress', 'done'],
      ['report-changed', '4', 'Буде проведено у серпні', 'Проведено перевірки 10.08.2023'],
      ['added', '6', undefined, undefined],
      ['removed', '5', undefined, undefined],
    ]);
    expect(c).toMatchObject({ since: '2023-07-15', asOf: '2023-12-31' });
    expect(c.counts).toMatchObject({
      'status-changed': 2,
      reported: 1,
      'newly-overdue': 1,
      added: 1,
      removed: 1,
    });
    const sheet = buildChangesSheet(c);
    expect(sheet.name).toBe('Зміни на 31.12.2023');
    expect(sheet.values[0][0]).toBe('ЗМІНИ СТАНУ ВИКОНАННЯ ПЛАНУ з 15.07.2023 по 31.12.2023');
    expect(sheet.values.find((r) => r[0] === 2 && r[2] === 'Змінився стан виконання')!.slice(3)).toEqual([
      'Немає звіту',
      'Виконано',
    ]);
  });

  it('say there are none when nothing changed', () => {
    const c = compareSnapshots(snap(june, '2023-06-30'), snap(june, '2023-06-30'));
    expect(c.changes).toEqual([]);
    expect(buildChangesSheet(c).values.some((r) => r[0] === 'Змін немає')).toBe(true);
  });
});

describe('where a snapshot sheet goes', () => {
  it('over ours for the same date, never over a user’s sheet', () => {
    expect(
      placeSheet('Стан на 30.06.2024', 'snapshot', [{ name: 'стан на 30.06.2024', role: 'snapshot' }]),
    ).toEqual({
      name: 'стан на 30.06.2024',
      replaces: 'стан на 30.06.2024',
    });
    expect(
      placeSheet('Стан на 30.06.2024', 'snapshot', [{ name: 'Стан на 30.06.2024', role: null }]),
    ).toEqual({
      name: 'Стан на 30.06.2024 (2)',
      replaces: null,
    });
    expect(
      placeSheet('Стан на 30.06.2024', 'snapshot', [
        { name: 'Стан на 30.06.2024', role: null },
        { name: 'Стан на 30.06.2024 (2)', role: 'snapshot' },
      ]),
    ).toEqual({ name: 'Стан на 30.06.2024 (2)', replaces: 'Стан на 30.06.2024 (2)' });
    expect(
      placeSheet('Зміни на 30.06.2024', 'snapshot-changes', [
        { name: 'Зміни на 30.06.2024', role: 'snapshot' },
      ]),
    ).toEqual({
      name: 'Зміни на 30.06.2024 (2)',
      replaces: null,
    });
  });
});

describe('a snapshot in a workbook', () => {
  const grid = planGrid([
    measureRow(1, 'Навчання', 'Червень 2023 року', 'Відділ', ''),
    measureRow(2, 'Звіт', 'Постійно', 'Відділ', 'Так'),
  ]);
  const input = (asOf: string, since?: string) => {
    const a = analyse(grid, { asOf });
    if (!a.ok) throw new Error('no plan');
    return { plan: a.plan, findings: a.findings, summary: a.summary, asOf, taken: asOf, since };
  };
  const sheetOf = (asOf: string) => {
    const spec = buildSnapshotSheet(snap(grid, asOf));
    return { name: spec.name, role: 'snapshot' as const, grid: asGrid(spec) };
  };

  it('is compared with the latest earlier one, never with the one it replaces', () => {
    const sheets = [
      { name: 'Лист1', role: null, grid },
      sheetOf('2023-03-31'),
      sheetOf('2023-06-30'),
      sheetOf('2023-09-30'),
    ];
    const planned = planSnapshot(input('2023-09-30'), sheets);
    if (!planned.ok) throw new Error('not planned');
    expect(planned.previous?.snapshot.asOf).toBe('2023-06-30');
    expect(planned.sheets.map((s) => [s.spec.name, s.replaces])).toEqual([
      ['Стан на 30.09.2023', 'Стан на 30.09.2023'],
      ['Зміни на 30.09.2023', null],
    ]);
    expect(planned.kept.map((k) => k.snapshot.asOf)).toEqual(['2023-03-31', '2023-06-30']);
  });

  it('is compared with the date asked for, or says which dates there are', () => {
    const sheets = [sheetOf('2023-03-31'), sheetOf('2023-06-30')];
    const planned = planSnapshot(input('2023-12-31', '2023-03-31'), sheets);
    expect(planned.ok && planned.changes?.since).toBe('2023-03-31');
    expect(planSnapshot(input('2023-12-31', '2023-05-01'), sheets)).toEqual({
      ok: false,
      reason: 'since-not-found',
      since: '2023-05-01',
      dates: ['2023-03-31', '2023-06-30'],
    });
  });

  it('is the first one: no changes sheet', () => {
    const planned = planSnapshot(input('2023-06-30'), [{ name: 'Лист1', role: null, grid }]);
    expect(planned.ok && planned.sheets.map((s) => s.spec.name)).toEqual([snapshotSheetName('2023-06-30')]);
    expect(planned.ok && planned.changes).toBeNull();
  });

  it('reads only sheets that can hold snapshots', () => {
    const report = { ...sheetOf('2023-06-30'), role: 'summary' as const };
    expect(keptSnapshots([report])).toEqual([]);
    expect(previousSnapshot([{ asOf: '2023-06-30' }, { asOf: '2023-03-31' }], '2023-06-30')).toEqual({
      asOf: '2023-03-31',
    });
  });

  it('what changed since the last kept snapshot, up to the date, without writing one', () => {
    const sheets = [sheetOf('2023-03-31'), sheetOf('2023-06-30'), sheetOf('2023-09-30')];
    const now = changesSinceKept(input('2023-07-15'), sheets);
    expect(now.previous?.snapshot.asOf).toBe('2023-06-30');
    expect(now.changes?.since).toBe('2023-06-30');
    expect(now.changes?.asOf).toBe('2023-07-15');
    expect(now.kept.map((k) => k.snapshot.asOf)).toEqual(['2023-03-31', '2023-06-30', '2023-09-30']);
    // One taken today for the same date: what changed since it was taken.
    expect(changesSinceKept(input('2023-06-30'), sheets).previous?.snapshot.asOf).toBe('2023-06-30');
    expect(changesSinceKept(input('2023-01-15'), sheets)).toMatchObject({ previous: null, changes: null });
  });
});
