// Words the generated sheets write themselves (titles, headings, totals), Ukrainian first, English second.
// Text taken from the plan never goes through here: it is copied as written.
import type { Lang } from '../i18n/lang';
import type { Period } from '../types';
import { dottedDate } from '../calendar';

export type ExtraColumn = 'status' | 'actualDate';

export interface ReportLabels {
  title: string;
  /** Title line used when the plan has none; `{period}` is replaced by periodPhrase(). */
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
  cell: string;
  chartTitle: string;
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
    cell: 'Комірка',
    chartTitle: 'Заходи за станом виконання',
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
    cell: 'Cell',
    chartTitle: 'Measures by status',
    footer: 'Page &P of &N',
  },
};

/** `2024-01-15` -> `15.01.2024`: the core's one date formatter, under the report's name. */
export const formatDate = dottedDate;

/**
 * The plan's period as a title says it: `2023 рік`, `2024-2025 роки`, or the dates when not whole years.
 * `reported` is the phrase of a report for part of it (`І півріччя 2023 року`, see core/year), said instead.
 */
export function periodPhrase(period: Period, lang: Lang, reported?: string): string {
  if (reported) return reported;
  const fromYear = period.from.slice(0, 4);
  const toYear = period.to.slice(0, 4);
  const wholeYears = period.from.endsWith('-01-01') && period.to.endsWith('-12-31');
  if (wholeYears && fromYear === toYear) return lang === 'uk' ? `${fromYear} рік` : fromYear;
  if (wholeYears) return lang === 'uk' ? `${fromYear}-${toYear} роки` : `${fromYear}–${toYear}`;
  return `${formatDate(period.from)} – ${formatDate(period.to)}`;
}
