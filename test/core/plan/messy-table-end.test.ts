// Messy sheets, continued: where the table ends under a Word paste, numbered headings, page breaks.
import type { CellValue, Grid, MergeArea } from '../../../src/core/grid';
import { at, findingsOf, planOf } from './helpers';

const AS_OF = '2025-01-15';
const TITLE = 'План заходів щодо запобігання корупції на 2024 рік';
const HEADER = ['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід'];

function grid(rows: CellValue[][], merges: MergeArea[] = [], extra: Partial<Grid> = {}): Grid {
  return { sheetName: 'Лист1', rows, merges, ...extra };
}

describe('where the table ends', () => {
  it('a Word paste’s last measure keeps its paragraphs; the signature under it is no measure', () => {
    const rows: CellValue[][] = [
      [TITLE],
      HEADER,
      [1, 'Перший', 'Постійно', 'Секретар', 'Виконано'],
      [2, 'Останній захід', 'Грудень 2024 року', 'Секретар', 'Звіт підготовлено'],
      [null, null, null, 'Юрисконсульт', 'та оприлюднено 28.12.2024'],
      [],
      ['Секретар ради', null, null, null, 'Іван ПЕТРЕНКО'],
      ['Виконавець: Н. Шевчук, 2-11-45'],
      ['Усього: 2 заходи'],
    ];
    const p = planOf(grid(rows));
    expect(p.measures.map((m) => [m.number, m.rows, m.responsible])).toEqual([
      ['1', [3, 3], ['Секретар']],
      ['2', [4, 5], ['Секретар', 'Юрисконсульт']],
    ]);
    expect(p.measures[1].execution).toBe('Звіт підготовлено\nта оприлюднено 28.12.2024');
    expect(at(findingsOf(p, AS_OF))).toEqual([]);
  });

  it('a signer’s position on one row and the name on the next end the table, merges unknown', () => {
    const p = planOf(
      grid([
        [TITLE],
        HEADER,
        [1, 'Останній захід', 'Грудень 2024 року', 'Секретар', 'Звіт підготовлено'],
        [null, 'другий абзац заходу', null, null, 'і оприлюднено'],
        [null, 'Уповноважена особа з питань запобігання корупції', null, null, null],
        [null, null, null, null, 'О. СЄНКЕВИЧ'],
      ]),
    );
    expect(p.measures.map((m) => [m.rows, m.measure, m.execution])).toEqual([
      [[3, 4], 'Останній захід\nдругий абзац заходу', 'Звіт підготовлено\nі оприлюднено'],
    ]);
  });

  it('rows under a number merged down belong to no measure (merges known)', () => {
    const rows: CellValue[][] = [
      [TITLE],
      HEADER,
      [1, 'Захід', 'Грудень 2024 року', 'Секретар', 'Виконано'],
      [null, 'другий абзац', null, null, null],
      [null, 'Інформацію підготовлено відділом', null, null, null],
    ];
    const p = planOf(grid(rows, [{ top: 2, left: 0, bottom: 3, right: 0 }]));
    expect(p.measures.map((m) => [m.rows, m.measure])).toEqual([[[3, 4], 'Захід\nдругий абзац']]);
  });

  it('a total between sections is passed over, and a mid-table date paragraph is kept', () => {
    const p = planOf(
      grid([
        [TITLE],
        HEADER,
        ['I. Розділ'],
        [1, 'Захід', 'Грудень 2024 року', 'Секретар', 'Виконано'],
        [null, null, null, null, '20.12.2024'],
        ['Разом по розділу: 1'],
        ['II. Розділ'],
        [2, 'Захід', 'Постійно', 'Секретар', 'Виконано'],
      ]),
    );
    expect(p.measures.map((m) => [m.number, m.execution])).toEqual([
      ['1', 'Виконано\n20.12.2024'],
      ['2', 'Виконано'],
    ]);
    expect(p.sections).toHaveLength(2);
  });
});

describe('numbered headings and page breaks', () => {
  it('reads `1.` `Організаційні заходи` over `1.1`, `1.2` as a section, and a repeated number row as none', () => {
    const p = planOf(
      grid([
        [TITLE],
        HEADER,
        ['1', '2', '3', '4', '5'],
        ['1.', 'Організаційні заходи', null, null, null],
        ['1.1', 'Навчання', 'Травень 2024 року', 'Секретар ради', 'Проведено'],
        ['1', '2', '3', '4', '5'],
        ['1.2', 'Звіт', 'Грудень 2024 року', 'Секретар ради', 'Оприлюднено'],
        ['2.', 'Контроль', null, null, null],
        ['2.1', 'Перевірка', 'Червень 2024 року', 'Юрисконсульт', 'Перевірено'],
        ['3', 'Захід без підпунктів', 'Постійно', 'Секретар ради', ''],
      ]),
    );
    expect(p.numberRow).toBe(3);
    expect(p.sections.map((s) => [s.row, s.numeral, s.title, s.text])).toEqual([
      [4, null, 'Організаційні заходи', '1. Організаційні заходи'],
      [8, null, 'Контроль', '2. Контроль'],
    ]);
    expect(p.measures.map((m) => [m.number, m.section])).toEqual([
      ['1.1', 0],
      ['1.2', 0],
      ['2.1', 1],
      ['3', 1],
    ]);
    expect(at(findingsOf(p, AS_OF))).toEqual(['missing-execution@E10']);
  });
});
