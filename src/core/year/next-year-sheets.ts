// Next year's plan as sheets: the drafted plan (the old sheet's cells and merges, edited, in the official
// format: Times New Roman, a bordered table, the header repeated on every page) and the officer's list.
import { isDateCell, isErrorCell, type CellValue, type Grid } from '../grid';
import type { Lang } from '../i18n/lang';
import { statusLabel } from '../i18n/messages';
import { PRINT_MARGINS, REPORT_STYLES, range, rowHeight, wrappedLines } from '../report/report-styles';
import type { CellStyle, SheetSpec, SpecValue, StyleBand } from '../report/sheet-spec';
import type { ColumnKey, Period, Plan } from '../types';
import { measureRows } from '../plan/measure-rows';
import type { MeasureNote, NextYearDraft } from './next-year';
import { shiftYears } from './shift-years';
import { NEXT_YEAR_LABELS } from './year-labels';
import { tablePrint, type YearSheetSpec } from './year-sheet';

const WIDTH: Partial<Record<ColumnKey, number>> = {
  number: 6,
  measure: 45,
  deadline: 16,
  responsible: 28,
  execution: 40,
  status: 16,
  actualDate: 14,
  indicators: 25,
  risk: 25,
  notes: 20,
};
const OTHER_WIDTH = 18;
const CARRIED_FILL = 'FFF2CC';

const PLAN_STYLES = {
  title: REPORT_STYLES.title,
  text: { ...REPORT_STYLES.cell, border: false },
  header: { ...REPORT_STYLES.header, fill: undefined },
  section: { ...REPORT_STYLES.section, horizontal: 'left' },
  cell: REPORT_STYLES.cell,
  cellCenter: REPORT_STYLES.cellCenter,
  date: { ...REPORT_STYLES.cellCenter, numberFormat: 'dd.mm.yyyy' },
  carried: { ...REPORT_STYLES.cell, fill: CARRIED_FILL },
  carriedCenter: { ...REPORT_STYLES.cellCenter, fill: CARRIED_FILL },
} satisfies Record<string, CellStyle>;

/** Excel's serial day of a calendar date (1900 system; every date a plan names is after 1 March 1900). */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

function specValue(v: CellValue): SpecValue {
  if (v === null || typeof v === 'string' || typeof v === 'number') return v === '' ? null : v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateCell(v)) return excelSerial(v.date);
  if (isErrorCell(v)) return v.error;
  return null;
}

/** The sheet's name with its year moved when it names the plan's (`План 2024` -> `План 2025`). */
export function nextYearSheetName(name: string, draft: Pick<NextYearDraft, 'from' | 'by'>): string {
  const first = Number(draft.from.from.slice(0, 4));
  const last = Number(draft.from.to.slice(0, 4));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const moved = shiftYears(name, { years, by: draft.by });
  return moved.moved ? moved.text : name;
}

export function buildNextYearPlanSheet(plan: Plan, draft: NextYearDraft): YearSheetSpec {
  const grid = draft.grid;
  const oRow = grid.origin?.row ?? 0;
  const oCol = grid.origin?.col ?? 0;
  const values: SpecValue[][] = [];
  const dates: [number, number][] = [];
  for (let r = 0; r < oRow; r++) values.push([]);
  grid.rows.forEach((row, i) => {
    const out: SpecValue[] = new Array<SpecValue>(oCol).fill(null);
    row.forEach((v, j) => {
      out.push(specValue(v));
      if (v !== null && isDateCell(v)) dates.push([i + oRow, j + oCol]);
    });
    values.push(out);
  });
  while (values.length > 0 && values[values.length - 1].every((v) => v === null)) values.pop();

  const byColumn = new Map<number, ColumnKey>();
  for (const [key, c] of Object.entries(plan.columns) as [ColumnKey, number][]) byColumn.set(c, key);
  const lastCol = Math.max(plan.lastColumn, ...Object.values(plan.columns));
  const widths = Array.from({ length: lastCol + 1 }, (_, c) => WIDTH[byColumn.get(c)!] ?? OTHER_WIDTH);
  const merges = (grid.merges ?? []).map((m) => ({ ...m }));
  const bands: StyleBand[] = [];
  const rowHeights: Record<number, number> = {};
  // A plan read with columns given by the caller may have no header rows: the table then starts at the top.
  const headerStart = plan.headerRows.length > 0 ? plan.headerRows[0] - 1 : 0;
  const headerEnd = plan.headerRows.length > 0 ? plan.headerRows[plan.headerRows.length - 1] - 1 : -1;
  const tableEnd =
    Math.max(...plan.measures.flatMap(measureRows), ...plan.sections.map((s) => s.row), headerEnd + 1) - 1;
  const merged = (r: number) => merges.some((m) => m.top <= r && m.bottom >= r);

  // Above the header: a title line alone in the first column is centred across the table.
  for (let r = 0; r < headerStart; r++) {
    const filled = (values[r] ?? []).map((v, c) => [v, c] as const).filter(([v]) => v !== null);
    if (filled.length === 0) continue;
    if (filled.length === 1 && filled[0][1] === 0 && !merged(r) && lastCol > 0)
      merges.push(range(r, 0, r, lastCol));
    const title = filled.length === 1 && filled[0][1] === 0;
    bands.push({ range: range(r, 0, r, lastCol), style: title ? 'title' : 'text' });
    rowHeights[r] = rowHeight(
      wrappedLines(
        String(filled[0][0]),
        widths.reduce((a, b) => a + b, 0),
        14,
      ),
      14,
      2,
    );
  }
  if (headerEnd >= headerStart)
    bands.push({ range: range(headerStart, 0, headerEnd, lastCol), style: 'header' });
  if (tableEnd > headerEnd) {
    bands.push({ range: range(headerEnd + 1, 0, tableEnd, lastCol), style: 'cell' });
    for (const key of ['number', 'deadline', 'actualDate'] as const) {
      const c = plan.columns[key];
      if (c !== undefined) bands.push({ range: range(headerEnd + 1, c, tableEnd, c), style: 'cellCenter' });
    }
  }
  for (const s of plan.sections)
    bands.push({ range: range(s.row - 1, 0, s.row - 1, lastCol), style: 'section' });
  for (const r of draft.carriedRows) {
    bands.push({ range: range(r - 1, 0, r - 1, lastCol), style: 'carried' });
    const c = plan.columns.number;
    if (c !== undefined) bands.push({ range: range(r - 1, c, r - 1, c), style: 'carriedCenter' });
  }
  for (const [r, c] of dates) bands.push({ range: range(r, c, r, c), style: 'date' });
  // Heights from the widths a text really has: a merged area's whole width; text merged down over several
  // rows is left to them.
  const areas = new Map(merges.map((m) => [`${m.top}:${m.left}`, m]));
  const widthOf = (r: number, c: number): number | null => {
    const m = areas.get(`${r}:${c}`);
    if (!m) return widths[c] ?? OTHER_WIDTH;
    if (m.bottom > m.top) return null;
    return widths.slice(m.left, m.right + 1).reduce((a, b) => a + b, 0) || OTHER_WIDTH;
  };
  for (let r = headerStart; r < values.length; r++) {
    const row = values[r] ?? [];
    let lines = 1;
    row.forEach((v, c) => {
      const w = v === null ? null : widthOf(r, c);
      if (w !== null) lines = Math.max(lines, wrappedLines(String(v), w));
    });
    rowHeights[r] = rowHeight(lines, 12, 2);
  }

  return {
    name: nextYearSheetName(plan.sheetName, draft),
    role: 'next-year-plan',
    values,
    styles: { ...PLAN_STYLES },
    bands,
    merges,
    columnWidths: widths,
    rowHeights,
    ...(headerEnd >= 0 ? { freezeRows: headerEnd + 1 } : {}),
    print: tablePrint(headerEnd >= headerStart ? { from: headerStart + 1, to: headerEnd + 1 } : null, 'uk'),
  };
}

function years(p: Period, lang: Lang): string {
  const a = p.from.slice(0, 4);
  const b = p.to.slice(0, 4);
  if (lang === 'en') return a === b ? a : `${a}–${b}`;
  return a === b ? `${a} рік` : `${a}-${b} роки`;
}

/** `Перелік до плану 2025`: the officer's list, a sheet of ours. */
export function nextYearNotesSheetName(draft: Pick<NextYearDraft, 'to'>): string {
  const a = draft.to.from.slice(0, 4);
  const b = draft.to.to.slice(0, 4);
  return NEXT_YEAR_LABELS.uk.sheetName.replace('{to}', a === b ? a : `${a}-${b}`);
}

export function buildNextYearNotesSheet(draft: NextYearDraft, lang: Lang = 'uk'): YearSheetSpec {
  const L = NEXT_YEAR_LABELS[lang];
  const widths = [34, 8, 50, 30, 40];
  const lastCol = widths.length - 1;
  const full = widths.reduce((a, b) => a + b, 0);
  const values: SpecValue[][] = [];
  const bands: StyleBand[] = [];
  const merges: SheetSpec['merges'] = [];
  const rowHeights: Record<number, number> = {};
  const fromYears = years(draft.from, lang);
  const toYears = years(draft.to, lang);
  const spanned = (text: string, style: 'title' | 'subtitle' | 'heading' | 'note', size = 12) => {
    const r = values.length;
    values.push([text]);
    merges.push(range(r, 0, r, lastCol));
    bands.push({ range: range(r, 0, r, lastCol), style });
    rowHeights[r] = rowHeight(wrappedLines(text, full, size), size, 4);
  };
  spanned(L.title.replace('{to}', toYears).replace('{from}', fromYears), 'title', 14);
  spanned(L.intro, 'subtitle');
  values.push([]);
  const header = values.length;
  values.push([...L.headers]);
  bands.push({ range: range(header, 0, header, lastCol), style: 'header' });

  const row = (group: string, number: string, measure: string, before: string, after: string) => {
    const r = values.length;
    const cells: SpecValue[] = [
      group,
      /^[1-9]\d{0,5}$/.test(number) ? Number(number) : number || null,
      measure || null,
      before || null,
      after || null,
    ];
    values.push(cells);
    rowHeights[r] = rowHeight(
      Math.max(...cells.map((v, i) => wrappedLines(v === null ? '' : String(v), widths[i]))),
      12,
      2,
    );
  };
  const status = (m: MeasureNote) => L.status.replace('{status}', statusLabel(m.status, lang));
  const groups = L.groups;
  const fill = (text: string) => text.replace('{from}', fromYears);

  for (const m of draft.draftsThisPlan)
    row(groups.draftsThisPlan, m.number, m.measure, m.deadline, m.newDeadline);
  for (const m of draft.carriedOver)
    row(fill(groups.carriedOver), m.number, m.measure, m.deadline, status(m));
  for (const m of draft.dropCandidates)
    row(fill(groups.dropCandidates), m.number, m.measure, m.deadline, status(m));
  for (const u of draft.unmoved) {
    const why = L.reasons[u.reason].replace('{date}', u.date ?? '');
    row(u.field === 'title' ? groups.title : groups.unmoved, u.number, '', u.text, `${u.cell}: ${why}`);
  }
  for (const y of draft.yearInText) row(groups.yearInText, y.number, y.text, y.years.join(', '), y.cell);
  for (const m of draft.moved)
    row(m.field === 'deadline' ? groups.moved : groups.title, m.number, '', m.before, m.after);
  if (values.length === header + 1) row(L.none, '', '', '', '');

  const last = values.length - 1;
  bands.push({ range: range(header + 1, 0, last, lastCol), style: 'cell' });
  bands.push({ range: range(header + 1, 1, last, 1), style: 'cellCenter' });
  return {
    name: nextYearNotesSheetName(draft),
    role: 'next-year-notes',
    values,
    styles: { ...REPORT_STYLES },
    bands,
    merges,
    columnWidths: widths,
    rowHeights,
    freezeRows: header + 1,
    print: tablePrint({ from: header + 1, to: header + 1 }, lang),
  };
}

/** A sheet of the old workbook carried into the new one as its values (the office's list of positions). */
export function buildCarriedSheet(grid: Grid): YearSheetSpec {
  const values = grid.rows.map((row) => row.map(specValue));
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    name: grid.sheetName,
    role: 'next-year-plan',
    values,
    styles: { text: PLAN_STYLES.text },
    bands:
      values.length > 0 && width > 0
        ? [{ range: range(0, 0, values.length - 1, width - 1), style: 'text' }]
        : [],
    merges: (grid.merges ?? []).map((m) => ({ ...m })),
    columnWidths: Array.from({ length: width }, () => 60),
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, margins: PRINT_MARGINS },
  };
}
