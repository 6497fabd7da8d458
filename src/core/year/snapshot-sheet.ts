// The snapshot as a sheet of ours, `Стан на 30.06.2024`: a few labelled lines (date, plan sheet, periods),
// then one row per measure with its texts as written, the status read, overdue and the findings of the day.
// Laid out to be read back (read-snapshot.ts): fixed headings, the finding codes beside the messages, the
// plan row on every measure row. A text longer than a cell holds continues in the rows below.
import { dottedDate } from '../calendar';
import type { Lang } from '../i18n/lang';
import { severityLabel, statusLabel } from '../i18n/messages';
import { REPORT_STYLES, range, rowHeight, wrappedLines } from '../report/report-styles';
import type { SheetSpec, SpecValue, StyleBand } from '../report/sheet-spec';
import { parseReportPeriod, reportPeriodPhrase } from './report-period';
import type { Snapshot, SnapshotMeasure } from './snapshot';
import { SNAPSHOT_LABELS } from './year-labels';
import { tablePrint, type YearSheetSpec } from './year-sheet';

/** Excel's limit of characters in a cell. */
export const CELL_LIMIT = 32767;

export const SNAPSHOT_COLUMNS = [
  'number',
  'measure',
  'deadline',
  'statusText',
  'execution',
  'actualDate',
  'status',
  'overdue',
  'findings',
  'codes',
  'row',
] as const;
export type SnapshotColumn = (typeof SNAPSHOT_COLUMNS)[number];

const WIDTHS: Record<SnapshotColumn, number> = {
  number: 6,
  measure: 40,
  deadline: 16,
  statusText: 14,
  execution: 50,
  actualDate: 12,
  status: 14,
  overdue: 11,
  findings: 40,
  codes: 20,
  row: 8,
};
const CENTRED: ReadonlySet<SnapshotColumn> = new Set(['number', 'deadline', 'actualDate', 'overdue', 'row']);

/** `Стан на 30.06.2024`. */
export function snapshotSheetName(asOf: string): string {
  return `Стан на ${dottedDate(asOf)}`;
}

/** Splits a text into pieces a cell can hold, never between the halves of a surrogate pair. */
export function cellPieces(text: string, limit = CELL_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + limit, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

function cells(m: SnapshotMeasure, lang: Lang): Record<SnapshotColumn, string | number> {
  const L = SNAPSHOT_LABELS[lang];
  return {
    number: /^[1-9]\d{0,5}$/.test(m.number) ? Number(m.number) : m.number,
    measure: m.measure,
    deadline: m.deadline,
    statusText: m.statusText,
    execution: m.execution,
    actualDate: m.actualDate,
    status: statusLabel(m.status, lang),
    overdue: m.overdue ? L.yes : '',
    findings: m.findings.map((f) => `${severityLabel(f.severity, lang)}: ${f.message}`).join('\n'),
    codes: m.findings.map((f) => f.rule).join('\n'),
    row: m.row,
  };
}

export function buildSnapshotSheet(snapshot: Snapshot, lang: Lang = 'uk', name?: string): YearSheetSpec {
  const L = SNAPSHOT_LABELS[lang];
  const lastCol = SNAPSHOT_COLUMNS.length - 1;
  const widths = SNAPSHOT_COLUMNS.map((c) => WIDTHS[c]);
  const values: SpecValue[][] = [];
  const bands: StyleBand[] = [];
  const merges: SheetSpec['merges'] = [];
  const rowHeights: Record<number, number> = {};

  values.push([L.title.replace('{date}', dottedDate(snapshot.asOf))]);
  merges.push(range(0, 0, 0, lastCol));
  bands.push({ range: range(0, 0, 0, lastCol), style: 'title' });
  rowHeights[0] = rowHeight(1, 14, 4);

  const period = snapshot.reportPeriod ? parseReportPeriod(snapshot.reportPeriod) : null;
  const meta: [string, string][] = [
    [L.asOf, dottedDate(snapshot.asOf)],
    [L.planSheet, snapshot.planSheet],
    [L.planPeriod, `${dottedDate(snapshot.planPeriod.from)} – ${dottedDate(snapshot.planPeriod.to)}`],
    [L.reportPeriod, period?.ok ? `${reportPeriodPhrase(period.period, lang)} (${period.period.code})` : ''],
    [L.taken, dottedDate(snapshot.taken)],
  ];
  for (const [label, value] of meta) {
    const r = values.length;
    values.push([label, null, value === '' ? null : value]);
    merges.push(range(r, 0, r, 1), range(r, 2, r, 5));
    bands.push({ range: range(r, 0, r, 1), style: 'heading' }, { range: range(r, 2, r, 5), style: 'note' });
  }
  values.push([]);

  const headerRow = values.length;
  values.push([...L.headers]);
  bands.push({ range: range(headerRow, 0, headerRow, lastCol), style: 'header' });
  rowHeights[headerRow] = rowHeight(Math.max(...L.headers.map((h, i) => wrappedLines(h, widths[i]))), 12, 4);

  for (const m of snapshot.measures) {
    const texts = cells(m, lang);
    const pieces = SNAPSHOT_COLUMNS.map((c) => {
      const v = texts[c];
      return typeof v === 'number' ? [v] : cellPieces(v);
    });
    const height = Math.max(...pieces.map((p) => p.length));
    for (let k = 0; k < height; k++) {
      const r = values.length;
      const row = pieces.map((p) => {
        const v = p[k];
        return v === undefined || v === '' ? null : v;
      });
      values.push(row);
      const lines = Math.max(...row.map((v, i) => wrappedLines(v === null ? '' : String(v), widths[i])));
      rowHeights[r] = rowHeight(lines, 12, 2);
    }
  }
  const lastRow = values.length - 1;
  if (lastRow > headerRow) {
    bands.push({ range: range(headerRow + 1, 0, lastRow, lastCol), style: 'cell' });
    SNAPSHOT_COLUMNS.forEach((c, i) => {
      if (CENTRED.has(c)) bands.push({ range: range(headerRow + 1, i, lastRow, i), style: 'cellCenter' });
    });
  }

  return {
    name: name ?? snapshotSheetName(snapshot.asOf),
    role: 'snapshot',
    values,
    styles: { ...REPORT_STYLES },
    bands,
    merges,
    columnWidths: widths,
    rowHeights,
    freezeRows: headerRow + 1,
    print: tablePrint({ from: headerRow + 1, to: headerRow + 1 }, lang),
  };
}
