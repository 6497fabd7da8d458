import { classifyHeading, isColumnNumberRow } from '../../../src/core/plan/header';
import { bestField } from '../../../src/core/plan/heading-fields';

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

  it('reads the other headings DOMAIN.md lists', () => {
    expect(classifyHeading('Статус')).toBe('status');
    expect(classifyHeading('Дата виконання')).toBe('actualDate');
    expect(classifyHeading('Термін\nвиконання')).toBe('deadline');
    // The register's resources column is kept now (issue #9); it was left unmapped before.
    expect(classifyHeading('Необхідні ресурси')).toBe('resources');
    expect(classifyHeading('Джерела фінансування')).toBe('resources');
  });

  it('leaves other headings unmapped', () => {
    for (const h of ['2024', '', 'х', 'Існуючі заходи контролю', 'Функція, процес організації'])
      expect(classifyHeading(h)).toBeNull();
  });
});

describe('the NAZK risk register headings (Methodology 830/21), verbatim, as a clerk reads them', () => {
  it.each([
    ['Функція, процес організації', 'function'],
    ['Корупційний ризик', 'risk'],
    ['Зміст корупційного ризику', 'riskContent'],
    ['Джерело(а) корупційного ризику', 'riskSource'],
    ['Існуючі заходи контролю', 'controls'],
    ['Аналіз корупційного ризику. Рівень корупційного ризику', 'riskLevel'],
    ['Рівень імовірності реалізації корупційного ризику (бал "х")', 'riskLevel'],
    ['Рівень наслідків від реалізації корупційного ризику (бал "у")', 'riskLevel'],
    ['Рівень корупційного ризику', 'riskLevel'],
    ['Заходи мінімізації корупційного ризику, етапи їх виконання', 'measure'],
    ['Заходи впливу на корупційний ризик та етапи їх виконання', 'measure'],
    ['Терміни (строки) виконання заходів впливу на корупційний ризик', 'deadline'],
    ['Відповідальні виконавці', 'responsible'],
    ['Необхідні ресурси', 'resources'],
    ['Індикатори виконання заходів впливу на корупційний ризик', 'indicators'],
    ['Фактичний термін (строк) виконання заходів впливу на корупційні ризики', 'actualDate'],
    ['Стан виконання заходів (виконано / не виконано / виконано частково)', 'status'],
    [
      'Опис результатів виконання заходів впливу на корупційні ризики або інформація про причини невиконання',
      'execution',
    ],
  ])('%j -> %s', (heading, field) => {
    expect(bestField(heading)).toBe(field);
  });

  it('never reads the existing controls, the risk or the monitoring group as the measures', () => {
    for (const h of ['Існуючі заходи контролю', 'Корупційний ризик', 'Зміст корупційного ризику'])
      expect(bestField(h)).not.toBe('measure');
    expect(bestField('Моніторинг виконання заходів впливу на корупційні ризики')).not.toBe('measure');
  });
});

describe('classifyHeading keeps every classic reading whatever the spacing', () => {
  const classic: [string, string][] = [
    ['№ з/п', 'number'],
    ['Заплановані заходи', 'measure'],
    ['Термін виконання', 'deadline'],
    ['Відповідальні особи', 'responsible'],
    ['Проведений захід', 'execution'],
  ];
  it.each(classic)('%j with line breaks, double spaces and stray punctuation', (heading, field) => {
    const messy = [
      heading.toUpperCase(),
      heading.replace(/ /g, '\n'),
      heading.replace(/ /g, '  '),
      ` ${heading}:`,
      heading.replace(/ /g, '\u00a0'),
    ];
    for (const h of messy) expect(classifyHeading(h)).toBe(field);
  });
});

describe('isColumnNumberRow', () => {
  it('knows `1 2 3 …` and `1. 2. 3.` rows from measure rows', () => {
    expect(isColumnNumberRow(['1', '2', '3', '4', '5'])).toBe(true);
    expect(isColumnNumberRow(['1.', '2.', '3.', '4.'])).toBe(true);
    expect(isColumnNumberRow(['1', 'Захід', 'Постійно', 'Начальник', ''])).toBe(false);
    expect(isColumnNumberRow(['7'])).toBe(false);
  });

  it('knows a row of column numbers with gaps or two numbers over a merged cell', () => {
    expect(isColumnNumberRow(['1', '2', '3', '4', '5', '7', '8', '9'])).toBe(true);
    expect(isColumnNumberRow(['1', '2', '3', '4-5', '6'])).toBe(true);
    expect(isColumnNumberRow(['1', '2', '2', '3'])).toBe(false);
    expect(isColumnNumberRow(['5', '6', '7'])).toBe(false);
  });
});
