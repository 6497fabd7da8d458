// The report as content, before any page layout: titles, headings, tables of cells, notes and charts, with
// the column widths they are printed at. One model, several writers: sheet-layout.ts turns it into a
// SheetSpec (row heights, continuation rows, page breaks) for Excel and the xlsx file; the Word writer flows
// it into a .docx. Texts from the plan are carried exactly as written.
import type { Lang } from '../i18n/lang';
import type { ReportStyleName } from './report-styles';
import type { Orientation } from './print-setup';
import type { SheetSpec, SpecValue } from './sheet-spec';

export interface ReportCell {
  value: SpecValue;
  style: ReportStyleName;
  /** Sheet columns the cell spans (default 1). */
  span?: number;
}

/** A row of a table: cells, or one band across the table (a section of the plan). */
export type ReportRow =
  { kind: 'cells'; cells: ReportCell[] } | { kind: 'band'; text: string; style: ReportStyleName };

export interface ReportTable {
  kind: 'table';
  header: ReportCell[];
  rows: ReportRow[];
  /**
   * How the header reaches every page the table is printed on: the sheet's print titles (one table a
   * sheet), or a copy of the header row at the top of each page the table continues on.
   */
  repeatHeader: 'print-titles' | 'copy';
  /** Start the table (and the heading before it) on a new page rather than split it, when it fits on one. */
  keepTogether: boolean;
}

/** A pie of a table's counts: labels from one column, values from another, over a run of its rows. */
export interface ReportChart {
  kind: 'chart';
  title: string;
  /** Index (in blocks) of the table it reads. */
  table: number;
  /** Rows of that table (indices into its rows) and the columns (cell indices) of labels and values. */
  rows: { from: number; to: number };
  labelCell: number;
  valueCell: number;
  /** Size in points. */
  width: number;
  height: number;
}

export type ReportBlock =
  /** A line across the page: a title, subtitle, heading (kept with what follows) or note. */
  | { kind: 'line'; text: string; style: ReportStyleName; keepWithNext?: boolean }
  | { kind: 'gap'; height: number }
  | ReportTable
  | ReportChart;

export interface ReportDocument {
  role: SheetSpec['role'];
  /** The sheet's name; the Word copy's section title comes from its blocks. */
  name: string;
  lang: Lang;
  /** Widths in characters (SheetSpec's unit) of the columns the blocks are laid on. */
  columns: number[];
  orientation: Orientation;
  blocks: ReportBlock[];
  /** Freeze the panes under the print-titles table header. */
  freezeHeader?: boolean;
}
