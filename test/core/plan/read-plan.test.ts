import { readPlan } from '../../../src/core/plan/read-plan';
import { Grid } from '../../../src/core/grid';
import { planGrid, measureRow } from '../../helpers/grids';

const ok = (grid: Grid, opts = {}) => {
  const res = readPlan(grid, opts);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.plan;
};

describe('readPlan on hand-made sheets', () => {
  it('reads a header spanning two rows with a group cell, a column-number row and a status column', () => {
    const grid: Grid = {
      sheetName: 'Ризики',
      rows: [
        ['Антикорупційна програма на 2024 – 2026 рр.'],
        [],
        [
          '№ п/п',
          'Корупційний ризик',
          'Заходи щодо усунення ризику',
          'Строк виконання',
          'Відповідальні виконавці',
          'Моніторинг виконання',
          null,
          null,
        ],
        [
          null,
          null,
          null,
          null,
          null,
          'Фактичний термін (строк) виконання',
          'Стан виконання (виконано / не виконано / виконано частково)',
          'Опис результатів виконання або інформація про причини невиконання',
        ],
        ['1', '2', '3', '4', '5', '6', '7', '8'],
        ['Функція: управління персоналом'],
        [
          '1.',
          'Ризик конфлікту інтересів',
          'Навчання працівників',
          'І півріччя 2024 року',
          'Сектор кадрів',
          '12.03.2024',
          'Виконано',
          'Проведено навчання 12.03.2024',
        ],
        ['2.', 'Ризик', 'Перевірка декларацій', 'щокварталу', 'Уповноважена особа', null, 'Не виконано', ''],
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 7 },
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 2, left: 5, bottom: 2, right: 7 },
        { top: 5, left: 0, bottom: 5, right: 7 },
      ],
    };
    const plan = ok(grid);
    expect(plan.headerRows).toEqual([3, 4]);
    expect(plan.numberRow).toBe(5);
    expect(plan.columns).toMatchObject({
      number: 0,
      risk: 1,
      measure: 2,
      deadline: 3,
      responsible: 4,
      actualDate: 5,
      status: 6,
      execution: 7,
    });
    expect(plan.period).toMatchObject({ from: '2024-01-01', to: '2026-12-31', source: 'title' });
    expect(plan.sections).toEqual([
      {
        row: 6,
        numeral: null,
        title: 'Функція: управління персоналом',
        text: 'Функція: управління персоналом',
      },
    ]);
    expect(plan.measures.map((m) => [m.number, m.status.status, m.status.source])).toEqual([
      ['1.', 'done', 'column'],
      ['2.', 'not-done', 'column'],
    ]);
    expect(plan.measures[0].actualDate).toBe('12.03.2024');
    expect(plan.measures[0].deadline).toMatchObject({ kind: 'period', from: '2024-01-01', to: '2024-06-30' });
  });

  it('gives a clear error for a sheet with no plan in it', () => {
    const res = readPlan({ sheetName: 'Посади', rows: [['Начальник відділу'], ['Головний спеціаліст']] });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('no-header');
      expect(res.error.sheetName).toBe('Посади');
      expect(res.error.details).toMatch(/Заплановані заходи/);
    }
    expect(readPlan({ sheetName: 'Порожній', rows: [] })).toMatchObject({
      ok: false,
      error: { code: 'empty-sheet' },
    });
    expect(readPlan(planGrid([]))).toMatchObject({ ok: false, error: { code: 'no-measures' } });
  });

  it('keeps numbers as written, skips blank rows, and normalises mixed-alphabet numerals', () => {
    const plan = ok(
      planGrid([
        ['ІV. Контроль'],
        [],
        measureRow('1)', 'Захід', 'Постійно', 'Начальник', 'Зроблено'),
        measureRow('1.1', 'Підзахід', 'Січень', 'Начальник', ''),
        ['ІХ. Інше'],
        measureRow(3, 'Захід', 'до 01.03.2023', 'Начальник', ''),
      ]),
    );
    expect(plan.sections.map((s) => s.numeral)).toEqual(['IV', 'IX']);
    expect(plan.measures.map((m) => m.number)).toEqual(['1)', '1.1', '3']);
    expect(plan.measures[1].deadline).toMatchObject({ from: '2023-01-01', to: '2023-01-31' });
  });

  it('reads a used range that does not start at A1, and a repeated header as no measure', () => {
    const base = planGrid([
      measureRow(1, 'А', 'Постійно', 'Б', 'В'),
      ['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід'],
      measureRow(2, 'Г', 'Постійно', 'Д', 'Е'),
    ]);
    const plan = ok({ ...base, origin: { row: 2, col: 1 } });
    expect(plan.columns.number).toBe(1);
    expect(plan.measures.map((m) => [m.number, m.row])).toEqual([
      ['1', 5],
      ['2', 7],
    ]);
  });

  it('takes the period from deadlines when the title has none, or from the caller', () => {
    const rows = [
      measureRow(1, 'А', 'Січень 2025 року', 'Б', ''),
      measureRow(2, 'А', 'ІІ квартал 2025 року', 'Б', ''),
    ];
    expect(ok(planGrid(rows, { title: [] })).period).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      source: 'deadlines',
    });
    expect(ok(planGrid(rows), { period: { from: '2025-01-01', to: '2026-12-31' } }).period.source).toBe(
      'caller',
    );
  });

  it('reads Excel serial dates and date cells in the deadline column as dates', () => {
    const plan = ok(
      planGrid([measureRow(1, 'А', 45000, 'Б', ''), measureRow(2, 'А', { date: '2023-05-31' }, 'Б', '')]),
    );
    expect(plan.measures[0].deadline).toMatchObject({ text: '15.03.2023', kind: 'period', to: '2023-03-15' });
    expect(plan.measures[1].deadline).toMatchObject({ text: '31.05.2023', to: '2023-05-31' });
  });

  it('gives each measure the responsible cell merged down over several rows', () => {
    const grid = planGrid([
      measureRow(1, 'А', 'Постійно', 'Відділ кадрів', 'x'),
      measureRow(2, 'Б', 'Постійно', '', 'y'),
    ]);
    grid.merges = [...(grid.merges ?? []), { top: 2, left: 3, bottom: 3, right: 3 }];
    const plan = ok(grid);
    expect(plan.measures.map((m) => m.responsible)).toEqual([['Відділ кадрів'], ['Відділ кадрів']]);
  });

  it('lets the caller override the column mapping', () => {
    const plan = ok(planGrid([measureRow(1, 'А', 'Постійно', 'Б', 'В')]), {
      columns: { execution: 3, responsible: 4 },
    });
    expect(plan.measures[0].responsible).toEqual(['В']);
    expect(plan.measures[0].execution).toBe('Б');
  });
});
