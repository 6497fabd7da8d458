// A synthetic plan of any size, shaped like the sample: title, header, Roman-numeral sections, and measures
// with the seed's kinds of deadline, responsible and execution texts (some empty, some untidy).
import { CellValue, Grid, MergeArea } from '../src/core/grid';

const DEADLINES = [
  'Постійно',
  'Протягом  року',
  'Січень 2023 року',
  'ІІІ — ІV квартал 2023 року',
  'У разі потреби',
  'до 01.03.2023',
  'щокварталу',
];
const PEOPLE = [
  'Начальник відділу з питань запобігання та протидії корупції ',
  'Начальник загального відділу \n\nНачальник організаційного відділу ',
  'Відділ цифрового розвитку, програмно-технічного забезпечення і захисту інформації',
  'Головний спеціаліст з  кадрової роботи',
];
const EXECUTION = [
  'Протягом року постійно проводився моніторинг змін законодавства. 05.01.2023 затверджено план.',
  '',
  'Протягом 2023 року службові розслідування не проводилися',
  'Розроблено та затверджено розпорядженням міського голови від 06.07.2023 № Р-93/06-34-23',
  'Контроль буде здійснено після 31.01.2024 року',
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export function syntheticPlanGrid(measures: number, sheetName = 'Лист1'): Grid {
  const rows: CellValue[][] = [
    ['ВИКОНАННЯ ПЛАНУ'],
    ['заходів щодо запобігання корупційним правопорушенням за 2023 рік'],
    ['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід'],
  ];
  const merges: MergeArea[] = [
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 1, left: 0, bottom: 1, right: 4 },
  ];
  const perSection = Math.max(1, Math.ceil(measures / ROMAN.length));
  for (let i = 0; i < measures; i++) {
    if (i % perSection === 0) {
      merges.push({ top: rows.length, left: 0, bottom: rows.length, right: 4 });
      rows.push([`${ROMAN[Math.floor(i / perSection)]}. Розділ ${Math.floor(i / perSection) + 1}`]);
    }
    rows.push([
      i + 1,
      `Захід № ${i + 1}: проведення аналізу та контролю`,
      DEADLINES[i % DEADLINES.length],
      PEOPLE[i % PEOPLE.length],
      EXECUTION[i % EXECUTION.length],
    ]);
  }
  return { sheetName, rows, merges };
}
