// The Word copy of the report, written with the `docx` package from the same ReportDocuments the sheets are
// laid out from (no second layout to keep in step): one section each, A4 in the document's orientation,
// Times New Roman, title lines, tables with borders whose header row repeats on every page, section rows
// across the table, page numbers "Сторінка N з M". Word flows the text, so a long cell simply
// continues on the next page; every text is written as it is, line breaks and spaces kept.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { A4, FOOTER_MARGIN, PRINT_MARGINS } from '../core/report/page-geometry';
import type { ReportCell, ReportDocument, ReportTable } from '../core/report/report-model';
import { REPORT_FONT, REPORT_STYLES, type ReportStyleName } from '../core/report/report-styles';
import { GENERATED_MARK, type SpecValue } from '../core/report/sheet-spec';
import { REPORT_LABELS } from '../core/report/labels';
import { longestWords, wordsFit } from './docx-columns';
import { writeViaTemp } from './temp-write';

const TWIPS_PER_PT = 20;
const inch = (n: number): number => Math.round(n * 1440);
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** As little room around a cell's text as a sheet cell keeps (1.5 pt a side), so it wraps alike. */
const CELL_MARGINS = { top: 20, bottom: 20, left: 30, right: 30 };

/**
 * XML 1.0 cannot hold most control characters, a lone surrogate or U+FFFE/U+FFFF: Word would refuse the
 * file. Each is written as its visible stand-in (␀…␟, ␡, �) — the only change to a plan's text, and only
 * to characters no document can carry.
 */
export function wordSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => {
      const code = c.charCodeAt(0);
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      if (code === 0x7f) return '\u2421';
      return '\ufffd';
    },
  );
}

interface RunStyle {
  bold: boolean;
  italic: boolean;
  size: number;
}

function runStyle(style: ReportStyleName): RunStyle {
  const f = REPORT_STYLES[style].font as { size: number; bold?: boolean; italic?: boolean };
  return { bold: f.bold === true, italic: f.italic === true, size: f.size };
}

function alignment(style: ReportStyleName): (typeof AlignmentType)[keyof typeof AlignmentType] {
  const h = (REPORT_STYLES[style] as { horizontal?: string }).horizontal;
  return h === 'center' ? AlignmentType.CENTER : h === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
}

/** A value as the sheet prints it: numbers as counts or shares, texts as written. */
function shown(value: SpecValue, style: ReportStyleName): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return (REPORT_STYLES[style] as { numberFormat?: string }).numberFormat === '0%'
    ? `${Math.round(value * 100)}%`
    : String(value);
}

/**
 * One paragraph per line of the text (a blank line stays a blank paragraph), tabs kept as tabs; `keepNext`
 * keeps them on the page of what follows, `before` is space above the first, in points.
 */
function paragraphs(text: string, style: ReportStyleName, keepNext = false, before = 0): Paragraph[] {
  return wordSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line, n) => {
      const parts = line.split('\t');
      const children =
        parts.length === 1
          ? line
            ? [new TextRun(line)]
            : []
          : parts.flatMap((part, i) => [
              ...(i > 0 ? [new TextRun({ children: [new Tab()] })] : []),
              ...(part ? [new TextRun(part)] : []),
            ]);
      // Font, size and alignment come from the paragraph style of the report style (see paragraphStyles):
      // a 10,000-measure report stays a document Word opens in seconds.
      return new Paragraph({
        children,
        style: style,
        ...(keepNext ? { keepNext: true, keepLines: true } : {}),
        ...(n === 0 && before > 0 ? { spacing: { before: before * TWIPS_PER_PT } } : {}),
      });
    });
}

/** One paragraph style per report style: its font size, bold or italic, and alignment. */
function paragraphStyles() {
  return (Object.keys(REPORT_STYLES) as ReportStyleName[]).map((id) => {
    const r = runStyle(id);
    return {
      id,
      name: `Report ${id}`,
      basedOn: 'Normal',
      run: { size: r.size * 2, bold: r.bold, italics: r.italic },
      paragraph: { alignment: alignment(id) },
    };
  });
}

/**
 * A table on the sheet's columns, scaled so the sheet's full width is the page's: a table using fewer
 * columns (the summary's small ones) is as much narrower as on the sheet.
 */
function tableBlock(t: ReportTable, sheetColumns: number[], width: number): Table {
  const total = sheetColumns.reduce((a, b) => a + b, 0);
  const used = Math.max(
    ...[t.header, ...t.rows.map((r) => (r.kind === 'cells' ? r.cells : []))].map((cells) =>
      cells.reduce((n, c) => n + (c.span ?? 1), 0),
    ),
  );
  const columns = sheetColumns.slice(0, Math.max(1, Math.min(used, sheetColumns.length)));
  const widths = wordsFit(
    columns.map((c) => Math.floor((c / total) * width)),
    longestWords(t, columns.length, CELL_MARGINS.left + CELL_MARGINS.right),
  );
  const spanWidth = (from: number, span: number): number =>
    widths.slice(from, from + span).reduce((a, b) => a + b, 0);
  const cells = (row: ReportCell[], header: boolean, keepNext: boolean): TableCell[] => {
    let col = 0;
    return row.map((cell) => {
      const span = Math.max(1, Math.min(cell.span ?? 1, columns.length - col));
      const fill = (REPORT_STYLES[cell.style] as { fill?: string }).fill;
      const out = new TableCell({
        children: paragraphs(shown(cell.value, cell.style), cell.style, keepNext),
        columnSpan: span > 1 ? span : undefined,
        width: { size: spanWidth(col, span), type: WidthType.DXA },
        // Cells are top-aligned and take the table's margins unless they say otherwise.
        ...(header ? { verticalAlign: VerticalAlign.CENTER } : {}),
        ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
      });
      col += span;
      return out;
    });
  };
  // A table kept together keeps each row with the next (Word moves it whole when it fits on a page).
  const keep = t.keepTogether;
  const rows = [
    new TableRow({ children: cells(t.header, true, true), tableHeader: true, cantSplit: true }),
    ...t.rows.map((row, i) => {
      const last = i === t.rows.length - 1;
      if (row.kind === 'band') {
        const band: ReportCell = { value: row.text, style: row.style, span: columns.length };
        return new TableRow({ children: cells([band], false, true), cantSplit: true });
      }
      return new TableRow({ children: cells(row.cells, false, keep && !last), cantSplit: keep });
    }),
  ];
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
  });
}

/** `Сторінка &P з &N` (the sheets' footer) as Word fields: the page and the document's page count. */
function footer(doc: ReportDocument): Footer {
  const parts = REPORT_LABELS[doc.lang].footer.split(/(&P|&N)/).filter((p) => p !== '');
  const runs = parts.map(
    (p) =>
      new TextRun({
        children: [p === '&P' ? PageNumber.CURRENT : p === '&N' ? PageNumber.TOTAL_PAGES : p],
        size: 24,
      }),
  );
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: runs })] });
}

function section(doc: ReportDocument) {
  const landscape = doc.orientation === 'landscape';
  const m = PRINT_MARGINS;
  const pageWidth = inch((landscape ? A4.height : A4.width) / 72);
  const width = pageWidth - inch(m.left) - inch(m.right);
  const children: (Paragraph | Table)[] = [];
  let gap = 0;
  for (const block of doc.blocks) {
    if (block.kind === 'line')
      children.push(...paragraphs(block.text, block.style, !!block.keepWithNext, gap));
    else if (block.kind === 'table') {
      if (gap > 0) children.push(new Paragraph({ spacing: { after: Math.round(gap * TWIPS_PER_PT) } }));
      children.push(tableBlock(block, doc.columns, width));
    }
    // A gap is space above what follows; charts are left to the sheet (their counts are in the table above).
    gap = block.kind === 'gap' ? block.height : 0;
  }
  return {
    properties: {
      page: {
        size: {
          width: inch(A4.width / 72),
          height: inch(A4.height / 72),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: inch(m.top),
          bottom: inch(m.bottom),
          left: inch(m.left),
          right: inch(m.right),
          footer: inch(FOOTER_MARGIN),
          header: inch(0.3),
        },
      },
    },
    footers: { default: footer(doc) },
    children,
  };
}

export function reportDocx(docs: ReportDocument[]): Document {
  return new Document({
    creator: GENERATED_MARK,
    lastModifiedBy: GENERATED_MARK,
    keywords: GENERATED_MARK,
    title: docs[0]?.name,
    styles: {
      default: {
        document: {
          run: { font: REPORT_FONT, size: 24 },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
      paragraphStyles: paragraphStyles(),
    },
    sections: docs.map(section),
  });
}

export async function docxBuffer(docs: ReportDocument[]): Promise<Buffer> {
  return Packer.toBuffer(reportDocx(docs));
}

/** Writes the .docx through a temp file in the same folder, as the .xlsx is written. */
export async function writeDocxToFile(
  docs: ReportDocument[],
  file: string,
  opts: { overwrite: boolean } = { overwrite: false },
): Promise<void> {
  await writeViaTemp(file, () => docxBuffer(docs), opts);
}
