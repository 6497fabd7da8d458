import { endsTable, isNeverMeasure } from '../../../src/core/plan/table-end';
import type { OwnText } from '../../../src/core/plan/sheet-view';

const columns = { number: 0, measure: 1, deadline: 2, responsible: 3, execution: 4 };
const row = (...cells: [number, string][]): OwnText[] => cells.map(([col, text]) => ({ col, text }));

describe('lines under the table', () => {
  it.each([
    ['a total', row([0, 'Разом заходів: 28'])],
    ['a total in words', row([1, 'Усього'])],
    ['a signature line', row([0, 'Начальник відділу'], [2, '____________'], [4, 'О. СЄНКЕВИЧ'])],
    ['a signature over one cell', row([0, 'Начальник відділу ________ О. СЄНКЕВИЧ'])],
    ['a position and a name', row([0, 'Секретар ради'], [4, 'Іван ПЕТРЕНКО'])],
    ['a name alone', row([1, 'Сєнкевич О.В.'])],
    [
      'a signer’s position alone, the name below it',
      row([1, 'Уповноважена особа з питань запобігання корупції']),
    ],
    ['a signature mark', row([2, '/підпис/'])],
    ['a date', row([0, '26.12.2023'])],
    ['a date with blanks', row([0, '"___" ____________ 2024 р.'])],
    ['a date in words', row([0, '«26» грудня 2023 року'])],
    ['an approval', row([0, 'ПОГОДЖЕНО'])],
    ['a stamp', row([3, 'ЗАТВЕРДЖЕНО розпорядженням від 26.12.2022'])],
    ['a note', row([0, 'Примітка: інформацію подано станом на 20.12.2024.'])],
    ['a footnote', row([1, '* Заходи виконуються за рахунок бюджету'])],
    ['the one who prepared it', row([0, 'Виконавець: Н. Шевчук, 2-11-45'])],
  ])('%s ends the table', (_name, texts) => {
    expect(endsTable(texts, columns, 0)).toBe(true);
  });

  it.each([
    ['a paragraph of a measure', row([1, 'для членів конкурсної комісії'])],
    ['a date in the execution column', row([4, '20.12.2024'])],
    ['a person in the responsible column', row([3, 'Головний спеціаліст Іваненко О.В.'])],
    ['a second responsible position', row([3, 'Начальник загального відділу'])],
    ['a bullet of the report', row([4, '* 20.02.2023 року ЦСС ПМР ДО, довідку підписано 21.02.2023 року;'])],
  ])('%s does not', (_name, texts) => {
    expect(endsTable(texts, columns, 0)).toBe(false);
  });

  it('passes over totals, stamps and signature marks inside the table, nothing else', () => {
    expect(isNeverMeasure(row([0, 'Разом по розділу: 5']), columns, 0)).toBe(true);
    expect(isNeverMeasure(row([2, '/підпис/']), columns, 0)).toBe(true);
    expect(
      isNeverMeasure(
        row([4, 'Разом з відділом кадрів проведено навчання для 40 працівників ради']),
        columns,
        0,
      ),
    ).toBe(false);
    expect(isNeverMeasure(row([4, '26.12.2023']), columns, 0)).toBe(false);
    expect(isNeverMeasure(row([1, 'Загалом фактів: 3']), columns, 0)).toBe(false);
  });
});
