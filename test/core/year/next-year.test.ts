import { analyse } from '../../../src/core/analyse';
import type { Grid } from '../../../src/core/grid';
import type { Plan } from '../../../src/core/types';
import { draftNextYear } from '../../../src/core/year/next-year';
import {
  buildNextYearNotesSheet,
  buildNextYearPlanSheet,
  excelSerial,
  nextYearNotesSheetName,
} from '../../../src/core/year/next-year-sheets';
import { measureRow, planGrid } from '../../helpers/grids';
import { sampleGrid } from '../../helpers/sample';

function planOf(grid: Grid, asOf = '2024-01-15'): Plan {
  const a = analyse(grid, { asOf });
  if (!a.ok) throw new Error('no plan');
  return a.plan;
}

describe('next year drafted from the sample (the 2023 plan)', () => {
  let grid: Grid;
  let plan: Plan;
  let draft: ReturnType<typeof draftNextYear>;
  beforeAll(async () => {
    grid = await sampleGrid();
    plan = planOf(grid);
    draft = draftNextYear(plan, grid);
  });
  const byNumber = (n: string) => plan.measures.find((m) => m.number === n)!;

  it('is for 2024, one year on', () => {
    expect(draft.to).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(draft.by).toBe(1);
  });

  it('moves every dated deadline by one year, each listed, only the year’s digits changed', () => {
    const moved = draft.moved.filter((m) => m.field === 'deadline').map((m) => [m.number, m.before, m.after]);
    expect(moved).toEqual([
      ['2', 'Січень 2023 року', 'Січень 2024 року'],
      ['3', 'Січень 2023 року', 'Січень 2024 року'],
      ['4', 'Січень-лютий  2023 року', 'Січень-лютий  2024 року'],
      ['12', 'ІІІ — ІV квартал 2023 року', 'ІІІ — ІV квартал 2024 року'],
      ['26', 'І — ІІ квартал 2023 року', 'І — ІІ квартал 2024 року'],
      ['27', 'Грудень\n\n2023 року', 'Грудень\n\n2024 року'],
    ]);
    // Every measure whose deadline is a dated period is among them.
    const dated = plan.measures.filter((m) => m.deadline.kind === 'period').map((m) => m.number);
    expect(moved.map((m) => m[0])).toEqual(dated);
    expect(draft.unmoved).toEqual([]);
  });

  it('leaves continuous and conditional deadlines exactly as written', () => {
    const kept = plan.measures.filter(
      (m) => m.deadline.kind === 'continuous' || m.deadline.kind === 'conditional',
    );
    expect(kept.length).toBe(22);
    const col = plan.columns.deadline!;
    for (const m of kept) expect(draft.grid.rows[m.row - 1][col]).toBe(grid.rows[m.row - 1][col]);
  });

  it('moves the title’s year and nothing else of it', () => {
    expect(draft.moved.filter((m) => m.field === 'title').map((m) => m.after)).toEqual([
      "пов'язаним з корупцією у Покровській  міській раді за 2024 рік",
    ]);
  });

  it('empties every execution cell and keeps every other cell', () => {
    const exec = plan.columns.execution!;
    for (const m of plan.measures) expect(draft.grid.rows[m.row - 1][exec] ?? null).toBeNull();
    const changed = new Set(draft.edits.map((e) => `${e.row}:${e.col}`));
    grid.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!changed.has(`${r}:${c}`)) expect(draft.grid.rows[r][c]).toEqual(v);
      }),
    );
    expect(draft.edits.filter((e) => e.field === 'execution')).toHaveLength(26);
    // The input grid itself is untouched.
    expect(grid.rows[byNumber('1').row - 1][exec]).toMatch(/^Протягом року постійно/);
  });

  it('lists measures 18 and 19 (nothing reported) and 17 (still in progress) as carried over', () => {
    expect(draft.carriedOver.map((m) => [m.number, m.status])).toEqual([
      ['17', 'in-progress'],
      ['18', 'none'],
      ['19', 'none'],
    ]);
    expect(draft.carriedRows).toEqual([byNumber('17').row, byNumber('18').row, byNumber('19').row]);
  });

  it('lists the one-off measures done this year as candidates to drop, and measure 27 as drafting this plan', () => {
    expect(draft.dropCandidates.map((m) => m.number)).toEqual(['2', '3', '12', '26']);
    expect(draft.draftsThisPlan.map((m) => [m.number, m.newDeadline])).toEqual([
      ['27', 'Грудень\n\n2024 року'],
    ]);
  });

  it('lists measure texts naming a year, unchanged', () => {
    expect(draft.yearInText.map((y) => [y.number, y.field, y.years])).toEqual([
      ['2', 'measure', [2022]],
      ['27', 'measure', [2024]],
    ]);
    expect(draft.grid.rows[byNumber('27').row - 1][plan.columns.measure!]).toMatch(/на 2024 рік$/);
  });

  it('reads back as the plan for 2024 with 28 measures and only the findings a clerk expects', () => {
    const sheet = buildNextYearPlanSheet(plan, draft);
    const back: Grid = { sheetName: sheet.name, rows: sheet.values, merges: sheet.merges };
    const before = analyse(grid, { asOf: '2024-01-15' });
    if (!before.ok) throw new Error('no plan');
    const inherited = new Set(before.findings.filter((f) => f.rule === 'untidy-text').map((f) => f.cell));
    for (const asOf of ['2024-01-10', '2024-03-01', '2024-07-01', '2024-12-20']) {
      const a = analyse(back, { asOf });
      if (!a.ok) throw new Error('no plan read back');
      expect(a.plan.period).toMatchObject({ from: '2024-01-01', to: '2024-12-31', source: 'title' });
      expect(a.plan.measures).toHaveLength(28);
      expect(a.plan.sections).toHaveLength(5);
      for (const f of a.findings) {
        if (f.rule === 'untidy-text') expect(inherited.has(f.cell)).toBe(true);
        else if (f.rule === 'conditional-unreported')
          expect(a.plan.measures.find((m) => m.row === f.row)!.deadline.kind).toBe('conditional');
        else expect(['due-soon', 'missing-execution']).toContain(f.rule);
        if (f.rule === 'missing-execution') expect(String(f.params.deadline) < asOf).toBe(true);
      }
    }
    const march = analyse(back, { asOf: '2024-03-01' });
    if (!march.ok) throw new Error('no plan');
    expect(march.findings.filter((f) => f.rule === 'missing-execution').map((f) => f.measureNumber)).toEqual([
      '2',
      '3',
      '4',
    ]);
  });

  it('writes the plan sheet in the official format, carried-over rows marked', () => {
    const sheet = buildNextYearPlanSheet(plan, draft);
    expect(sheet.name).toBe('Лист1');
    expect(sheet.role).toBe('next-year-plan');
    expect(sheet.print).toMatchObject({ orientation: 'landscape', repeatRows: { from: 5, to: 5 } });
    const row18 = byNumber('18').row - 1;
    expect(sheet.bands.some((b) => b.style === 'carried' && b.range.top === row18)).toBe(true);
    for (const b of sheet.bands) expect(sheet.styles[b.style]).toBeDefined();
    // Section rows merged across are measured at their whole width, not the first column's.
    const section = plan.sections[0].row - 1;
    expect(sheet.rowHeights![section]).toBeLessThan(60);
  });

  it('gives the officer’s list every group', () => {
    const notes = buildNextYearNotesSheet(draft);
    expect(notes.name).toBe(nextYearNotesSheetName(draft));
    expect(notes.name).toBe('Перелік до плану 2024');
    const groups = notes.values.map((r) => r[0]);
    expect(groups).toContain('Захід про складання цього плану');
    expect(groups).toContain('Не виконано за планом на 2023 рік — перенесено (виділено жовтим)');
    expect(groups).toContain('Разові заходи, уже виконані за планом на 2023 рік, — кандидати на вилучення');
    expect(groups.filter((g) => g === 'Перенесені терміни')).toHaveLength(6);
    const carried = notes.values.filter((r) => String(r[0]).startsWith('Не виконано')).map((r) => r[1]);
    expect(carried).toEqual([17, 18, 19]);
    expect(buildNextYearNotesSheet(draft, 'en').values[0][0]).toBe(
      'LIST FOR THE OFFICER: the plan for 2024 drafted from the plan for 2023',
    );
  });
});

describe('next year from harder plans', () => {
  const STAMP = 'ЗАТВЕРДЖЕНО розпорядженням міського голови від 26.12.2023 № Р-197';
  function grid(
    rows: Parameters<typeof planGrid>[0],
    title = ['План заходів щодо запобігання корупції на 2024 рік'],
  ) {
    return planGrid(rows, { title: [STAMP, ...title] });
  }

  it('leaves what it cannot move, quoted with the reason', () => {
    const g = grid([
      measureRow(1, 'Звіт', 'до 29.02.2024', 'Відділ', 'Подано'),
      measureRow(2, 'Звіт', 'Січень 2025 року', 'Відділ', ''),
      measureRow(3, 'Звіт', 'колись у 2024 році, як вийде', 'Відділ', ''),
      measureRow(4, 'Звіт', 'до 01.03.2024', 'Відділ', ''),
    ]);
    const plan = planOf(g);
    const d = draftNextYear(plan, g);
    expect(d.unmoved.map((u) => [u.field, u.number, u.text, u.reason, u.date])).toEqual([
      ['title', '', STAMP, 'stamp', undefined],
      ['deadline', '1', 'до 29.02.2024', 'no-such-day', '29.02.2025'],
      ['deadline', '2', 'Січень 2025 року', 'other-year', undefined],
      ['deadline', '3', 'колись у 2024 році, як вийде', 'unrecognised', undefined],
    ]);
    expect(d.moved.map((m) => m.after)).toEqual([
      'План заходів щодо запобігання корупції на 2025 рік',
      'до 01.03.2025',
    ]);
    expect(d.grid.rows[0][0]).toBe(STAMP);
  });

  it('moves a two-year programme by two years, its header’s year columns too', () => {
    const header = [
      '№ з/п',
      'Заплановані заходи',
      'Термін виконання',
      'Відповідальні особи',
      'Проведений захід',
      '2024',
      '2025 рік',
    ];
    const g = planGrid(
      [
        [1, 'Захід', 'Грудень 2025 року', 'Відділ', 'Виконано', 'так', 'ні'],
        [2, 'Захід', '2024-2025 роки', 'Відділ', '', '', ''],
      ],
      { title: ['Антикорупційна програма на 2024-2025 роки'], header },
    );
    const plan = planOf(g);
    expect(plan.period).toMatchObject({ from: '2024-01-01', to: '2025-12-31' });
    const d = draftNextYear(plan, g);
    expect(d.by).toBe(2);
    expect(d.to).toEqual({ from: '2026-01-01', to: '2027-12-31' });
    expect(d.moved.map((m) => [m.field, m.after])).toEqual([
      ['title', 'Антикорупційна програма на 2026-2027 роки'],
      ['header', '2026'],
      ['header', '2027 рік'],
      ['deadline', 'Грудень 2027 року'],
      ['deadline', '2026-2027 роки'],
    ]);
  });

  it('keeps a date cell a date, moves a deadline merged down over two measures once, and empties status and actual date', () => {
    const header = [
      '№ з/п',
      'Заплановані заходи',
      'Термін виконання',
      'Відповідальні особи',
      'Стан виконання (виконано / не виконано / виконано частково)',
      'Фактичний термін виконання',
      'Опис результатів виконання',
    ];
    const g = planGrid(
      [
        [1, 'Перший', { date: '2024-03-15' }, 'Відділ', 'Виконано', { date: '2024-03-10' }, 'Зроблено'],
        [2, 'Другий', 'ІІ квартал 2024 року', 'Відділ', 'Не виконано', null, ''],
        [3, 'Третій', null, 'Відділ', 'Виконано частково', '01.06.2024', 'Частково'],
      ],
      { header, title: ['План заходів на 2024 рік'] },
    );
    g.merges!.push({ top: 3, left: 2, bottom: 4, right: 2 });
    const plan = planOf(g);
    expect(plan.measures[2].deadline.text).toBe('ІІ квартал 2024 року');
    const d = draftNextYear(plan, g);
    expect(d.grid.rows[2][2]).toEqual({ date: '2025-03-15' });
    expect(d.grid.rows[3][2]).toBe('ІІ квартал 2025 року');
    expect(d.moved.filter((m) => m.field === 'deadline')).toHaveLength(2);
    const shown = (v: unknown) => (v === '' || v === undefined ? null : v);
    for (const r of [2, 3, 4])
      expect([4, 5, 6].map((c) => shown(d.grid.rows[r][c]))).toEqual([null, null, null]);
    expect(d.carriedOver.map((m) => m.number)).toEqual(['2', '3']);
    const sheet = buildNextYearPlanSheet(plan, d);
    expect(sheet.values[2][2]).toBe(excelSerial('2025-03-15'));
    expect(sheet.bands.some((b) => b.style === 'date' && b.range.top === 2 && b.range.left === 2)).toBe(true);
    expect(sheet.styles.date.numberFormat).toBe('dd.mm.yyyy');
  });

  it('reads a grid that does not start at A1', () => {
    const g = planGrid([measureRow(1, 'Захід', 'Січень 2024 року', 'Відділ', 'Зроблено')], {
      title: ['План заходів щодо запобігання корупції на 2024 рік'],
    });
    const shifted: Grid = { ...g, origin: { row: 2, col: 1 }, merges: [] };
    const plan = planOf(shifted);
    const d = draftNextYear(plan, shifted);
    expect(d.moved.map((m) => [m.cell, m.after])).toEqual([
      ['B3', 'План заходів щодо запобігання корупції на 2025 рік'],
      ['D5', 'Січень 2025 року'],
    ]);
    // The grid's rows are counted from its origin (sheet row 5, column D is rows[2][2]).
    expect(d.grid.rows[2][2]).toBe('Січень 2025 року');
    expect(d.grid.rows[2][4]).toBeNull();
    const sheet = buildNextYearPlanSheet(plan, d);
    expect(sheet.values[4][3]).toBe('Січень 2025 року');
  });

  it('finds the measure that drafts the next plan, not other plans', () => {
    const g = grid([
      measureRow(1, 'Підготовка плану навчань на 2025 рік', 'Грудень 2024 року', 'Відділ', ''),
      measureRow(2, 'Розробити антикорупційну програму на наступний рік', 'Грудень 2024 року', 'Відділ', ''),
    ]);
    const d = draftNextYear(planOf(g), g);
    expect(d.draftsThisPlan.map((m) => m.number)).toEqual(['2']);
  });
});
