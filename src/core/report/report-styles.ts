// Styles shared by the generated sheets: Times New Roman as Ukrainian official papers use it.
import { MAX_ROW_HEIGHT, linePitch, textBoxWidth } from './page-geometry';
import type { CellStyle, SpecRange } from './sheet-spec';
import { lineCount } from './text-metrics';

export const REPORT_FONT = 'Times New Roman';
export const HEADER_FILL = 'D9D9D9';

const body = { name: REPORT_FONT, size: 12 };

/** Named styles; every table style has borders and wrap so a band of them frames the whole table. */
export const REPORT_STYLES = {
  title: { font: { ...body, size: 14, bold: true }, horizontal: 'center', vertical: 'middle', wrap: true },
  subtitle: { font: { ...body, italic: true }, horizontal: 'center', vertical: 'middle', wrap: true },
  heading: { font: { ...body, bold: true }, horizontal: 'left', vertical: 'middle', wrap: true },
  header: {
    font: { ...body, bold: true },
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
    border: true,
    fill: HEADER_FILL,
  },
  section: {
    font: { ...body, bold: true },
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
    border: true,
  },
  cell: { font: body, horizontal: 'left', vertical: 'top', wrap: true, border: true },
  cellCenter: { font: body, horizontal: 'center', vertical: 'top', wrap: true, border: true },
  count: { font: body, horizontal: 'right', vertical: 'top', wrap: true, border: true, numberFormat: '0' },
  share: { font: body, horizontal: 'right', vertical: 'top', wrap: true, border: true, numberFormat: '0%' },
  totalLabel: {
    font: { ...body, bold: true },
    horizontal: 'left',
    vertical: 'top',
    wrap: true,
    border: true,
  },
  totalCount: {
    font: { ...body, bold: true },
    horizontal: 'right',
    vertical: 'top',
    wrap: true,
    border: true,
    numberFormat: '0',
  },
  totalShare: {
    font: { ...body, bold: true },
    horizontal: 'right',
    vertical: 'top',
    wrap: true,
    border: true,
    numberFormat: '0%',
  },
  note: { font: { ...body, italic: true }, horizontal: 'left', vertical: 'top', wrap: true },
} satisfies Record<string, CellStyle>;

export type ReportStyleName = keyof typeof REPORT_STYLES;

export { MAX_ROW_HEIGHT, PRINT_MARGINS } from './page-geometry';

export function range(top: number, left: number, bottom: number, right: number): SpecRange {
  return { top, left, bottom, right };
}

/** Points per line of wrapped text at a font size, as Excel spaces them. */
export function lineHeight(fontSize: number): number {
  return linePitch(fontSize);
}

/** Height in points for `lines` lines of text plus a little padding, within Excel's limit. */
export function rowHeight(lines: number, fontSize = 12, padding = 2): number {
  return Math.min(MAX_ROW_HEIGHT, lines * linePitch(fontSize) + padding);
}

/**
 * Lines a text takes in the report font (regular, `fontSize` points) in a column `width` characters wide.
 * Excel does not grow rows for wrapped text in a file it opens (nor ever for merged cells), so row heights
 * are set from this; see text-metrics.ts.
 */
export function wrappedLines(text: string, width: number, fontSize = 12): number {
  return lineCount(text, textBoxWidth(width), { size: fontSize });
}
