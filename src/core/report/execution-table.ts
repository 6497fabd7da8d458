// The execution report as the seed lays it out: title, one header row, section rows across the table, one
// row per measure with the plan's texts copied exactly. buildExecutionReport gives the content (the Word copy
// is written from it); buildExecutionTable lays it out on A4 landscape pages as a SheetSpec.
import type { Lang } from '../i18n/lang';
import { statusLabel } from '../i18n/messages';
import { extractWorkDates } from '../status/work-dates';
import type { Measure, Plan, Section } from '../types';
import { type ExtraColumn, REPORT_LABELS, type ReportLabels } from './labels';
import { dottedDate } from '../calendar';
import { periodPhrase } from '../i18n/period-phrase';
import { columnWidths } from './execution-widths';
import type { ReportBlock, ReportCell, ReportDocument, ReportRow } from './report-model';
import type { ReportStyleName } from './report-styles';
import { layoutSheet } from './sheet-layout';
import { reportSheetNames } from './sheet-names';
import { titleForPeriod } from '../year/period-title';
import type { SheetSpec, SpecValue } from './sheet-spec';

export interface ExecutionTableOptions {
  extraColumns?: ExtraColumn[];
  lang?: Lang;
  /** A report for part of the plan's period: its phrase (`І півріччя 2023 року`) for the title (core/year). */
  periodPhrase?: string;
  /** A note of ours for an empty execution cell (`Термін виконання не настав`); the clerk's text always wins. */
  executionNote?: (m: Measure) => string | null;
}

export interface ExecutionColumn {
  key: 'number' | 'measure' | 'deadline' | 'responsible' | 'execution' | ExtraColumn;
  header: string;
  style: ReportStyleName;
  value: (m: Measure) => SpecValue;
}

export function buildExecutionTable(plan: Plan, opts: ExecutionTableOptions = {}): SheetSpec {
  return layoutSheet(buildExecutionReport(plan, opts));
}

export function buildExecutionReport(plan: Plan, opts: ExecutionTableOptions = {}): ReportDocument {
  const lang = opts.lang ?? 'uk';
  const L = REPORT_LABELS[lang];
  const columns = tableColumns(plan, L, lang, opts.extraColumns ?? [], opts.executionNote);

  const blocks: ReportBlock[] = [];
  blocks.push({ kind: 'line', text: L.title, style: 'title' });
  for (const line of titleLines(plan, L, lang, opts.periodPhrase))
    blocks.push({ kind: 'line', text: line.text, style: line.style });
  blocks.push({ kind: 'gap', height: 9 });

  // Sections and measures in the order of the sheet, so each measure sits under its section.
  const items: ({ row: number; section: Section } | { row: number; measure: Measure })[] = [
    ...plan.sections.map((section) => ({ row: section.row, section })),
    ...plan.measures.map((measure) => ({ row: measure.row, measure })),
  ].sort((a, b) => a.row - b.row);
  const rows: ReportRow[] = items.map((item) =>
    'section' in item
      ? { kind: 'band', text: item.section.text, style: 'section' }
      : {
          kind: 'cells',
          cells: columns.map((c): ReportCell => ({ value: c.value(item.measure), style: c.style })),
        },
  );
  blocks.push({
    kind: 'table',
    header: columns.map((c) => ({ value: c.header, style: 'header' })),
    rows,
    repeatHeader: 'print-titles',
    keepTogether: false,
  });

  return {
    role: 'execution-table',
    name: reportSheetNames(plan.period, lang).table,
    lang,
    columns: columnWidths(
      columns.map((c) => c.key),
      plan.measures,
    ),
    orientation: 'landscape',
    blocks,
    freezeHeader: true,
  };
}

/** Approval stamps above a plan (`ЗАТВЕРДЖЕНО розпорядженням … від … № …`, `Додаток 1`): not its title. */
const STAMP =
  /^\s*(?:затверджено|затверджую|погоджено|схвалено|додаток|рішенням|розпорядженням|наказом|постановою|від\s+\d|№\s*\S+\s*$)/iu;

/**
 * The lines under our heading. In Ukrainian: the plan's title lines as written, without approval stamps and
 * without a leading `ВИКОНАННЯ ПЛАНУ` (or `ПЛАН`) that our heading replaces, with the period added on a line
 * of its own when no line names its year. In English: our own line naming the plan and period, then the
 * plan's title as written (a name is not translated).
 */
export function titleLines(
  plan: Plan,
  L: ReportLabels,
  lang: Lang,
  reported?: string,
): { text: string; style: ReportStyleName }[] {
  const lines = plan.title.filter((t) => t.trim() !== '' && !STAMP.test(t));
  if (lines.length > 0) {
    const rest = lines[0].replace(/^\s*(?:виконання\s+плану|план)(?=\s|$)\s*/iu, '');
    if (rest !== lines[0]) {
      if (rest.trim() === '') lines.shift();
      else lines[0] = rest;
    }
  }
  const period = reported ?? periodPhrase(plan.period, lang);
  const ours = L.fallbackTitle.replace('{period}', period);
  if (lang === 'en') {
    return [{ text: ours, style: 'title' }, ...lines.map((text) => ({ text, style: 'subtitle' as const }))];
  }
  if (lines.length === 0) return [{ text: ours, style: 'title' }];
  if (reported)
    return titleForPeriod(lines, plan.period, reported, lang).map((text) => ({ text, style: 'title' }));
  const year = plan.period.from.slice(0, 4);
  if (!lines.some((l) => l.includes(year))) lines.push(L.forPeriod.replace('{period}', period));
  return lines.map((text) => ({ text, style: 'title' }));
}

function tableColumns(
  plan: Plan,
  L: ReportLabels,
  lang: Lang,
  extra: ExtraColumn[],
  note?: (m: Measure) => string | null,
): ExecutionColumn[] {
  const year = Number(plan.period.from.slice(0, 4));
  const cols: ExecutionColumn[] = [
    { key: 'number', header: L.headers.number, style: 'cellCenter', value: (m) => numberValue(m.number) },
    { key: 'measure', header: L.headers.measure, style: 'cell', value: (m) => textValue(m.measure) },
    {
      key: 'deadline',
      header: L.headers.deadline,
      style: 'cellCenter',
      value: (m) => textValue(m.deadline.text),
    },
    {
      key: 'responsible',
      header: L.headers.responsible,
      style: 'cell',
      value: (m) => textValue(m.responsibleText),
    },
    {
      key: 'execution',
      header: L.headers.execution,
      style: 'cell',
      value: (m) => textValue(m.execution) ?? note?.(m) ?? null,
    },
  ];
  if (extra.includes('status')) {
    cols.push({
      key: 'status',
      header: L.headers.status,
      style: 'cellCenter',
      // The office's own status word when it wrote one; otherwise the status read from the execution text.
      value: (m) => (m.statusText?.trim() ? m.statusText : statusLabel(m.status.status, lang)),
    });
  }
  if (extra.includes('actualDate')) {
    cols.push({
      key: 'actualDate',
      header: L.headers.actualDate,
      style: 'cellCenter',
      value: (m) => actualDate(m, year),
    });
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
  if (m.actualDate?.trim()) return dottedDate(m.actualDate);
  const dates = extractWorkDates(m.execution, Number.isFinite(year) ? year : undefined);
  return dates.length ? dottedDate([...dates].sort().at(-1)!) : null;
}
