// A SheetSpec's styles as SpreadsheetML's styles part: each cell's style is its bands layered in order (a
// later band sets only what its style sets, as the other writers do), and every distinct final style one
// cell format (`xf`) over shared fonts, fills, borders and number formats.
import { layerStyle, type CellStyle, type SheetSpec } from '../core/report/sheet-spec';
import { escapeAttribute } from './xml-text';

/** The workbook's standard font (its Normal style), as the Node writer's: column widths count its digits. */
export const STANDARD_FONT = { name: 'Times New Roman', size: 12 };

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/** The cell formats of a workbook, shared by its sheets. Format 0 is the plain default. */
export class StyleTable {
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly borders = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private readonly fontXml: string[] = [];
  private readonly fillXml: string[] = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly borderXml: string[] = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private readonly formatXml: string[] = [];
  private readonly xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly unlockedXfs = new Map<number, number>();

  constructor() {
    this.font({ ...STANDARD_FONT });
    this.borders.set('', 0);
    this.fills.set('', 0);
  }

  private font(f: CellStyle['font']): number {
    const key = JSON.stringify([f.name, f.size, !!f.bold, !!f.italic, f.color ?? '']);
    let id = this.fonts.get(key);
    if (id === undefined) {
      id = this.fontXml.length;
      this.fonts.set(key, id);
      this.fontXml.push(
        `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}<sz val="${f.size}"/>` +
          `${f.color ? `<color rgb="FF${f.color}"/>` : ''}<name val="${escapeAttribute(f.name)}"/>` +
          `<family val="1"/><charset val="204"/></font>`,
      );
    }
    return id;
  }

  private fill(color: string | undefined): number {
    const key = color ?? '';
    let id = this.fills.get(key);
    if (id === undefined) {
      id = this.fillXml.length;
      this.fills.set(key, id);
      this.fillXml.push(
        `<fill><patternFill patternType="solid"><fgColor rgb="FF${color}"/><bgColor indexed="64"/></patternFill></fill>`,
      );
    }
    return id;
  }

  private border(on: boolean | undefined): number {
    const key = on ? 'thin' : '';
    let id = this.borders.get(key);
    if (id === undefined) {
      id = this.borderXml.length;
      this.borders.set(key, id);
      const edge = (e: string) => `<${e} style="thin"><color auto="1"/></${e}>`;
      this.borderXml.push(
        `<border>${['left', 'right', 'top', 'bottom'].map(edge).join('')}<diagonal/></border>`,
      );
    }
    return id;
  }

  private format(code: string | undefined): number {
    if (code === undefined) return 0;
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formatXml.length;
      this.formats.set(code, id);
      this.formatXml.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    }
    return id;
  }

  /** The cell format of a final style. */
  xf(style: CellStyle): number {
    const font = this.font(style.font);
    const fill = this.fill(style.fill);
    const border = this.border(style.border);
    const numFmt = this.format(style.numberFormat);
    const h = style.horizontal;
    const v = style.vertical === 'middle' ? 'center' : style.vertical;
    const align =
      h || v || style.wrap
        ? `<alignment${h ? ` horizontal="${h}"` : ''}${v ? ` vertical="${v}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const key = `${font}|${fill}|${border}|${numFmt}|${align}`;
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.xfXml.length;
      this.xfs.set(key, id);
      const applied = [
        font ? ' applyFont="1"' : '',
        fill ? ' applyFill="1"' : '',
        border ? ' applyBorder="1"' : '',
        numFmt ? ' applyNumberFormat="1"' : '',
        align ? ' applyAlignment="1"' : '',
      ].join('');
      const attrs = `numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}`;
      this.xfXml.push(align ? `<xf ${attrs}>${align}</xf>` : `<xf ${attrs}/>`);
    }
    return id;
  }

  /**
   * The cell format `xf` with its cells unlocked (`<protection locked="0"/>`): the cells a protected sheet
   * still lets a person type into. Made once per format.
   */
  unlocked(xf: number): number {
    let id = this.unlockedXfs.get(xf);
    if (id === undefined) {
      id = this.xfXml.length;
      this.unlockedXfs.set(xf, id);
      const base = this.xfXml[xf];
      const open = base.replace(/^<xf ([^>]*?)\/?>[\s\S]*$/, '<xf $1 applyProtection="1">');
      const inner = base.endsWith('/>') ? '' : base.slice(base.indexOf('>') + 1, -'</xf>'.length);
      this.xfXml.push(`${open}${inner}<protection locked="0"/></xf>`);
    }
    return id;
  }

  /**
   * Each styled cell of the spec with its format: the bands layered cell by cell (`rows` × `cols` at most,
   * the cells the bands cover). Returns a lookup by 0-based row and column; 0 for an unstyled cell.
   */
  cellFormats(spec: SheetSpec, rows: number, cols: number): (r: number, c: number) => number {
    const ids = new Int32Array(rows * cols).fill(-1);
    const layered: CellStyle[] = [];
    const interned = new Map<string, number>();
    for (const band of spec.bands) {
      const style = spec.styles[band.style];
      if (!style) continue;
      const { top, left, bottom, right } = band.range;
      for (let r = Math.max(0, top); r <= Math.min(rows - 1, bottom); r++) {
        for (let c = Math.max(0, left); c <= Math.min(cols - 1, right); c++) {
          const at = r * cols + c;
          const key = `${ids[at]}|${band.style}`;
          let id = interned.get(key);
          if (id === undefined) {
            id = layered.length;
            layered.push(layerStyle(ids[at] >= 0 ? layered[ids[at]] : undefined, style));
            interned.set(key, id);
          }
          ids[at] = id;
        }
      }
    }
    const xfOf = layered.map((s) => this.xf(s));
    return (r, c) => {
      if (r >= rows || c >= cols) return 0;
      const id = ids[r * cols + c];
      return id < 0 ? 0 : xfOf[id];
    };
  }

  xml(): string {
    const list = (tag: string, items: string[]) =>
      items.length ? `<${tag} count="${items.length}">${items.join('')}</${tag}>` : '';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      list('numFmts', this.formatXml) +
      list('fonts', this.fontXml) +
      list('fills', this.fillXml) +
      list('borders', this.borderXml) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfXml) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
