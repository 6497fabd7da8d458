// What a plan must look like, said once: the columns the reader needs (as the hosts list them to a user
// with no plan yet) and a small example plan built from them, which the Excel host inserts on request.
import type { ColumnKey } from '../types';
import type { Lang } from '../i18n/lang';

export interface PlanColumn {
  field: ColumnKey;
  /** The heading as plans write it (the reader's vocabulary: heading-fields.ts reads it as `field`). */
  heading: string;
  /** What the column holds, in the user's language. */
  holds: Record<Lang, string>;
}

/**
 * The plan's columns in their usual order. The reader needs the measure column and at least two of the
 * others (header.ts: CORE_FIELDS); the status column is optional and read when present.
 */
export const PLAN_COLUMNS: readonly PlanColumn[] = [
  { field: 'number', heading: '№ з/п', holds: { uk: 'номер заходу', en: 'measure number' } },
  {
    field: 'measure',
    heading: 'Заплановані заходи',
    holds: { uk: 'зміст заходу (обовʼязково)', en: 'the measure (required)' },
  },
  { field: 'deadline', heading: 'Термін виконання', holds: { uk: 'термін', en: 'deadline' } },
  {
    field: 'responsible',
    heading: 'Відповідальні особи',
    holds: { uk: 'посади виконавців', en: 'positions responsible' },
  },
  {
    field: 'execution',
    heading: 'Проведений захід',
    holds: { uk: 'що зроблено (звіт про виконання)', en: 'what was done (the execution report)' },
  },
];

/** `«№ з/п», «Заплановані заходи», …` — the headings as one list, for messages. */
export function planHeadingList(): string {
  return PLAN_COLUMNS.map((c) => `«${c.heading}»`).join(', ');
}

/** The example plan's sheet name and its first line, which says it is an example and whose. */
export const SAMPLE_SHEET = 'Зразок плану';

const SAMPLE_NOTE: Record<Lang, string> = {
  uk: 'ЗРАЗОК. Цей аркуш вставила надбудова «План заходів — перевірка і звіт» як приклад. Замініть заходи своїми або вставте сюди свою таблицю з такими самими заголовками.',
  en: 'EXAMPLE. The add-in “Anti-corruption plan: check and report” inserted this sheet as an example. Replace the measures with yours or paste your own table with the same headings here.',
};

/** The example's measures by section: a done one, an overdue one with no report, one still running. */
function sampleBody(year: number): (string | number)[][] {
  return [
    ['I. Організаційні заходи', '', '', '', ''],
    [
      1,
      'Затвердити план заходів щодо запобігання корупції на рік',
      `До 31 січня ${year} року`,
      'Уповноважена особа з питань запобігання та виявлення корупції',
      `Затверджено наказом від 25.01.${year} № 12`,
    ],
    [
      2,
      'Провести навчання працівників з питань запобігання корупції',
      'Протягом року',
      'Начальник відділу кадрів',
      '',
    ],
    ['II. Запобігання конфлікту інтересів', '', '', '', ''],
    [
      3,
      'Перевірити факт подання декларацій особами, уповноваженими на виконання функцій держави',
      `До 1 квітня ${year} року`,
      'Уповноважена особа з питань запобігання та виявлення корупції',
      '',
    ],
    [
      4,
      'Оприлюднити звіт про виконання плану на офіційному вебсайті',
      `IV квартал ${year} року`,
      'Начальник відділу інформаційної політики',
      '',
    ],
  ];
}

/** The example plan's rows for `year`, as cell values: its note, title, header and measures. */
export function samplePlanRows(year: number, lang: Lang): (string | number)[][] {
  const width = PLAN_COLUMNS.length;
  const line = (text: string): string[] => [text, ...Array<string>(width - 1).fill('')];
  return [
    line(SAMPLE_NOTE[lang]),
    line(`ПЛАН заходів щодо запобігання корупційним правопорушенням на ${year} рік`),
    line(''),
    PLAN_COLUMNS.map((c) => c.heading),
    ...sampleBody(year),
  ];
}
