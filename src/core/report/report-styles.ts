// Styles shared by the generated sheets: Times New Roman as Ukrainian official papers use it.
import type { CellStyle, PrintSetup, SpecRange } from './sheet-spec';

export const REPORT_FONT = 'Times New Roman';
export const HEADER_FILL = 'D9D9D9';

const body = { name: REPORT_FONT, size: 12 };

/** Named styles; every table style has borders and wrap so a band of them frames the whole table. */
export const REPORT_STYLES = {
  title: { font: { ...body, size: 14, bold: true }, horizontal: 'center', vertical: 'middle', wrap: true },
  subtitle: { font: { ...body, italic: true }, horizontal: 'center', vertical: 'middle', wrap: true },
  heading: { font: { ...body, bold: true }, horizontal: 'left', vertical: 'middle', wrap: false },
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
  note: { font: { ...body, italic: true }, horizontal: 'left', vertical: 'top', wrap: false },
} satisfies Record<string, CellStyle>;

export type ReportStyleName = keyof typeof REPORT_STYLES;

export const PRINT_MARGINS: PrintSetup['margins'] = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 };

export function range(top: number, left: number, bottom: number, right: number): SpecRange {
  return { top, left, bottom, right };
}

/** Points per line of wrapped text at a font size (Excel's default line height is about 1.3 × size). */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.3 * 4) / 4;
}

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Height in points for `lines` lines of text plus a little padding, within Excel's limit. */
export function rowHeight(lines: number, fontSize = 12, padding = 2): number {
  return Math.min(MAX_ROW_HEIGHT, lines * lineHeight(fontSize) + padding);
}

/**
 * Lines a text takes in a column `width` characters wide. Excel does not grow rows for wrapped text in a
 * file it opens (nor ever for merged cells), so the builders set heights from this estimate; it errs long.
 */
export function wrappedLines(text: string, width: number, fontSize = 12): number {
  // Width units are characters of an 11 pt font; a larger font fits proportionally fewer per line.
  const perLine = Math.max(1, Math.floor(((width - 1) * 11.5) / fontSize));
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    lines += Math.max(1, wrapCount(paragraph, perLine));
  }
  return lines;
}

/** Word-wrap count: words longer than a line break across lines, as Excel does. */
function wrapCount(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(' ')) {
    let len = word.length;
    const need = used === 0 ? len : used + 1 + len;
    if (need <= perLine) {
      used = need;
      continue;
    }
    if (used > 0) lines++;
    while (len > perLine) {
      lines++;
      len -= perLine;
    }
    used = len;
  }
  return lines;
}
