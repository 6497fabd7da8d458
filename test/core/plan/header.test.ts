import { classifyHeading, isColumnNumberRow } from '../../../src/core/plan/header';

describe('classifyHeading: every heading DOMAIN.md lists, in any case, spacing and line breaks', () => {
  it.each([
    ['№ з/п', 'number'],
    ['№\n\nз/п', 'number'],
    ['№', 'number'],
    ['№ п/п', 'number'],
    ['N з/п', 'number'],
    ['Заплановані заходи', 'measure'],
    ['Найменування заходу', 'measure'],
    ['Зміст заходу', 'measure'],
    ['Заходи', 'measure'],
    ['ЗАХІД', 'measure'],
    ['Термін\n\nвиконання', 'deadline'],
    ['Строк виконання', 'deadline'],
    ['Термін', 'deadline'],
    ['Строк', 'deadline'],
    ['Термін (строк) виконання', 'deadline'],
    ['Відповідальні особи', 'responsible'],
    ['Відповідальні виконавці', 'responsible'],
    ['Відповідальні за виконання', 'responsible'],
    ['Виконавці', 'responsible'],
    ['Відповідальний', 'responsible'],
    ['Проведений захід', 'execution'],
    ['Стан виконання', 'execution'],
    ['Інформація про виконання', 'execution'],
    ['Відмітка про виконання', 'execution'],
    ['Результат', 'execution'],
    ['Опис результатів виконання заходу або інформація про причини невиконання', 'execution'],
    ['Стан виконання (виконано / не виконано / виконано частково)', 'status'],
    ['Фактичний термін (строк) виконання', 'actualDate'],
    ['Індикатори виконання', 'indicators'],
    ['Очікувані результати', 'indicators'],
    ['Корупційний ризик', 'risk'],
    ['Примітка', 'notes'],
    ['  ВІДПОВІДАЛЬНІ   ОСОБИ,  ', 'responsible'],
  ])('%j -> %s', (heading, field) => {
    expect(classifyHeading(heading)).toBe(field);
  });

  it('leaves other headings unmapped', () => {
    for (const h of ['Необхідні ресурси', 'Джерела фінансування', '2024', ''])
      expect(classifyHeading(h)).toBeNull();
  });
});

describe('isColumnNumberRow', () => {
  it('knows `1 2 3 …` and `1. 2. 3.` rows from measure rows', () => {
    expect(isColumnNumberRow(['1', '2', '3', '4', '5'])).toBe(true);
    expect(isColumnNumberRow(['1.', '2.', '3.', '4.'])).toBe(true);
    expect(isColumnNumberRow(['1', 'Захід', 'Постійно', 'Начальник', ''])).toBe(false);
    expect(isColumnNumberRow(['7'])).toBe(false);
  });
});
