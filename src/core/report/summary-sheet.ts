// The summary sheet: the counts the officer used to make by hand, as small tables with totals, and a pie
// of measures by status pointing at the status table (hosts that can draw charts draw it).
import { qualifiedAddress } from '../grid';
import type { Lang } from '../i18n/lang';
import { DEADLINE_KINDS, type Plan, SEVERITIES, STATUSES, type Status, type Summary } from '../types';
import { deadlineKindLabel, severityLabel, statusLabel } from '../i18n/messages';
import { REPORT_LABELS, formatDate, periodPhrase } from './labels';
import {
  PRINT_MARGINS,
  REPORT_STYLES,
  type ReportStyleName,
  range,
  rowHeight,
  wrappedLines,
} from './report-styles';
import { reportSheetNames } from './sheet-names';
import type { ChartSpec, SheetSpec, SpecValue, StyleBand } from './sheet-spec';

export interface SummarySheetOptions {
  lang?: Lang;
  /** A summary for part of the plan's period: its phrase (`І півріччя 2023 року`) for the subtitle (core/year). */
  periodPhrase?: string;
}

const LABEL_WIDTH = 48;
const NUMBER_WIDTH = 14;
/** Rows kept free beside the status table so the pie does not cover the next table. */
const CHART_ROWS = 17;
/** About what fits across A4 portrait without shrinking the text much. */
const PORTRAIT_WIDTH = 120;

export function buildSummarySheet(plan: Plan, summary: Summary, opts: SummarySheetOptions = {}): SheetSpec {
  const lang = opts.lang ?? 'uk';
  const L = REPORT_LABELS[lang];
  const shown: Status[] = STATUSES.filter((s) => summary.byStatus[s] > 0);
  const lastCol = Math.max(1 + shown.length, 5);
  const widths = [LABEL_WIDTH, ...Array.from({ length: lastCol }, () => NUMBER_WIDTH)];

  const values: SpecValue[][] = [];
  const bands: StyleBand[] = [];
  const merges: SheetSpec['merges'] = [];
  const rowHeights: Record<number, number> = {};
  const charts: ChartSpec[] = [];

  const push = (row: SpecValue[], styles: ReportStyleName[] = []): number => {
    const r = values.length;
    values.push(row);
    styles.forEach((style, c) => bands.push({ range: range(r, c, r, c), style }));
    // Long labels wrap in column A; numbers never do.
    const label = typeof row[0] === 'string' ? row[0] : '';
    const lines = wrappedLines(label, LABEL_WIDTH);
    if (lines > 1) rowHeights[r] = rowHeight(lines, 12, 2);
    return r;
  };
  const spanned = (text: string, style: ReportStyleName, size = 12): void => {
    const r = values.length;
    values.push([text]);
    merges.push(range(r, 0, r, lastCol));
    bands.push({ range: range(r, 0, r, lastCol), style });
    const fullWidth = widths.reduce((a, b) => a + b, 0);
    rowHeights[r] = rowHeight(wrappedLines(text, fullWidth, size), size, 2);
  };
  const heading = (text: string): void => {
    values.push([]);
    push([text], ['heading']);
  };
  const header = (cells: string[]): void => {
    const r = push(cells);
    bands.push({ range: range(r, 0, r, cells.length - 1), style: 'header' });
    const lines = Math.max(...cells.map((c, i) => wrappedLines(c, widths[i])));
    rowHeights[r] = rowHeight(lines, 12, 4);
  };
  const counts = (label: string, nums: number[], total = false): number => {
    const numberStyle: ReportStyleName = total ? 'totalCount' : 'count';
    return push([label, ...nums], [total ? 'totalLabel' : 'cell', ...nums.map(() => numberStyle)]);
  };

  spanned(L.summaryTitle, 'title', 14);
  spanned(
    `${lang === 'uk' ? 'за' : 'for'} ${periodPhrase(plan.period, lang, opts.periodPhrase)}, ${L.asOf.replace('{date}', formatDate(summary.asOf))}`,
    'subtitle',
  );

  // By status, with shares; the pie reads its labels and counts from here.
  heading(L.byStatus);
  const statusHeadingRow = values.length - 1;
  header([L.status, L.count, L.share]);
  const firstStatusRow = values.length;
  for (const s of shown) {
    const n = summary.byStatus[s];
    push([statusLabel(s, lang), n, share(n, summary.total)], ['cell', 'count', 'share']);
  }
  const lastStatusRow = values.length - 1;
  push([L.total, summary.total, summary.total > 0 ? 1 : 0], ['totalLabel', 'totalCount', 'totalShare']);
  if (shown.length > 0) {
    charts.push({
      type: 'pie',
      title: L.chartTitle,
      categories: range(firstStatusRow, 0, lastStatusRow, 0),
      values: range(firstStatusRow, 1, lastStatusRow, 1),
      anchor: { row: statusHeadingRow, col: 4 },
    });
    while (values.length < statusHeadingRow + CHART_ROWS) values.push([]);
  }

  // By section and by responsible person: total and one column per status that occurs.
  const statusHeaders = shown.map((s) => statusLabel(s, lang));
  heading(L.bySection);
  header([L.section, L.total, ...statusHeaders]);
  const offset = summary.bySection.length - plan.sections.length;
  summary.bySection.forEach((g, i) => {
    const section = plan.sections[i - offset];
    const label = g.label === '' && g.numeral === null ? L.noSection : (section?.text.trim() ?? g.label);
    counts(label, [g.total, ...shown.map((s) => g.byStatus[s])]);
  });
  counts(L.total, [summary.total, ...shown.map((s) => summary.byStatus[s])], true);

  heading(L.byResponsible);
  header([L.responsible, L.total, ...statusHeaders]);
  for (const g of summary.byResponsible) counts(g.label, [g.total, ...shown.map((s) => g.byStatus[s])]);

  heading(L.byDeadlineKind);
  header([L.deadlineKind, L.count]);
  for (const k of DEADLINE_KINDS) {
    if (summary.byDeadlineKind[k] > 0) counts(deadlineKindLabel(k, lang), [summary.byDeadlineKind[k]]);
  }
  counts(L.total, [summary.total], true);

  heading(L.findings);
  header([L.severity, L.count]);
  for (const s of SEVERITIES) counts(severityLabel(s, lang), [summary.findingsBySeverity[s]]);

  // Overdue measures, each with the cell to fill in and its deadline.
  heading(L.overdue);
  if (summary.overdue.length === 0) {
    push([L.noOverdue], ['note']);
  } else {
    header([L.measure, L.number, L.dueBy, L.cell, L.headers.responsible]);
    bands.push({ range: range(values.length - 1, 4, values.length - 1, lastCol), style: 'header' });
    merges.push(range(values.length - 1, 4, values.length - 1, lastCol));
    for (const o of summary.overdue) {
      const responsible = o.responsible.join('; ');
      const r = push(
        [
          o.measure,
          numberValue(o.number),
          formatDate(o.deadlineTo),
          qualifiedAddress(plan.sheetName, o.cell),
          responsible,
        ],
        ['cell', 'cellCenter', 'cellCenter', 'cellCenter'],
      );
      bands.push({ range: range(r, 4, r, lastCol), style: 'cell' });
      merges.push(range(r, 4, r, lastCol));
      const responsibleWidth = widths.slice(4).reduce((a, b) => a + b, 0);
      const lines = Math.max(
        wrappedLines(o.measure, LABEL_WIDTH),
        wrappedLines(responsible, responsibleWidth),
      );
      rowHeights[r] = rowHeight(lines, 12, 2);
    }
  }

  return {
    name: reportSheetNames(plan.period).summary,
    role: 'summary',
    values,
    styles: { ...REPORT_STYLES },
    bands,
    merges,
    columnWidths: widths,
    rowHeights,
    print: {
      paper: 'A4',
      // Portrait while the tables stay narrow; many status columns would print too small on it.
      orientation: widths.reduce((a, b) => a + b, 0) > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
      fitToWidth: true,
      footer: L.footer,
      margins: PRINT_MARGINS,
    },
    charts,
  };
}

function share(n: number, total: number): number {
  return total > 0 ? n / total : 0;
}

function numberValue(text: string): SpecValue {
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : text;
}
