// The execution report and summary for a reporting period: the report builders' sheets with the period in
// the titles and sheet names, a note where a measure is not yet due, and a table of measures by standing.
import { dottedDate } from '../calendar';
import type { Lang } from '../i18n/lang';
import { buildExecutionTable } from '../report/execution-table';
import type { ExtraColumn } from '../report/labels';
import { range, rowHeight, wrappedLines, type ReportStyleName } from '../report/report-styles';
import type { SheetSpec, SpecValue } from '../report/sheet-spec';
import { buildSummarySheet } from '../report/summary-sheet';
import type { Plan } from '../types';
import { STANDINGS, standingOf, type PeriodView } from './period-view';
import { coversPlan, reportPeriodLabel, reportPeriodPhrase, type ReportPeriod } from './report-period';
import { PERIOD_LABELS } from './year-labels';

const MAX_SHEET_NAME = 31;

/** `Виконання плану І півр. 2024` / `Зведення І півр. 2024`; `Виконання 01.12.23-29.02.24` when the longer one does not fit. */
export function periodSheetNames(p: ReportPeriod): { table: string; summary: string } {
  const label = reportPeriodLabel(p);
  const long = `Виконання плану ${label}`;
  return {
    table: long.length <= MAX_SHEET_NAME ? long : `Виконання ${label}`,
    summary: `Зведення ${label}`,
  };
}

export interface PeriodReportOptions {
  lang?: Lang;
  extraColumns?: ExtraColumn[];
}

/**
 * The execution table and the summary for a period. For the plan's whole period they are the plain report.
 * Deadline findings of measures not yet due are already left out of `view`.
 */
export function buildPeriodReport(
  plan: Plan,
  view: PeriodView,
  opts: PeriodReportOptions = {},
): { table: SheetSpec; summary: SheetSpec } {
  const lang = opts.lang ?? 'uk';
  if (coversPlan(view.period, plan.period)) {
    return {
      table: buildExecutionTable(plan, { extraColumns: opts.extraColumns, lang }),
      summary: buildSummarySheet(plan, view.summary, { lang }),
    };
  }
  const L = PERIOD_LABELS[lang];
  const phrase = reportPeriodPhrase(view.period, lang);
  const names = periodSheetNames(view.period);
  const table = buildExecutionTable(plan, {
    extraColumns: opts.extraColumns,
    lang,
    periodPhrase: phrase,
    executionNote: (m) => (standingOf(m, view.period) === 'not-yet-due' ? L.notYetDueNote : null),
  });
  const summary = buildSummarySheet(plan, view.summary, { lang, periodPhrase: phrase });
  appendStandingTable(summary, view, lang);
  return { table: { ...table, name: names.table }, summary: { ...summary, name: names.summary } };
}

/** Adds, under the summary's tables, the measures by standing in the period, with the numbers of each. */
export function appendStandingTable(spec: SheetSpec, view: PeriodView, lang: Lang): void {
  const L = PERIOD_LABELS[lang];
  const lastCol = Math.max(3, spec.columnWidths.length - 1);
  const listWidth = spec.columnWidths.slice(3).reduce((a, b) => a + b, 0) || 30;
  const push = (row: SpecValue[], styles: ReportStyleName[]): number => {
    const r = spec.values.length;
    spec.values.push(row);
    styles.forEach((style, c) => spec.bands.push({ range: range(r, c, r, c), style }));
    return r;
  };
  spec.values.push([]);
  push([L.standingHeading.replace('{period}', reportPeriodPhrase(view.period, lang))], ['heading']);
  const header = push(
    [L.standing, L.count, L.unreported, L.numbers],
    ['header', 'header', 'header', 'header'],
  );
  spec.merges.push(range(header, 3, header, lastCol));
  spec.bands.push({ range: range(header, 3, header, lastCol), style: 'header' });
  for (const standing of STANDINGS) {
    const group = view.measures.filter((m) => m.standing === standing);
    if (group.length === 0) continue;
    const numbers = group.map((m) => m.number || `р. ${m.row}`).join(', ');
    const label = L.standings[standing].replace('{date}', dottedDate(view.asOf));
    const r = push(
      [label, group.length, group.filter((m) => !m.reported).length, numbers],
      ['cell', 'count', 'count', 'cell'],
    );
    spec.merges.push(range(r, 3, r, lastCol));
    spec.bands.push({ range: range(r, 3, r, lastCol), style: 'cell' });
    const lines = Math.max(wrappedLines(label, spec.columnWidths[0] ?? 48), wrappedLines(numbers, listWidth));
    spec.rowHeights = { ...spec.rowHeights, [r]: rowHeight(lines, 12, 2) };
  }
  push(
    [L.total, view.measures.length, view.measures.filter((m) => !m.reported).length],
    ['totalLabel', 'totalCount', 'totalCount'],
  );
}
