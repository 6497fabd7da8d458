// An .xlsx file as its package parts (for the merge of answers; xlsx-package.ts is the snapshot/next-year twin —
// one package module is the goal), for edits that must leave everything else exactly as it was: the
// merge changes the plan sheet's part (only the answered cells) and nothing else — other sheets, styles,
// charts, drawings, conditional formats, data validation, defined names and shared strings keep their bytes.
// Reading goes through the same zip checks as every workbook read (xlsx-container.ts).
import { strFromU8, strToU8, zipSync } from 'fflate';
import type { CellChange } from '../core/requests/merge-types';
import { isoToSerial } from '../core/requests/answer-values';
import {
  dateStyles,
  relationships,
  usesDate1904,
  workbookSheets,
  workbookTarget,
} from '../xlsx-lite/package-parts';
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

/** The part holding the worksheet named `sheetName` (`xl/worksheets/sheet1.xml`). */
export function sheetPartName(pkg: XlsxPackage, sheetName: string): string {
  const rels = text(pkg, 'xl/_rels/workbook.xml.rels');
  const entry = workbookSheets(text(pkg, 'xl/workbook.xml') ?? '', rels).find((s) => s.name === sheetName);
  if (entry?.relId === undefined) throw new Error(`no sheet "${sheetName}" in xl/workbook.xml`);
  const rel = relationships(rels).find((r) => r.id === entry.relId);
  if (!rel) throw new Error(`no relationship ${entry.relId} in xl/_rels/workbook.xml.rels`);
  const name = workbookTarget(rel.target);
  if (!pkg.parts.has(name)) throw new Error(`sheet part ${name} is missing`);
  return name;
}

export { dateStyles, isDateFormat } from '../xlsx-lite/package-parts';

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
  const rel = relationships(text(pkg, 'xl/_rels/workbook.xml.rels')).find((r) =>
    /\/sharedStrings$/.test(r.type),
  );
  const name = rel ? workbookTarget(rel.target) : undefined;
  return name !== undefined && pkg.parts.has(name) ? name : undefined;
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
  const date1904 = usesDate1904(book);
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
