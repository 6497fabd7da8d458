// Sheets as people really leave them: formula errors, numbers where text belongs, merges over several
// measures, hidden rows, huge cells, control characters, a second table pasted below the first. Each gives a
// sensible Plan (and findings on cells of the sheet) or a PlanReadError that says why — never a throw.
import { cellAddress, type CellValue, type Grid } from '../../../src/core/grid';
import { readPlan } from '../../../src/core/plan/read-plan';
import { validate } from '../../../src/core/rules/validate';
import { summarise } from '../../../src/core/summary/summarise';
import type { Finding, Measure, Plan, PlanReadError, Summary } from '../../../src/core/types';
import { HEADER, planGrid } from '../../helpers/grids';

const AS_OF = '2024-01-15';

interface Checked {
  plan: Plan;
  findings: Finding[];
  summary: Summary;
}

/** The sheet's extent from the grid itself (not from the plan): 0-based rows and columns it covers. */
function extent(grid: Grid): { rows: number; cols: number } {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
  return { rows: origin.row + grid.rows.length, cols: origin.col + width };
}

/** readPlan + validate + summarise, as every host does; fails the test on a read error. */
function check(grid: Grid): Checked {
  const read = readPlan(grid, { today: AS_OF });
  if (!read.ok) throw new Error(`expected a plan, got ${JSON.stringify(read.error)}`);
  const findings = validate(read.plan, { asOf: AS_OF });
  const summary = summarise(read.plan, findings, AS_OF);
  const { rows, cols } = extent(grid);
  for (const f of findings) {
    // Every finding points at a cell inside the sheet, and its address is that cell's.
    expect(f.row).toBeGreaterThanOrEqual(1);
    expect(f.row).toBeLessThanOrEqual(rows);
    expect(f.column).toBeGreaterThanOrEqual(0);
    expect(f.column).toBeLessThan(cols);
    expect(f.cell).toBe(cellAddress(f.row - 1, f.column));
    expect(f.sheet).toBe(grid.sheetName);
  }
  expect(summary.total).toBe(read.plan.measures.length);
  return { plan: read.plan, findings, summary };
}

function readError(grid: Grid): PlanReadError {
  const read = readPlan(grid, { today: AS_OF });
  if (read.ok) throw new Error(`expected a read error, got ${read.plan.measures.length} measures`);
  return read.error;
}

const at = (findings: Finding[]) => findings.map((f) => `${f.rule}@${f.cell}`);
const byNumber = (plan: Plan, n: string): Measure => {
  const m = plan.measures.find((x) => x.number === n);
  if (!m) throw new Error(`no measure ${n}`);
  return m;
};

describe('formula errors', () => {
  const grid = planGrid([
    [1, { error: '#REF!' }, 'Грудень 2023 року', 'Начальник відділу', 'Виконано 01.12.2023'],
    [2, 'Навчання', { error: '#N/A' }, 'Начальник відділу', 'Проведено навчання'],
    [3, 'Перевірка', 'Грудень 2023 року', { error: '#REF!' }, 'Перевірку проведено 05.12.2023'],
    [4, 'Моніторинг', 'Грудень 2023 року', 'Начальник відділу', { error: '#N/A' }],
  ]);

  it('keeps what the cell shows, but an error is no measure, person or report', () => {
    const { plan, findings } = check(grid);
    expect(plan.measures.map((m) => m.number)).toEqual(['1', '2', '3', '4']);
    expect(byNumber(plan, '1').measure).toBe('#REF!');
    expect(byNumber(plan, '2').deadline).toMatchObject({ kind: 'unrecognised', text: '#N/A' });
    expect(byNumber(plan, '3')).toMatchObject({ responsibleText: '#REF!', responsible: [] });
    expect(byNumber(plan, '4')).toMatchObject({ execution: '#N/A', status: { status: 'none' } });
    expect(at(findings)).toEqual(
      expect.arrayContaining([
        'missing-measure@B3',
        'unrecognised-deadline@C4',
        'missing-responsible@D5',
        'missing-execution@E6',
      ]),
    );
  });

  it('a status column showing an error falls back to the execution text', () => {
    const header = [...HEADER, 'Стан виконання (виконано / не виконано)'];
    const { plan } = check(
      planGrid([[1, 'Захід', 'Грудень 2023 року', 'Начальник', 'Проведено 01.12.2023', { error: '#N/A' }]], {
        header,
      }),
    );
    expect(plan.columns.status).toBe(5);
    expect(plan.measures[0]).toMatchObject({ statusText: '#N/A', status: { status: 'done' } });
  });

  it('an error merged down over two measures belongs to both and reports neither', () => {
    const g = planGrid([
      [1, 'Захід 1', { error: '#REF!' }, 'Начальник', { error: '#N/A' }],
      [2, 'Захід 2', null, 'Начальник', null],
    ]);
    g.merges = [
      ...(g.merges ?? []),
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 4, bottom: 3, right: 4 },
    ];
    const { plan } = check(g);
    expect(plan.measures.map((m) => [m.deadline.text, m.execution, m.status.status])).toEqual([
      ['#REF!', '#N/A', 'none'],
      ['#REF!', '#N/A', 'none'],
    ]);
  });
});

describe('numbers and dates where text is expected', () => {
  it('reads them as the text the cell shows', () => {
    const { plan, findings } = check(
      planGrid([
        [1, 12345, 45000, 42, true],
        [2, { date: '2023-05-01' }, { date: '2023-06-30' }, { date: '2023-01-01' }, { date: '2023-03-01' }],
      ]),
    );
    expect(plan.measures.map((m) => [m.measure, m.deadline.text, m.responsible, m.execution])).toEqual([
      ['12345', '15.03.2023', ['42'], 'TRUE'],
      ['01.05.2023', '30.06.2023', ['01.01.2023'], '01.03.2023'],
    ]);
    expect(plan.measures[1].deadline).toMatchObject({ kind: 'period', from: '2023-06-30', to: '2023-06-30' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('takes Excel serial dates in the deadline column as dates, a time of day included', () => {
    const g = planGrid([
      [1, 'Захід 1', 45291, 'Начальник', 'Виконано 01.12.2023'],
      [2, 'Захід 2', 45000.5, 'Начальник', ''],
      [3, 'Захід 3', 45107, 'Начальник', ''],
      [4, 'Захід 4', null, 'Начальник', ''],
    ]);
    g.merges = [...(g.merges ?? []), { top: 4, left: 2, bottom: 5, right: 2 }];
    const { plan, findings } = check(g);
    expect(plan.measures.map((m) => [m.deadline.kind, m.deadline.text, m.deadline.to])).toEqual([
      ['period', '31.12.2023', '2023-12-31'],
      ['period', '15.03.2023', '2023-03-15'],
      ['period', '30.06.2023', '2023-06-30'],
      ['period', '30.06.2023', '2023-06-30'],
    ]);
    expect(plan.period).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
    expect(at(findings).filter((f) => f.startsWith('missing-execution'))).toEqual([
      'missing-execution@E4',
      'missing-execution@E5',
      'missing-execution@E6',
    ]);
  });
});

describe('merged cells across measure rows', () => {
  it('gives a deadline and an execution merged down to every measure they cover', () => {
    const g = planGrid([
      [1, 'Захід 1', 'Грудень 2023 року', 'Начальник', 'Виконано спільно 10.12.2023'],
      [2, 'Захід 2', null, 'Секретар', null],
      [3, 'Захід 3', null, 'Секретар', null],
      [4, 'Захід 4', 'Постійно', 'Секретар', ''],
    ]);
    g.merges = [
      ...(g.merges ?? []),
      { top: 2, left: 2, bottom: 4, right: 2 },
      { top: 2, left: 4, bottom: 4, right: 4 },
    ];
    const { plan, findings, summary } = check(g);
    expect(plan.measures.map((m) => [m.number, m.deadline.text, m.execution, m.status.status])).toEqual([
      ['1', 'Грудень 2023 року', 'Виконано спільно 10.12.2023', 'done'],
      ['2', 'Грудень 2023 року', 'Виконано спільно 10.12.2023', 'done'],
      ['3', 'Грудень 2023 року', 'Виконано спільно 10.12.2023', 'done'],
      ['4', 'Постійно', '', 'none'],
    ]);
    expect(summary.byStatus.done).toBe(3);
    expect(at(findings).filter((f) => /^missing/.test(f))).toEqual(['missing-execution@E6']);
  });

  it('reads a row merged across the whole table as a heading and keeps the measures around it', () => {
    const g = planGrid([
      [1, 'Захід 1', 'Постійно', 'Начальник', 'Виконано'],
      ['Заходи, додані рішенням від 01.06.2023'],
      [2, 'Захід 2', 'Постійно', 'Секретар', 'Виконано'],
      [3, 'Захід 3', 'Постійно', 'Секретар', 'Виконано'],
    ]);
    const { plan, findings } = check(g);
    expect(g.merges).toContainEqual({ top: 3, left: 0, bottom: 3, right: 4 });
    expect(plan.sections.map((s) => [s.row, s.title])).toEqual([
      [4, 'Заходи, додані рішенням від 01.06.2023'],
    ]);
    expect(plan.measures.map((m) => [m.row, m.number, m.section])).toEqual([
      [3, '1', null],
      [5, '2', 0],
      [6, '3', 0],
    ]);
    expect(findings).toEqual([]);
  });

  it('ignores merges that reach past the sheet or start before it', () => {
    const g = planGrid([[1, 'Захід 1', 'Постійно', 'Начальник', 'Виконано']]);
    g.merges = [
      ...(g.merges ?? []),
      { top: 2, left: 3, bottom: 5000, right: 16383 },
      { top: -1, left: -1, bottom: 0, right: 0 },
      { top: -3, left: 2, bottom: 2, right: 2 },
      { top: Number.NaN, left: 0, bottom: 2, right: 4 },
    ];
    const { plan } = check(g);
    expect(plan.measures.map((m) => [m.number, m.responsible])).toEqual([['1', ['Начальник']]]);
  });
});

describe('hidden rows', () => {
  it('are read like any other row, never skipped', () => {
    const g = planGrid([
      [1, 'Захід 1', 'Постійно', 'Начальник', 'Виконано'],
      [2, 'Захід 2 (рядок приховано)', 'Грудень 2023 року', 'Секретар', ''],
      [3, 'Захід 3', 'Постійно', 'Секретар', 'Виконано'],
    ]);
    g.hiddenRows = [1, 3];
    const { plan, findings } = check(g);
    expect(plan.headerRows).toEqual([2]);
    expect(plan.measures.map((m) => m.row)).toEqual([3, 4, 5]);
    expect(at(findings)).toContain('missing-execution@E4');
  });
});

describe('unusual text', () => {
  it('keeps a 32,767-character cell whole', () => {
    const long = `Захід ${'з'.repeat(32767 - 6)}`;
    const report = 'в'.repeat(32767);
    const { plan } = check(planGrid([[1, long, 'Постійно', 'Начальник', report]]));
    expect(plan.measures[0].measure).toBe(long);
    expect(plan.measures[0].measure).toHaveLength(32767);
    expect(plan.measures[0].execution).toHaveLength(32767);
  });

  it('keeps emoji and control characters as written', () => {
    const measure = 'Захід 🚀 з\u0007дзвоником\u0000';
    const { plan, findings } = check(
      planGrid([[1, measure, 'Постійно\u0001', 'Начальник 👍\u001f', 'Виконано ✅\u000b']]),
    );
    const m = plan.measures[0];
    expect(m.measure).toBe(measure);
    expect(m.deadline).toMatchObject({ kind: 'continuous', text: 'Постійно\u0001' });
    expect(m.responsibleText).toBe('Начальник 👍\u001f');
    expect(m.responsible).toHaveLength(1);
    expect(m.execution).toBe('Виконано ✅\u000b');
    expect(m.status.status).toBe('done');
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('finds headings with non-breaking spaces and direction marks in them', () => {
    const header = [
      '№\u00a0з/п',
      'Заплановані\u00a0заходи',
      'Термін\u00a0виконання',
      'Відповідальні\u200f особи',
      '\u200fПроведений захід',
    ];
    const { plan } = check(
      planGrid([[1, 'Захід', 'Грудень\u00a02023\u00a0року', 'Начальник', 'Виконано 01.12.2023']], { header }),
    );
    expect(plan.columns).toEqual({ number: 0, measure: 1, deadline: 2, responsible: 3, execution: 4 });
    expect(plan.measures[0].deadline).toMatchObject({
      kind: 'period',
      text: 'Грудень\u00a02023\u00a0року',
      to: '2023-12-31',
    });
  });

  it('reads a deadline behind a right-to-left mark', () => {
    const { plan } = check(planGrid([[1, 'Захід', '\u200fПостійно', 'Начальник', 'Виконано']]));
    expect(plan.measures[0].deadline).toMatchObject({ kind: 'continuous', text: '\u200fПостійно' });
  });
});

describe('a second table pasted below the first', () => {
  it('reads its measures; its header and column-number row are no measures', () => {
    const { plan, findings } = check(
      planGrid([
        [1, 'Захід 1', 'Постійно', 'Начальник', 'Виконано'],
        [],
        ['ПЛАН заходів (продовження)'],
        HEADER,
        ['1', '2', '3', '4', '5'],
        [2, 'Захід 2', 'Постійно', 'Секретар', 'Виконано'],
        [3, 'Захід 3', 'Постійно', 'Секретар', 'Виконано'],
      ]),
    );
    expect(plan.headerRows).toEqual([2]);
    expect(plan.numberRow).toBeNull();
    expect(plan.measures.map((m) => [m.row, m.number, m.measure])).toEqual([
      [3, '1', 'Захід 1'],
      [8, '2', 'Захід 2'],
      [9, '3', 'Захід 3'],
    ]);
    expect(findings).toEqual([]);
  });
});

describe('sheets without a plan', () => {
  it('a sheet that is only a title: no header', () => {
    const error = readError({
      sheetName: 'Титул',
      rows: [['ПЛАН заходів щодо запобігання корупції на 2023 рік']],
      merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    });
    expect(error).toMatchObject({ code: 'no-header', sheetName: 'Титул' });
    expect(error.details).toMatch(/Заплановані заходи/);
  });

  it('a header with no rows under it: no measures, naming the header row', () => {
    const error = readError(planGrid([]));
    expect(error).toMatchObject({ code: 'no-measures', sheetName: 'Лист1' });
    expect(error.details).toMatch(/row 2/);
  });

  it('a header followed only by blank and column-number rows: no measures', () => {
    expect(readError(planGrid([['1', '2', '3', '4', '5'], [], ['', '  ', '\u00a0']])).code).toBe(
      'no-measures',
    );
  });

  it('an empty sheet, and one of blanks only', () => {
    expect(readError({ sheetName: 'П', rows: [] }).code).toBe('empty-sheet');
    expect(
      readError({
        sheetName: 'П',
        rows: [
          [' ', '\u00a0'],
          [null, '\u200b'],
        ],
      }).code,
    ).toBe('empty-sheet');
  });
});

describe('a stray value far from the table', () => {
  it('at XFD1048576 neither hangs nor exhausts memory, and the plan reads the same', () => {
    const base = planGrid([
      [1, 'Захід 1', 'Постійно', 'Начальник', 'Виконано'],
      [2, 'Захід 2', 'Грудень 2023 року', 'Секретар', ''],
    ]);
    // What a reader gives for it: empty rows down to the last one, which holds one cell in the last column.
    const last: CellValue[] = new Array<CellValue>(16384).fill(null);
    last[16383] = 'x';
    const rows: CellValue[][] = [...base.rows];
    while (rows.length < 1048575) rows.push([]);
    rows.push(last);
    const started = Date.now();
    const { plan, findings } = check({ ...base, rows });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(plan.lastRow).toBe(1048576);
    expect(plan.lastColumn).toBe(16383);
    // The far cell is one more row: a measure without a number, measure text or anything else.
    expect(plan.measures.slice(0, 2).map((m) => m.number)).toEqual(['1', '2']);
    expect(at(findings)).toContain('missing-execution@E4');
  }, 30_000);
});

describe('a wide sheet', () => {
  it('finds a table starting at column F of a sheet 100 columns wide', () => {
    const pad = (cells: CellValue[]): CellValue[] => {
      const row: CellValue[] = [null, null, null, null, null, ...cells];
      while (row.length < 100) row.push(null);
      return row;
    };
    const rows: CellValue[][] = [
      pad(['ПЛАН заходів щодо запобігання корупції на 2023 рік']),
      pad(HEADER),
      pad([1, 'Захід 1', 'Постійно', 'Начальник', 'Виконано']),
      pad([2, 'Захід 2', 'Грудень 2023 року', '', '']),
    ];
    rows[2][99] = 'примітка на краю аркуша';
    const { plan, findings } = check({ sheetName: 'Широкий', rows });
    expect(plan.columns).toEqual({ number: 5, measure: 6, deadline: 7, responsible: 8, execution: 9 });
    expect(plan.lastColumn).toBe(99);
    expect(plan.measures.map((m) => m.measure)).toEqual(['Захід 1', 'Захід 2']);
    expect(at(findings)).toEqual(expect.arrayContaining(['missing-responsible@I4', 'missing-execution@J4']));
  });

  it('does the same for a grid whose used range starts at F3 (origin)', () => {
    const { plan, findings } = check({
      sheetName: 'Зсув',
      origin: { row: 2, col: 5 },
      rows: [
        ['ПЛАН заходів щодо запобігання корупції на 2023 рік'],
        HEADER,
        [1, 'Захід 1', 'Грудень 2023 року', 'Начальник', ''],
      ],
    });
    expect(plan.headerRows).toEqual([4]);
    expect(plan.measures[0].row).toBe(5);
    expect(at(findings)).toContain('missing-execution@J5');
  });
});
