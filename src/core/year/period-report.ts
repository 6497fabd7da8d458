// The execution report and summary for a reporting period: the report builders' sheets with the period in
// the titles and sheet names, a note where a measure is not yet due, and a table of measures by standing.
import { dottedDate } from '../calendar';
import type { Lang } from '../i18n/lang';
import { buildExecutionReport } from '../report/execution-table';
import type { ExtraColumn } from '../report/labels';
import type { ReportCell, ReportDocument, ReportRow } from '../report/report-model';
import type { ReportStyleName } from '../report/report-styles';
import { layoutSheet } from '../report/sheet-layout';
import type { SheetSpec, SpecValue } from '../report/sheet-spec';
import { buildSummaryReport } from '../report/summary-sheet';
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
 * The execution table and the summary for a period, as report documents (the .xlsx and the Word copy are
 * written from them). For the plan's whole period they are the plain report. Deadline findings of measures
 * not yet due are already left out of `view`.
 */
export function buildPeriodReportDocs(
  plan: Plan,
  view: PeriodView,
  opts: PeriodReportOptions = {},
): { table: ReportDocument; summary: ReportDocument } {
  const lang = opts.lang ?? 'uk';
  if (coversPlan(view.period, plan.period)) {
    return {
      table: buildExecutionReport(plan, { extraColumns: opts.extraColumns, lang }),
      summary: buildSummaryReport(plan, view.summary, { lang }),
    };
  }
  const L = PERIOD_LABELS[lang];
  const phrase = reportPeriodPhrase(view.period, lang);
  const names = periodSheetNames(view.period);
  const table = buildExecutionReport(plan, {
    extraColumns: opts.extraColumns,
    lang,
    periodPhrase: phrase,
    executionNote: (m) => (standingOf(m, view.period) === 'not-yet-due' ? L.notYetDueNote : null),
  });
  const summary = buildSummaryReport(plan, view.summary, { lang, periodPhrase: phrase });
  appendStandingTable(summary, view, lang);
  return { table: { ...table, name: names.table }, summary: { ...summary, name: names.summary } };
}

/** The same, laid out as sheets (what the Excel host writes). */
export function buildPeriodReport(
  plan: Plan,
  view: PeriodView,
  opts: PeriodReportOptions = {},
): { table: SheetSpec; summary: SheetSpec } {
  const docs = buildPeriodReportDocs(plan, view, opts);
  return { table: layoutSheet(docs.table), summary: layoutSheet(docs.summary) };
}

/** Adds, under the summary's tables, the measures by standing in the period, with the numbers of each. */
export function appendStandingTable(doc: ReportDocument, view: PeriodView, lang: Lang): void {
  const L = PERIOD_LABELS[lang];
  // The numbers run across the rest of the summary's columns.
  const listSpan = Math.max(1, doc.columns.length - 3);
  const cell = (value: SpecValue, style: ReportStyleName, span?: number): ReportCell => ({
    value,
    style,
    ...(span && span > 1 ? { span } : {}),
  });
  const rows: ReportRow[] = [];
  for (const standing of STANDINGS) {
    const group = view.measures.filter((m) => m.standing === standing);
    if (group.length === 0) continue;
    const numbers = group.map((m) => m.number || `р. ${m.row}`).join(', ');
    const label = L.standings[standing].replace('{date}', dottedDate(view.asOf));
    rows.push({
      kind: 'cells',
      cells: [
        cell(label, 'cell'),
        cell(group.length, 'count'),
        cell(group.filter((m) => !m.reported).length, 'count'),
        cell(numbers, 'cell', listSpan),
      ],
    });
  }
  rows.push({
    kind: 'cells',
    cells: [
      cell(L.total, 'totalLabel'),
      cell(view.measures.length, 'totalCount'),
      cell(view.measures.filter((m) => !m.reported).length, 'totalCount'),
    ],
  });
  const heading = L.standingHeading.replace('{period}', reportPeriodPhrase(view.period, lang));
  doc.blocks.push({ kind: 'gap', height: 9 });
  doc.blocks.push({ kind: 'line', text: heading, style: 'heading', keepWithNext: true });
  doc.blocks.push({
    kind: 'table',
    header: [
      cell(L.standing, 'header'),
      cell(L.count, 'header'),
      cell(L.unreported, 'header'),
      cell(L.numbers, 'header', listSpan),
    ],
    rows,
    repeatHeader: 'copy',
    keepTogether: true,
  });
}
