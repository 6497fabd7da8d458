// The execution report as the seed lays it out: title, one header row, section rows across the table,
// one row per measure with the plan's texts copied exactly. A description only; hosts write it.
import type { Lang } from '../i18n/lang';
import { extractWorkDates } from '../status/work-dates';
import type { Measure, Plan, Section } from '../types';
import { statusLabel } from '../i18n/messages';
import { type ExtraColumn, REPORT_LABELS, type ReportLabels, formatDate, periodPhrase } from './labels';
import { PRINT_MARGINS, REPORT_STYLES, range, rowHeight, wrappedLines } from './report-styles';
import { reportSheetNames } from './sheet-names';
import { titleForPeriod } from '../year/period-title';
import type { SheetSpec, SpecValue, StyleBand } from './sheet-spec';

export interface ExecutionTableOptions {
  extraColumns?: ExtraColumn[];
  lang?: Lang;
  /** A report for part of the plan's period: its phrase (`І півріччя 2023 року`) for the title (core/year). */
  periodPhrase?: string;
  /** A note of ours for an empty execution cell (`Термін виконання не настав`); the clerk's text always wins. */
  executionNote?: (m: Measure) => string | null;
}

interface Column {
  header: string;
  width: number;
  centred: boolean;
  value: (m: Measure) => SpecValue;
}

/** Total width in characters that fits A4 landscape at 100% with narrow margins. */
const TABLE_WIDTH = 150;

export function buildExecutionTable(plan: Plan, opts: ExecutionTableOptions = {}): SheetSpec {
  const lang = opts.lang ?? 'uk';
  const L = REPORT_LABELS[lang];
  const columns = tableColumns(plan, L, lang, opts.extraColumns ?? [], opts.executionNote);
  const lastCol = columns.length - 1;
  const widths = columns.map((c) => c.width);
  const fullWidth = widths.reduce((a, b) => a + b, 0);

  const values: SpecValue[][] = [];
  const merges: SheetSpec['merges'] = [];
  const bands: StyleBand[] = [];
  const rowHeights: Record<number, number> = {};

  // Title: our heading, then the plan's own title lines as written (merged across the table).
  for (const line of [L.title, ...titleLines(plan, L, lang, opts.periodPhrase)]) {
    const r = values.length;
    values.push([line]);
    merges.push(range(r, 0, r, lastCol));
    bands.push({ range: range(r, 0, r, lastCol), style: 'title' });
    rowHeights[r] = rowHeight(wrappedLines(line, fullWidth, 14), 14, 2);
  }
  values.push([]); // a blank row between the title and the table

  const headerRow = values.length;
  values.push(columns.map((c) => c.header));
  bands.push({ range: range(headerRow, 0, headerRow, lastCol), style: 'header' });
  rowHeights[headerRow] = rowHeight(Math.max(...columns.map((c) => wrappedLines(c.header, c.width))), 12, 4);

  // Sections and measures in the order of the sheet, so each measure sits under its section.
  const items: ({ row: number; section: Section } | { row: number; measure: Measure })[] = [
    ...plan.sections.map((section) => ({ row: section.row, section })),
    ...plan.measures.map((measure) => ({ row: measure.row, measure })),
  ].sort((a, b) => a.row - b.row);

  const sectionRows: number[] = [];
  for (const item of items) {
    const r = values.length;
    if ('section' in item) {
      values.push([item.section.text]);
      merges.push(range(r, 0, r, lastCol));
      sectionRows.push(r);
      rowHeights[r] = rowHeight(wrappedLines(item.section.text, fullWidth), 12, 2);
    } else {
      values.push(columns.map((c) => c.value(item.measure)));
      rowHeights[r] = rowHeight(
        Math.max(...columns.map((c, i) => wrappedLines(String(values[r][i] ?? ''), c.width))),
        12,
        2,
      );
    }
  }
  const lastRow = values.length - 1;

  if (lastRow > headerRow) {
    // Every table cell gets borders and wrap; number and deadline columns centred; section rows on top.
    bands.push({ range: range(headerRow + 1, 0, lastRow, lastCol), style: 'cell' });
    columns.forEach((c, i) => {
      if (c.centred) bands.push({ range: range(headerRow + 1, i, lastRow, i), style: 'cellCenter' });
    });
    for (const r of sectionRows) bands.push({ range: range(r, 0, r, lastCol), style: 'section' });
  }

  return {
    name: reportSheetNames(plan.period).table,
    role: 'execution-table',
    values,
    styles: { ...REPORT_STYLES },
    bands,
    merges,
    columnWidths: widths,
    rowHeights,
    freezeRows: headerRow + 1,
    print: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { from: headerRow + 1, to: headerRow + 1 },
      footer: L.footer,
      margins: PRINT_MARGINS,
    },
  };
}

/** Approval stamps above a plan (`ЗАТВЕРДЖЕНО розпорядженням … від … № …`, `Додаток 1`): not its title. */
const STAMP =
  /^\s*(?:затверджено|затверджую|погоджено|схвалено|додаток|рішенням|розпорядженням|наказом|постановою|від\s+\d|№\s*\S+\s*$)/iu;

/**
 * The plan's title lines as written, without approval stamps and without a leading `ВИКОНАННЯ ПЛАНУ` (or
 * `ПЛАН`) that our own heading replaces; the period is added on a line of its own when no line names its year.
 */
export function titleLines(plan: Plan, L: ReportLabels, lang: Lang, reported?: string): string[] {
  const lines = plan.title.filter((t) => t.trim() !== '' && !STAMP.test(t));
  if (lines.length > 0) {
    const rest = lines[0].replace(/^\s*(?:виконання\s+плану|план)(?=\s|$)\s*/iu, '');
    if (rest !== lines[0]) {
      if (rest.trim() === '') lines.shift();
      else lines[0] = rest;
    }
  }
  const period = periodPhrase(plan.period, lang, reported);
  if (lines.length === 0) return [L.fallbackTitle.replace('{period}', period)];
  if (reported) return titleForPeriod(lines, plan.period, reported, lang);
  const year = plan.period.from.slice(0, 4);
  if (!lines.some((l) => l.includes(year))) lines.push(lang === 'uk' ? `за ${period}` : `for ${period}`);
  return lines;
}

function tableColumns(
  plan: Plan,
  L: ReportLabels,
  lang: Lang,
  extra: ExtraColumn[],
  note?: (m: Measure) => string | null,
): Column[] {
  const wantStatus = extra.includes('status');
  const wantDate = extra.includes('actualDate');
  const fixed = 6 + 16 + 28 + (wantStatus ? 14 : 0) + (wantDate ? 12 : 0);
  // Measure and execution texts are the long ones: they share what is left, 2 : 3.
  const measureWidth = Math.round(((TABLE_WIDTH - fixed) * 2) / 5);
  const executionWidth = TABLE_WIDTH - fixed - measureWidth;
  const year = Number(plan.period.from.slice(0, 4));
  const cols: Column[] = [
    { header: L.headers.number, width: 6, centred: true, value: (m) => numberValue(m.number) },
    { header: L.headers.measure, width: measureWidth, centred: false, value: (m) => textValue(m.measure) },
    { header: L.headers.deadline, width: 16, centred: true, value: (m) => textValue(m.deadline.text) },
    { header: L.headers.responsible, width: 28, centred: false, value: (m) => textValue(m.responsibleText) },
    {
      header: L.headers.execution,
      width: executionWidth,
      centred: false,
      value: (m) => textValue(m.execution) ?? note?.(m) ?? null,
    },
  ];
  if (wantStatus) {
    cols.push({
      header: L.headers.status,
      width: 14,
      centred: true,
      // The office's own status word when it wrote one; otherwise the status read from the execution text.
      value: (m) => (m.statusText?.trim() ? m.statusText : statusLabel(m.status.status, lang)),
    });
  }
  if (wantDate) {
    cols.push({ header: L.headers.actualDate, width: 12, centred: true, value: (m) => actualDate(m, year) });
  }
  return cols;
}

/** A plain whole number is written as a number, as the clerk's sheet has it; `1.`, `1.1`, `1)` stay text. */
function numberValue(text: string): SpecValue {
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : textValue(text);
}

function textValue(text: string): SpecValue {
  return text === '' ? null : text;
}

/** The office's actual-date cell when there is one, else the last date of work named in the execution text. */
function actualDate(m: Measure, year: number): SpecValue {
  if (m.actualDate?.trim()) return formatDate(m.actualDate);
  const dates = extractWorkDates(m.execution, Number.isFinite(year) ? year : undefined);
  return dates.length ? formatDate([...dates].sort().at(-1)!) : null;
}
