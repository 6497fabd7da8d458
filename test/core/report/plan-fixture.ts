// A small hand-made Plan for the report builders' tests: texts with the seed's quirks (double spaces,
// trailing blanks, line breaks) so copying them byte for byte is really checked.
import type { Deadline, Measure, Plan, Section, Status } from '../../../src/core/types';

const deadline = (
  text: string,
  kind: Deadline['kind'],
  from: string | null,
  to: string | null,
): Deadline => ({
  kind,
  text,
  from,
  to,
});

function measure(
  row: number,
  number: string,
  section: number | null,
  texts: { measure: string; deadline: Deadline; responsible: string; execution: string },
  status: Status,
): Measure {
  return {
    row,
    number,
    section,
    measure: texts.measure,
    deadline: texts.deadline,
    responsibleText: texts.responsible,
    responsible: texts.responsible
      .split(/[\n,;]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    execution: texts.execution,
    status: { status, source: texts.execution ? 'text' : 'empty', evidence: [] },
  };
}

export function handPlan(overrides: Partial<Plan> = {}): Plan {
  const sections: Section[] = [
    { row: 6, numeral: 'I', title: 'Організаційні заходи', text: 'І. Організаційні  заходи' },
    { row: 9, numeral: 'II', title: 'Антикорупційні заходи', text: 'ІІ. Антикорупційні заходи' },
  ];
  const measures: Measure[] = [
    measure(
      7,
      '1',
      0,
      {
        measure: 'Моніторинг змін законодавства',
        deadline: deadline('Постійно', 'continuous', '2023-01-01', '2023-12-31'),
        responsible: 'Начальник відділу з питань запобігання та протидії корупції,  ',
        execution: 'Протягом року проводився моніторинг.\nЗміни доводилися до посадових осіб.',
      },
      'done',
    ),
    measure(
      8,
      '2.',
      0,
      {
        measure: 'Підготовка плану  навчань',
        deadline: deadline('Грудень\n\n2023 року', 'period', '2023-12-01', '2023-12-31'),
        responsible: 'Начальник загального відділу\nНачальник організаційного відділу',
        execution: '',
      },
      'none',
    ),
    measure(
      10,
      '3',
      1,
      {
        measure: 'Розгляд повідомлень',
        deadline: deadline('У разі отримання', 'conditional', null, null),
        responsible: 'Начальник відділу з питань запобігання та протидії корупції',
        execution: 'Проведено навчання 27-28.07.2023 та 24.10.2023 року',
      },
      'done',
    ),
  ];
  return {
    sheetName: 'Лист1',
    title: [
      'ВИКОНАННЯ ПЛАНУ',
      'заходів щодо запобігання корупційним правопорушенням та правопорушенням, ',
      "пов'язаним з корупцією у Покровській  міській раді за 2023 рік",
    ],
    period: { from: '2023-01-01', to: '2023-12-31', source: 'title' },
    columns: { number: 0, measure: 1, deadline: 2, responsible: 3, execution: 4 },
    headerRows: [5],
    numberRow: null,
    sections,
    measures,
    lastRow: 10,
    lastColumn: 4,
    ...overrides,
  };
}
