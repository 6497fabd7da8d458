// An .xlsx file as its package parts (for the merge of answers; xlsx-package.ts is the snapshot/next-year twin —
// one package module is the goal), for edits that must leave everything else exactly as it was: the
// merge changes the plan sheet's part (only the answered cells) and nothing else — other sheets, styles,
// charts, drawings, conditional formats, data validation, defined names and shared strings keep their bytes.
// Reading goes through the same zip checks as every workbook read (xlsx-container.ts).
import { strFromU8, strToU8, zipSync } from 'fflate';
import type { CellChange } from '../core/requests/merge-types';
import { isoToSerial } from '../core/requests/answer-values';
import { deflateEntries, readZip } from './xlsx-container';
import { editSheetXml, sheetFacts, type CellEdit, type SheetFacts } from './sheet-xml';
import { escapeCellText, needsPreserve } from './xlsx-text';
import { CELL_CHARS, CellTextTooLongError } from './cell-limit';

export interface XlsxPackage {
  /** Part names in the zip's order. */
  names: string[];
  parts: Map<string, Uint8Array>;
}

export function openPackage(bytes: Uint8Array): XlsxPackage {
  const { names } = readZip(bytes, []);
  const { parts } = readZip(bytes, names);
  return { names, parts: new Map([...parts].map(([n, b]) => [n, new Uint8Array(b)])) };
}

/** The package as an .xlsx file, parts in their order, every entry deflated. */
export function savePackage(pkg: XlsxPackage): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const name of pkg.names) {
    const data = pkg.parts.get(name);
    if (data) files[name] = data;
  }
  return deflateEntries(zipSync(files, { level: 0 }));
}

const text = (pkg: XlsxPackage, name: string): string | undefined => {
  const data = pkg.parts.get(name);
  return data ? strFromU8(data) : undefined;
};

const attr = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attrs)?.[1];

const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });

/** The part holding the worksheet named `sheetName` (`xl/worksheets/sheet1.xml`). */
export function sheetPartName(pkg: XlsxPackage, sheetName: string): string {
  const book = text(pkg, 'xl/workbook.xml') ?? '';
  const rels = text(pkg, 'xl/_rels/workbook.xml.rels') ?? '';
  let relId: string | undefined;
  for (const m of book.matchAll(/<(?:[\w.-]+:)?sheet\s([^>]*?)\/?>/g)) {
    if (decode(attr(m[1], 'name') ?? '') === sheetName) relId = attr(m[1], '[\\w.-]+:id');
  }
  if (relId === undefined) throw new Error(`no sheet "${sheetName}" in xl/workbook.xml`);
  for (const m of rels.matchAll(/<(?:[\w.-]+:)?Relationship\s([^>]*?)\/?>/g)) {
    if (attr(m[1], 'Id') !== relId) continue;
    const target = decode(attr(m[1], 'Target') ?? '');
    const name = target.startsWith('/') ? target.slice(1) : normalisePath(`xl/${target}`);
    if (!pkg.parts.has(name)) throw new Error(`sheet part ${name} is missing`);
    return name;
  }
  throw new Error(`no relationship ${relId} in xl/_rels/workbook.xml.rels`);
}

function normalisePath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Built-in number formats that show dates (ECMA-376 Part 1, §18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Whether a format code shows a date: `d` or `y` outside quoted text, escapes and [colour] brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare);
}

/** For each cellXfs style index, whether its number format shows a date. */
export function dateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:[\w.-]+:)?numFmt\s([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1], 'numFmtId'));
    custom.set(id, decode(attr(m[1], 'formatCode') ?? ''));
  }
  const xfs = /<((?:[\w.-]+:)?)cellXfs\b[^>]*>([\s\S]*?)<\/\1cellXfs>/.exec(stylesXml);
  if (!xfs) return [];
  return [...xfs[2].matchAll(/<(?:[\w.-]+:)?xf\s([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attr(m[1], 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
  });
}

export interface PlanSheet {
  part: string;
  xml: string;
  facts: SheetFacts;
}

/** The plan sheet's part and what the merge needs to know of it. */
export function readPlanSheet(pkg: XlsxPackage, sheetName: string, cells: ReadonlySet<string>): PlanSheet {
  const part = sheetPartName(pkg, sheetName);
  const xml = text(pkg, part)!;
  return { part, xml, facts: sheetFacts(xml, cells) };
}

/** The shared strings part the workbook's relationships name (usually `xl/sharedStrings.xml`), if any. */
export function sharedStringsPart(pkg: XlsxPackage): string | undefined {
  const rels = text(pkg, 'xl/_rels/workbook.xml.rels') ?? '';
  for (const m of rels.matchAll(/<(?:[\w.-]+:)?Relationship\s([^>]*?)\/?>/g)) {
    if (!/\/sharedStrings$/.test(attr(m[1], 'Type') ?? '')) continue;
    const target = decode(attr(m[1], 'Target') ?? '');
    const name = target.startsWith('/') ? target.slice(1) : normalisePath(`xl/${target}`);
    return pkg.parts.has(name) ? name : undefined;
  }
  return undefined;
}

/**
 * New texts appended to the shared strings table (`<si>` entries at its end; `count` and `uniqueCount`
 * follow). Existing entries are never reused or touched: their indexes and bytes stay.
 */
class SharedStrings {
  private readonly added: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly existing: number) {}

  static of(xml: string): SharedStrings {
    const unique = /<(?:[\w.-]+:)?sst\b[^>]*?\suniqueCount\s*=\s*"(\d+)"/.exec(xml)?.[1];
    const counted = (xml.match(/<(?:[\w.-]+:)?si[\s>/]/g) ?? []).length;
    // The entries themselves decide the next index; a wrong uniqueCount does not.
    return new SharedStrings(unique !== undefined && Number(unique) === counted ? Number(unique) : counted);
  }

  add(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.existing + this.added.length;
      this.added.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  /** The table with the new entries, and `count` moved by the references gained. */
  write(xml: string, referencesGained: number): string {
    if (this.added.length === 0 && referencesGained === 0) return xml;
    const prefix = /<([\w.-]+:)?sst\b/.exec(xml)?.[1] ?? '';
    const entries = this.added
      .map((t) => {
        const space = needsPreserve(t) ? ' xml:space="preserve"' : '';
        return `<${prefix}si><${prefix}t${space}>${escapeCellText(t)}</${prefix}t></${prefix}si>`;
      })
      .join('');
    const close = `</${prefix}sst>`;
    const at = xml.lastIndexOf(close);
    if (at < 0) throw new Error('unclosed sst element');
    const withEntries = `${xml.slice(0, at)}${entries}${xml.slice(at)}`;
    return withEntries.replace(/<(?:[\w.-]+:)?sst\b[^>]*>/, (tag) =>
      tag
        .replace(
          /(\suniqueCount\s*=\s*")(\d+)(")/,
          (_m, a: string, _n: string, b: string) => `${a}${this.existing + this.added.length}${b}`,
        )
        .replace(
          /(\scount\s*=\s*")(\d+)(")/,
          (_m, a: string, n: string, b: string) => `${a}${Math.max(0, Number(n) + referencesGained)}${b}`,
        ),
    );
  }
}

/**
 * Applies the merge's changes to the plan sheet's part, in place in `pkg`: texts go into the shared strings
 * table (in the cell itself when the workbook has none), a date goes in as a date where the cell is formatted
 * as one, else as its dotted text. Changes to cells that hold a formula are not made: they are returned.
 */
export function applyChanges(
  pkg: XlsxPackage,
  sheet: PlanSheet,
  changes: readonly CellChange[],
  sheetName = '',
): CellChange[] {
  // An answer too long for a cell is refused whole, before any part is touched.
  for (const c of changes)
    if (c.value.kind === 'text' && c.value.text.length > CELL_CHARS)
      throw new CellTextTooLongError(sheetName, c.cell, c.value.text.length);
  const refused = changes.filter((c) => sheet.facts.formulas.has(c.cell));
  const made = changes.filter((c) => !sheet.facts.formulas.has(c.cell));
  const dates = dateStyles(text(pkg, 'xl/styles.xml'));
  const book = text(pkg, 'xl/workbook.xml') ?? '';
  const date1904 = /<(?:[\w.-]+:)?workbookPr\b[^>]*\sdate1904\s*=\s*"(?:1|true)"/.test(book);
  const sstPart = sharedStringsPart(pkg);
  const sstXml = sstPart === undefined ? undefined : text(pkg, sstPart);
  const sst = sstXml === undefined ? null : SharedStrings.of(sstXml);
  let sharedWritten = 0;
  const textValue = (t: string): CellEdit['value'] => {
    if (!sst) return { kind: 'text', text: t };
    sharedWritten++;
    return { kind: 'shared', index: sst.add(t) };
  };
  const edits: CellEdit[] = made.map((c) => {
    const v = c.value;
    const at = { row: c.row, column: c.column };
    if (v.kind === 'clear') return { ...at, value: { kind: 'clear' } };
    if (v.kind === 'text') return { ...at, value: textValue(v.text) };
    const style = sheet.facts.styles.get(c.cell) ?? 0;
    if (!dates[style]) return { ...at, value: textValue(v.text) };
    return { ...at, value: { kind: 'number', value: isoToSerial(v.date) - (date1904 ? 1462 : 0) } };
  });
  const { xml, replacedShared } = editSheetXml(sheet.xml, edits);
  pkg.parts.set(sheet.part, strToU8(xml));
  if (sst && sstPart !== undefined && sstXml !== undefined) {
    const updated = sst.write(sstXml, sharedWritten - replacedShared);
    if (updated !== sstXml) pkg.parts.set(sstPart, strToU8(updated));
  }
  return refused;
}
