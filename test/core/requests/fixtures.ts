// Plans for the requests and merge tests: the sample, and small hand-made ones with status and date columns.
import { analyse } from '../../../src/core/analyse';
import type { Grid } from '../../../src/core/grid';
import type { Plan } from '../../../src/core/types';
import { planGrid } from '../../helpers/grids';
import { sampleGrid } from '../../helpers/sample';

export function planOf(grid: Grid, asOf = '2024-01-15'): Plan {
  const result = analyse(grid, { asOf });
  if (!result.ok) throw new Error(`not a plan: ${result.error.details}`);
  return result.plan;
}

export async function samplePlan(): Promise<Plan> {
  return planOf(await sampleGrid());
}

export const MONITORING_HEADER = [
  '№ з/п',
  'Заплановані заходи',
  'Термін виконання',
  'Відповідальні особи',
  'Проведений захід',
  'Стан виконання (виконано / не виконано / виконано частково)',
  'Фактичний термін виконання',
];

/** A plan with status and actual-date columns; measure 3 has two persons, measure 4 is done. */
export function monitoringGrid(): Grid {
  return planGrid(
    [
      ['І. Організаційні заходи'],
      [1, 'Моніторинг змін законодавства', 'Постійно', 'Юридичний відділ', '', '', ''],
      [2, 'Навчання працівників', 'Грудень 2023 року', 'Відділ кадрів', '', '', ''],
      ['ІІ. Інше'],
      [3, 'Перевірка декларацій', 'До 01.04.2023', 'Відділ кадрів\nЮридичний відділ', '', '', ''],
      [
        4,
        'Звіт про виконання',
        'Січень 2023 року',
        'Юридичний відділ',
        'Звіт подано 20.01.2023',
        'Виконано',
        { date: '2023-01-20' },
      ],
    ],
    { header: MONITORING_HEADER, title: ['План заходів щодо запобігання корупції на 2023 рік'] },
  );
}
