// Real sheets are messier than any fixture: headings with line breaks, `№` merged over two rows, numbers
// only on a measure's first row, empty rows, partly merged sections, hidden rows, a `-` in the number
// column, a header repeated for every printed page, bullets without numbers, signatures under it all.
import type { CellValue, Grid, MergeArea } from '../../../src/core/grid';
import { at, findingsOf, planOf, reading } from './helpers';

const AS_OF = '2025-01-15';
const TITLE = 'План заходів щодо запобігання корупції на 2024 рік';
const HEADER = ['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід'];

function grid(rows: CellValue[][], merges: MergeArea[] = [], extra: Partial<Grid> = {}): Grid {
  return { sheetName: 'Лист1', rows, merges, ...extra };
}

describe('headers', () => {
  it('reads headings with line breaks and double spaces, `№` merged over two rows, words split over rows', () => {
    const g = grid(
      [
        [TITLE],
        ['№\nп/п', 'Найменування', 'Строк\n виконання', 'Відповідальні  ', 'Інформація  про\nвиконання'],
        [null, 'заходу', null, 'виконавці', null],
        ['1.1', 'Захід', 'Грудень 2024 року', 'Секретар', 'Виконано'],
      ],
      [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 4, bottom: 2, right: 4 },
      ],
    );
    const plan = planOf(g);
    expect(plan.headerRows).toEqual([2, 3]);
    expect(plan.columns).toEqual({ number: 0, measure: 1, deadline: 2, responsible: 3, execution: 4 });
    expect(planOf({ ...g, merges: [] }).columns).toEqual(plan.columns);
  });

  it('passes over a header repeated for each printed page, with its second row and column numbers', () => {
    const rows: CellValue[][] = [
      [TITLE],
      ['№', 'Заплановані заходи', 'Термін', 'Відповідальні особи', 'Проведений захід'],
      ['з/п', null, 'виконання', null, null],
      ['1', '2', '3', '4', '5'],
      [1, 'Перший захід', 'Постійно', 'Секретар', 'Виконано'],
      [null, 'продовження першого', null, null, null],
      ['№', 'Заплановані заходи', 'Термін', 'Відповідальні особи', 'Проведений захід'],
      ['з/п', null, 'виконання', null, null],
      ['1', '2', '3', '4', '5'],
      [2, 'Другий захід', 'Постійно', 'Секретар', 'Виконано'],
    ];
    const plan = planOf(grid(rows));
    expect(plan.headerRows).toEqual([2, 3]);
    expect(plan.numberRow).toBe(4);
    expect(plan.measures.map((m) => [m.number, m.rows, m.measure])).toEqual([
      ['1', [5, 6], 'Перший захід\nпродовження першого'],
      ['2', [10, 10], 'Другий захід'],
    ]);
    expect(at(findingsOf(plan, AS_OF))).toEqual([]);
  });
});

describe('measures over several rows', () => {
  const rows: CellValue[][] = [
    [TITLE],
    HEADER,
    ['І. Організаційні заходи', null, null, null, null],
    ['1.1', 'Навчання:', 'І квартал 2024 року', 'Секретар ради', 'Проведено:'],
    ['-', '- для нових працівників;', null, null, '- 12.02.2024 для 4 осіб;'],
    [null, '- для членів комісії.', null, 'Голова комісії', '- 20.03.2024 для 5 осіб.'],
    [],
    ['1.2', 'Перевірка декларацій', 'Березень 2024 року', 'Секретар ради', 'Перевірено 30 декларацій'],
    [],
    [],
    ['ІІ.', 'Контроль', null, null, null],
    ['2)', 'Розгляд повідомлень', 'У разі надходження', 'Секретар ради', 'Не надходили'],
    ['а)', 'Повідомлення від викривачів', 'У разі надходження', 'Секретар ради', ''],
  ];
  const merges: MergeArea[] = [{ top: 2, left: 0, bottom: 2, right: 1 }];
  const plan = planOf(grid(rows, merges, { hiddenRows: [5] }));

  it('numbers as written, each only on its first row; a `-` in the number column continues the measure', () => {
    expect(plan.measures.map((m) => [m.number, m.rows])).toEqual([
      ['1.1', [4, 6]],
      ['1.2', [8, 8]],
      ['2)', [12, 12]],
      ['а)', [13, 13]],
    ]);
    expect(plan.measures[0].measure).toBe('Навчання:\n- для нових працівників;\n- для членів комісії.');
    expect(plan.measures[0].execution).toBe('Проведено:\n- 12.02.2024 для 4 осіб;\n- 20.03.2024 для 5 осіб.');
    expect(plan.measures[0].responsible).toEqual(['Секретар ради', 'Голова комісії']);
  });

  it('reads a section merged over part of the row and one written `ІІ.` beside its title', () => {
    expect(plan.sections.map((s) => [s.row, s.numeral, s.title, s.text])).toEqual([
      [3, 'I', 'Організаційні заходи', 'І. Організаційні заходи'],
      [11, 'II', 'Контроль', 'ІІ. Контроль'],
    ]);
    expect(plan.measures.map((m) => m.section)).toEqual([0, 0, 1, 1]);
  });

  it('raises nothing for the continuation rows, and the same without merges', () => {
    expect(at(findingsOf(plan, AS_OF))).toEqual(['conditional-unreported@E13']);
    expect(reading(planOf(grid(rows)), AS_OF)).toEqual(reading(plan, AS_OF));
  });

  it('a bullet row without a number continues the measure above: its text and persons join it', () => {
    const p = planOf(
      grid([
        [TITLE],
        HEADER,
        [1, 'Семінари для працівників', 'Травень 2024 року', 'Секретар ради', 'Проведено'],
        [null, '- окремий семінар для керівників', 'Червень 2024 року', 'Заступник голови', ''],
        [2, 'Звіт', 'Грудень 2024 року', 'Секретар ради', 'Оприлюднено'],
      ]),
    );
    expect(p.measures).toHaveLength(2);
    expect(p.measures[0]).toMatchObject({
      rows: [3, 4],
      measure: 'Семінари для працівників\n- окремий семінар для керівників',
      responsible: ['Секретар ради', 'Заступник голови'],
      deadline: { text: 'Травень 2024 року\nЧервень 2024 року', from: '2024-05-01', to: '2024-06-30' },
    });
  });
});

describe('sections over two rows, plans without numbers', () => {
  it('joins a section title pasted as two paragraphs', () => {
    const p = planOf(
      grid(
        [
          [TITLE],
          HEADER,
          ['ІІ. Антикорупційні заходи'],
          ['у сфері закупівель'],
          [1, 'А', 'Постійно', 'Б', 'В'],
        ],
        [
          { top: 2, left: 0, bottom: 2, right: 4 },
          { top: 3, left: 0, bottom: 3, right: 4 },
        ],
      ),
    );
    expect(p.sections).toEqual([
      {
        row: 3,
        numeral: 'II',
        title: 'Антикорупційні заходи у сфері закупівель',
        text: 'ІІ. Антикорупційні заходи\nу сфері закупівель',
      },
    ]);
  });

  it('reads each row of a plan without numbers as a measure; merges, when known, tie Word paragraphs', () => {
    const header = ['Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід'];
    const rows: CellValue[][] = [
      [TITLE],
      header,
      ['Перший захід', 'Постійно', 'Секретар', 'Виконано'],
      ['Другий захід', 'Постійно', 'Секретар', 'Виконано'],
      ['Третій захід,', 'Грудень 2024 року', 'Секретар', 'Виконано 20.12.2024'],
      ['другий абзац третього', null, null, null],
    ];
    expect(planOf(grid(rows)).measures.map((m) => m.measure)).toEqual([
      'Перший захід',
      'Другий захід',
      'Третій захід,',
      'другий абзац третього',
    ]);
    const merged = [1, 2, 3].map((c) => ({ top: 4, left: c, bottom: 5, right: c }));
    expect(planOf(grid(rows, merged)).measures.map((m) => [m.measure, m.rows])).toEqual([
      ['Перший захід', [3, 3]],
      ['Другий захід', [4, 4]],
      ['Третій захід,\nдругий абзац третього', [5, 6]],
    ]);
  });
});

describe('a lone `Стан виконання` column', () => {
  const sheet = (cells: string[]): Grid =>
    grid([
      [TITLE],
      ['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Стан виконання'],
      ...cells.map((c, i) => [i + 1, `Захід ${i + 1}`, 'Червень 2024 року', 'Секретар', c]),
    ]);

  it('holding free text is the execution report, the status inferred from it', () => {
    const p = planOf(sheet(['Проведено навчання 12.03.2024', 'Виконано', '']));
    expect(p.columns).toMatchObject({ execution: 4 });
    expect(p.columns.status).toBeUndefined();
    expect(p.measures.map((m) => [m.execution, m.status.source])).toEqual([
      ['Проведено навчання 12.03.2024', 'text'],
      ['Виконано', 'text'],
      ['', 'empty'],
    ]);
  });

  it('holding status words only is the status column', () => {
    const p = planOf(sheet(['Виконано.', 'НЕ ВИКОНАНО', 'частково виконано ', '']));
    expect(p.columns).toMatchObject({ status: 4 });
    expect(p.columns.execution).toBeUndefined();
    expect(p.measures.map((m) => [m.status.status, m.status.source])).toEqual([
      ['done', 'column'],
      ['not-done', 'column'],
      ['partly-done', 'column'],
      ['none', 'empty'],
    ]);
    expect(at(findingsOf(p, AS_OF))).toEqual(['missing-execution@E6']);
    expect(findingsOf(p, AS_OF)[0].column).toBe(4);
  });
});
