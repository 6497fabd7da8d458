// One worksheet part from a SheetSpec: cells (texts as shared strings, exactly as written), formats, merges,
// column widths and row heights, the frozen header, print setup (A4, orientation, scale or fit to width,
// margins, the page-number footer, manual page breaks). Elements in the order CT_Worksheet requires
// (ECMA-376 Part 1, §18.3.1.99): Excel refuses a part whose children are out of order.
import { columnLetter } from '../core/grid';
import { columnWidthPoints } from '../core/report/page-geometry';
import type { SheetSpec, SpecRange } from '../core/report/sheet-spec';
import type { StyleTable } from './styles';
import { isoToSerial } from '../core/requests/answer-values';
import { escapeAttribute, escapeCellText } from './xml-text';

/** Points of one digit of the standard font (Times New Roman 12: 8 px at 96 dpi), the unit of `<col width>`. */
const STANDARD_DIGIT_PT = 6;
const STANDARD_ROW_PT = 15.75;
const A4 = 9;
const FOOTER_MARGIN = 0.3;

/** A SheetSpec width (characters of Excel's Calibri 11 unit) in the workbook's own unit (as src/node/xlsx-write.ts). */
export function fileColumnWidth(chars: number): number {
  return Math.round((columnWidthPoints(chars) / STANDARD_DIGIT_PT) * 256) / 256;
}

/** A data validation of cells (a dropdown list of words, or dates between two days). */
export type LiteValidation =
  | { kind: 'list'; range: SpecRange; values: string[]; prompt: string; error: string }
  | { kind: 'date'; range: SpecRange; from: string; to: string; prompt: string; error: string };

export interface SheetExtras {
  /** 0-based columns hidden. */
  hiddenColumns?: number[];
  /** Cells a protected sheet leaves open (every other cell is locked, Excel's default). */
  unlocked?: SpecRange[];
  validations?: LiteValidation[];
  /**
   * Sheet protection without a password (what is still allowed): it stops accidental edits of the locked
   * cells, not a person who means to (Review › Unprotect Sheet).
   */
  protection?: { allow: ('sort' | 'autoFilter' | 'formatColumns' | 'formatRows')[] };
}

export class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];
  count = 0;
  add(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((t) => `<si><t xml:space="preserve">${escapeCellText(t)}</t></si>`).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">` +
      `${items}</sst>`
    );
  }
}

export const ref = (r: SpecRange): string => {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  const b = `${columnLetter(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
};

const num = (n: number): string => String(Number(n.toFixed(4)));

/** Excel accepts only finite numbers in `<v>`. */
function numberText(v: number): string | null {
  return Number.isFinite(v) ? String(v) : null;
}

/** One `<dataValidation>`: a list written in the rule itself (`"a,b,c"`, at most 255 characters), or dates. */
function validationXml(v: LiteValidation): string {
  const common =
    ` allowBlank="1" showInputMessage="1" prompt="${escapeAttribute(v.prompt)}"` +
    ` showErrorMessage="1" errorStyle="stop" error="${escapeAttribute(v.error)}" sqref="${ref(v.range)}"`;
  if (v.kind === 'list') {
    const list = `"${v.values.join(',')}"`;
    if (list.length > 257) throw new Error('xlsx-lite: a validation list holds at most 255 characters');
    return `<dataValidation type="list"${common}><formula1>${escapeCellText(list)}</formula1></dataValidation>`;
  }
  return (
    `<dataValidation type="date" operator="between"${common}>` +
    `<formula1>${isoToSerial(v.from)}</formula1><formula2>${isoToSerial(v.to)}</formula2></dataValidation>`
  );
}

export function sheetXml(
  spec: SheetSpec,
  styles: StyleTable,
  strings: SharedStrings,
  opts: { selected: boolean } & SheetExtras,
): string {
  let rows = spec.values.length;
  let cols = 0;
  for (const row of spec.values) cols = Math.max(cols, row.length);
  for (const r of [...spec.bands.map((b) => b.range), ...spec.merges, ...(opts.unlocked ?? [])]) {
    rows = Math.max(rows, r.bottom + 1);
    cols = Math.max(cols, r.right + 1);
  }
  const styled = styles.cellFormats(spec, rows, cols);
  const open = new Uint8Array(rows * cols);
  for (const u of opts.unlocked ?? [])
    for (let r = Math.max(0, u.top); r <= Math.min(rows - 1, u.bottom); r++)
      open.fill(1, r * cols + Math.max(0, u.left), r * cols + Math.min(cols - 1, u.right) + 1);
  const formatOf = (r: number, c: number): number =>
    open[r * cols + c] ? styles.unlocked(styled(r, c)) : styled(r, c);
  const { print } = spec;
  const fit = print.scale === undefined && print.fitToWidth;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  ];
  out.push(fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '<sheetPr/>');
  out.push(
    `<dimension ref="${rows && cols ? ref({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 }) : 'A1'}"/>`,
  );
  const selected = opts.selected ? ' tabSelected="1"' : '';
  const freeze = spec.freezeRows ?? 0;
  out.push(
    freeze > 0
      ? `<sheetViews><sheetView${selected} workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/>` +
          `<selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/></sheetView></sheetViews>`
      : `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`,
  );
  out.push(`<sheetFormatPr defaultRowHeight="${STANDARD_ROW_PT}"/>`);

  const hidden = new Set(opts.hiddenColumns ?? []);
  const widthCols = Math.max(spec.columnWidths.length, ...[...hidden].map((c) => c + 1), 0);
  if (widthCols > 0) {
    const colXml: string[] = [];
    for (let c = 0; c < widthCols; c++) {
      const w = spec.columnWidths[c];
      const attrs = [
        `min="${c + 1}" max="${c + 1}"`,
        w !== undefined && w > 0
          ? ` width="${num(fileColumnWidth(w))}" customWidth="1"`
          : ' width="9.140625"',
        hidden.has(c) ? ' hidden="1"' : '',
      ].join('');
      colXml.push(`<col ${attrs}/>`);
    }
    out.push(`<cols>${colXml.join('')}</cols>`);
  }

  out.push('<sheetData>');
  const heights = spec.rowHeights ?? {};
  for (let r = 0; r < rows; r++) {
    const values = spec.values[r] ?? [];
    const cells: string[] = [];
    for (let c = 0; c < cols; c++) {
      const v = values[c] ?? null;
      const s = formatOf(r, c);
      const at = `${columnLetter(c)}${r + 1}`;
      const style = s ? ` s="${s}"` : '';
      if (typeof v === 'number') {
        const text = numberText(v);
        cells.push(text === null ? `<c r="${at}"${style}/>` : `<c r="${at}"${style}><v>${text}</v></c>`);
      } else if (typeof v === 'string' && v !== '') {
        cells.push(`<c r="${at}"${style} t="s"><v>${strings.add(v)}</v></c>`);
      } else if (s) cells.push(`<c r="${at}"${style}/>`);
    }
    const h = heights[r];
    if (cells.length === 0 && h === undefined) continue;
    const height = h !== undefined ? ` ht="${num(h)}" customHeight="1"` : '';
    out.push(`<row r="${r + 1}"${height}>${cells.join('')}</row>`);
  }
  out.push('</sheetData>');
  if (opts.protection) {
    // Each attribute names a thing protection forbids; "0" allows it (ECMA-376 §18.3.1.85).
    const allowed = opts.protection.allow.map((a) => ` ${a}="0"`).join('');
    out.push(`<sheetProtection sheet="1"${allowed}/>`);
  }

  if (spec.merges.length) {
    out.push(`<mergeCells count="${spec.merges.length}">`);
    for (const m of spec.merges) out.push(`<mergeCell ref="${ref(m)}"/>`);
    out.push('</mergeCells>');
  }
  const checks = opts.validations ?? [];
  if (checks.length) {
    out.push(`<dataValidations count="${checks.length}">`);
    for (const v of checks) out.push(validationXml(v));
    out.push('</dataValidations>');
  }
  const m = print.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 };
  out.push(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="${FOOTER_MARGIN}"/>`,
  );
  const scale = print.scale !== undefined ? ` scale="${Math.round(print.scale)}"` : '';
  const fitTo = fit ? ' fitToWidth="1" fitToHeight="0"' : '';
  out.push(`<pageSetup paperSize="${A4}"${scale}${fitTo} orientation="${print.orientation}"/>`);
  if (print.footer)
    out.push(`<headerFooter><oddFooter>${escapeCellText(print.footer)}</oddFooter></headerFooter>`);
  const breaks = (print.breaks ?? []).filter((b) => b > 0);
  if (breaks.length) {
    out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    // `id` is the 0-based row a page starts at (ECMA-376 §18.3.1.3: the break lies above it).
    for (const b of breaks) out.push(`<brk id="${b}" max="16383" man="1"/>`);
    out.push('</rowBreaks>');
  }
  out.push('</worksheet>');
  return out.join('');
}
