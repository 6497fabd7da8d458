// Words the generated sheets write themselves (titles, headings, totals), Ukrainian first, English second.
// Text taken from the plan never goes through here: it is copied as written.
import type { Lang } from '../i18n/lang';

export type ExtraColumn = 'status' | 'actualDate';

export interface ReportLabels {
  title: string;
  /** Title line used when the plan has none; `{period}` is replaced by periodPhrase() (i18n/period-phrase.ts). */
  fallbackTitle: string;
  headers: {
    number: string;
    measure: string;
    deadline: string;
    responsible: string;
    execution: string;
  } & Record<ExtraColumn, string>;
  summaryTitle: string;
  asOf: string;
  byStatus: string;
  bySection: string;
  byResponsible: string;
  byDeadlineKind: string;
  findings: string;
  overdue: string;
  status: string;
  section: string;
  responsible: string;
  deadlineKind: string;
  severity: string;
  count: string;
  share: string;
  total: string;
  noSection: string;
  noOverdue: string;
  measure: string;
  number: string;
  dueBy: string;
  chartTitle: string;
  /** What the overdue table lists; `{date}` is the as-of date. */
  overdueNote: string;
  /** `за 2023 рік`: `{period}` is replaced by periodPhrase(). */
  forPeriod: string;
  /** Sheet names; `{years}` is `2023` or `2024-2025`. */
  tableSheet: string;
  summarySheet: string;
  footer: string;
}

export const REPORT_LABELS: Record<Lang, ReportLabels> = {
  uk: {
    title: 'ВИКОНАННЯ ПЛАНУ',
    fallbackTitle: 'заходів щодо запобігання корупції за {period}',
    headers: {
      number: '№ з/п',
      measure: 'Заплановані заходи',
      deadline: 'Термін виконання',
      responsible: 'Відповідальні особи',
      execution: 'Проведений захід',
      status: 'Стан виконання',
      actualDate: 'Фактична дата',
    },
    summaryTitle: 'ЗВЕДЕННЯ ПРО ВИКОНАННЯ ПЛАНУ',
    asOf: 'станом на {date}',
    byStatus: 'Заходи за станом виконання',
    bySection: 'Заходи за розділами',
    byResponsible: 'Заходи за відповідальними особами',
    byDeadlineKind: 'Заходи за видом терміну',
    findings: 'Результати перевірки плану',
    overdue: 'Прострочені заходи',
    status: 'Стан виконання',
    section: 'Розділ',
    responsible: 'Відповідальна особа',
    deadlineKind: 'Вид терміну',
    severity: 'Рівень',
    count: 'Кількість',
    share: 'Частка',
    total: 'Усього',
    noSection: '(поза розділами)',
    noOverdue: 'Прострочених заходів немає',
    measure: 'Захід',
    number: '№ з/п',
    dueBy: 'Термін до',
    chartTitle: 'Заходи за станом виконання',
    overdueNote:
      'Прострочені — заходи, термін виконання яких минув до {date}, а про виконання нічого не зазначено (у перевірці плану це помилки «missing-execution»).',
    forPeriod: 'за {period}',
    tableSheet: 'Виконання плану {years}',
    summarySheet: 'Зведення {years}',
    footer: 'Сторінка &P з &N',
  },
  en: {
    title: 'PLAN EXECUTION',
    fallbackTitle: 'of corruption prevention measures for {period}',
    headers: {
      number: 'No.',
      measure: 'Planned measures',
      deadline: 'Deadline',
      responsible: 'Responsible persons',
      execution: 'Measure taken',
      status: 'Status',
      actualDate: 'Actual date',
    },
    summaryTitle: 'PLAN EXECUTION SUMMARY',
    asOf: 'as of {date}',
    byStatus: 'Measures by status',
    bySection: 'Measures by section',
    byResponsible: 'Measures by responsible person',
    byDeadlineKind: 'Measures by deadline kind',
    findings: 'Plan check results',
    overdue: 'Overdue measures',
    status: 'Status',
    section: 'Section',
    responsible: 'Responsible person',
    deadlineKind: 'Deadline kind',
    severity: 'Severity',
    count: 'Count',
    share: 'Share',
    total: 'Total',
    noSection: '(outside sections)',
    noOverdue: 'No overdue measures',
    measure: 'Measure',
    number: 'No.',
    dueBy: 'Due by',
    chartTitle: 'Measures by status',
    overdueNote:
      'Overdue: measures whose deadline passed before {date} with nothing reported on them (errors "missing-execution" in the plan check).',
    forPeriod: 'for {period}',
    tableSheet: 'Plan execution {years}',
    summarySheet: 'Summary {years}',
    footer: 'Page &P of &N',
  },
};
