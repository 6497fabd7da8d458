// The summary: the counts the officer used to make by hand, as small tables with totals, a pie of measures by
// status under its table, and the overdue measures with what "overdue" means. For paper: each table starts
// on a new page rather than split (a longer one repeats its header), and no cell addresses (they stay in the
// pane and in --json). buildSummaryReport gives the content (the Word copy is written from it);
// buildSummarySheet lays it out as a SheetSpec.
import type { Lang } from '../i18n/lang';
import { deadlineKindLabel, severityLabel, statusLabel } from '../i18n/messages';
import { DEADLINE_KINDS, type Plan, SEVERITIES, STATUSES, type Status, type Summary } from '../types';
import { REPORT_LABELS } from './labels';
import { dottedDate } from '../calendar';
import { periodPhrase } from '../i18n/period-phrase';
import { CELL_PADDING_PT, COLUMN_UNIT_PT, printableArea } from './page-geometry';
import { orientationFor } from './print-setup';
import { textWidth } from './text-metrics';
import type { ReportBlock, ReportCell, ReportDocument, ReportRow, ReportTable } from './report-model';
import type { ReportStyleName } from './report-styles';
import { layoutSheet } from './sheet-layout';
import { reportSheetNames } from './sheet-names';
import type { SheetSpec, SpecValue } from './sheet-spec';

export interface SummarySheetOptions {
  lang?: Lang;
  /** A summary for part of the plan's period: its phrase (`І півріччя 2023 року`) for the subtitle (core/year). */
  periodPhrase?: string;
}

/** Least widths in characters of the label column and of a number column. */
const LABEL_MIN = 30;
const LABEL_MAX = 60;
const NUMBER_MIN = 9;
const CHART = { width: 360, height: 200 };
const HEADER_FONT = { size: 12, bold: true };

/**
 * Columns for the tables: number columns wide enough for the longest word of their headings (a heading
 * wraps between words, never inside one), the label column the rest of A4 portrait, or landscape when
 * there are too many number columns for that.
 */
function summaryColumns(headers: string[], count: number): number[] {
  let widest = 0;
  for (const h of headers)
    for (const word of h.split(/\s+/)) widest = Math.max(widest, textWidth(word, HEADER_FONT));
  const number = Math.max(NUMBER_MIN, Math.ceil((widest + CELL_PADDING_PT) / COLUMN_UNIT_PT));
  const across = (o: 'portrait' | 'landscape'): number => Math.floor(printableArea(o).width / COLUMN_UNIT_PT);
  let label = across('portrait') - number * count;
  if (label < LABEL_MIN)
    label = Math.min(LABEL_MAX, Math.max(LABEL_MIN, across('landscape') - number * count));
  return [Math.min(LABEL_MAX, label), ...Array.from({ length: count }, () => number)];
}

export function buildSummarySheet(plan: Plan, summary: Summary, opts: SummarySheetOptions = {}): SheetSpec {
  return layoutSheet(buildSummaryReport(plan, summary, opts));
}

export function buildSummaryReport(
  plan: Plan,
  summary: Summary,
  opts: SummarySheetOptions = {},
): ReportDocument {
  const lang = opts.lang ?? 'uk';
  const L = REPORT_LABELS[lang];
  const shown: Status[] = STATUSES.filter((s) => summary.byStatus[s] > 0);
  // The overdue table needs four columns beside its label: number, date, and two for the persons.
  const numberColumns = Math.max(1 + shown.length, 4);
  const columns = summaryColumns(
    [L.total, L.count, L.share, L.number, L.dueBy, ...shown.map((st) => statusLabel(st, lang))],
    numberColumns,
  );
  const blocks: ReportBlock[] = [];

  const cell = (value: SpecValue, style: ReportStyleName, span?: number): ReportCell => ({
    value,
    style,
    ...(span ? { span } : {}),
  });
  const row = (cells: ReportCell[]): ReportRow => ({ kind: 'cells', cells });
  const counts = (label: string, nums: number[], total = false): ReportRow =>
    row([
      cell(label, total ? 'totalLabel' : 'cell'),
      ...nums.map((n) => cell(n, total ? 'totalCount' : 'count')),
    ]);
  /** A heading (and a note on what the table holds), then the table: kept together on one page. */
  const table = (
    heading: string,
    header: (string | ReportCell)[],
    rows: ReportRow[],
    note?: string,
  ): void => {
    blocks.push({ kind: 'gap', height: 9 });
    blocks.push({ kind: 'line', text: heading, style: 'heading', keepWithNext: true });
    if (note) blocks.push({ kind: 'line', text: note, style: 'note', keepWithNext: true });
    const t: ReportTable = {
      kind: 'table',
      header: header.map((h) => (typeof h === 'string' ? cell(h, 'header') : h)),
      rows,
      repeatHeader: 'copy',
      keepTogether: true,
    };
    blocks.push(t);
  };

  blocks.push({ kind: 'line', text: L.summaryTitle, style: 'title' });
  const period = L.forPeriod.replace('{period}', opts.periodPhrase ?? periodPhrase(plan.period, lang));
  blocks.push({
    kind: 'line',
    text: `${period}, ${L.asOf.replace('{date}', dottedDate(summary.asOf))}`,
    style: 'subtitle',
  });

  // By status, with shares; the pie under it reads its labels and counts from there.
  table(
    L.byStatus,
    [L.status, L.count, L.share],
    [
      ...shown.map((s) =>
        row([
          cell(statusLabel(s, lang), 'cell'),
          cell(summary.byStatus[s], 'count'),
          cell(share(summary.byStatus[s], summary.total), 'share'),
        ]),
      ),
      row([
        cell(L.total, 'totalLabel'),
        cell(summary.total, 'totalCount'),
        cell(summary.total > 0 ? 1 : 0, 'totalShare'),
      ]),
    ],
  );
  if (shown.length > 0) {
    blocks.push({
      kind: 'chart',
      title: L.chartTitle,
      table: blocks.length - 1,
      rows: { from: 0, to: shown.length - 1 },
      labelCell: 0,
      valueCell: 1,
      ...CHART,
    });
  }

  // By section and by responsible person: total and one column per status that occurs.
  const statusHeaders = shown.map((s) => statusLabel(s, lang));
  const offset = summary.bySection.length - plan.sections.length;
  table(
    L.bySection,
    [L.section, L.total, ...statusHeaders],
    [
      ...summary.bySection.map((g, i) => {
        const section = plan.sections[i - offset];
        const label = g.label === '' && g.numeral === null ? L.noSection : (section?.text.trim() ?? g.label);
        return counts(label, [g.total, ...shown.map((s) => g.byStatus[s])]);
      }),
      counts(L.total, [summary.total, ...shown.map((s) => summary.byStatus[s])], true),
    ],
  );

  table(
    L.byResponsible,
    [L.responsible, L.total, ...statusHeaders],
    summary.byResponsible.map((g) => counts(g.label, [g.total, ...shown.map((s) => g.byStatus[s])])),
  );

  table(
    L.byDeadlineKind,
    [L.deadlineKind, L.count],
    [
      ...DEADLINE_KINDS.filter((k) => summary.byDeadlineKind[k] > 0).map((k) =>
        counts(deadlineKindLabel(k, lang), [summary.byDeadlineKind[k]]),
      ),
      counts(L.total, [summary.total], true),
    ],
  );

  table(
    L.findings,
    [L.severity, L.count],
    SEVERITIES.map((s) => counts(severityLabel(s, lang), [summary.findingsBySeverity[s]])),
  );

  // Overdue measures (exactly those with a missing-execution finding), their deadline and who answers.
  const note = L.overdueNote.replace('{date}', dottedDate(summary.asOf));
  if (summary.overdue.length === 0) {
    blocks.push({ kind: 'gap', height: 9 });
    blocks.push({ kind: 'line', text: L.overdue, style: 'heading', keepWithNext: true });
    blocks.push({ kind: 'line', text: L.noOverdue, style: 'note' });
  } else {
    const persons = numberColumns - 2;
    table(
      L.overdue,
      [L.measure, L.number, L.dueBy, cell(L.headers.responsible, 'header', persons)],
      summary.overdue.map((o) =>
        row([
          cell(o.measure === '' ? null : o.measure, 'cell'),
          cell(numberValue(o.number), 'cellCenter'),
          cell(dottedDate(o.deadlineTo), 'cellCenter'),
          cell(o.responsible.length ? o.responsible.join('; ') : null, 'cell', persons),
        ]),
      ),
      note,
    );
  }

  return {
    role: 'summary',
    name: reportSheetNames(plan.period, lang).summary,
    lang,
    columns,
    // Portrait while the tables stay narrow; many status columns would print too small on it.
    orientation: orientationFor(columns),
    blocks,
  };
}

function share(n: number, total: number): number {
  return total > 0 ? n / total : 0;
}

function numberValue(text: string): SpecValue {
  if (text === '') return null;
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : text;
}
