// An .xlsx file as the package it is: its parts by name, the workbook's sheets, relationships, content types
// and defined names, read and changed as XML text without a library's model in between. Parts nobody
// changes are written back byte for byte (as uncompressed content), so whatever a user's workbook holds —
// charts, pivot tables, validation, macros, custom XML — survives. Used to add our sheets to a user's
// workbook (xlsx-add-sheets.ts).
import { unzipSync, zipSync } from 'fflate';
import type { GeneratedRole } from '../core/report/sheet-spec';
import {
  MARK_PROPERTIES,
  markByProperties,
  marksByName,
  type MarkPropertyKey,
} from '../core/report/sheet-marks';
import { deflateEntries } from './xlsx-container';

export interface Package {
  /** Parts by name (no leading slash), contents uncompressed, in the zip's order. */
  parts: Map<string, Uint8Array>;
}

export class PackageError extends Error {
  override readonly name = 'PackageError';
}

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export function openPackage(bytes: Uint8Array): Package {
  try {
    return { parts: new Map(Object.entries(unzipSync(bytes))) };
  } catch (err) {
    throw new PackageError(`not a readable zip: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function readText(pkg: Package, part: string): string | null {
  const bytes = pkg.parts.get(part);
  return bytes ? utf8.decode(bytes) : null;
}

export function writeText(pkg: Package, part: string, text: string): void {
  pkg.parts.set(part, encoder.encode(text));
}

/** The package as .xlsx bytes: every part deflated natively, in the original order, new parts last. */
export function packageBytes(pkg: Package): Buffer {
  const stored = zipSync(Object.fromEntries(pkg.parts), { level: 0 });
  return deflateEntries(stored);
}

// ---- XML text helpers ------------------------------------------------------------------------------

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[ch]};`,
  );
}

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, ent: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    const lower = ent.toLowerCase();
    if (lower in named) return named[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** An attribute's decoded value from a start tag's attribute text (`name` may carry a prefix pattern). */
export function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

/** The prefix (`x:`, or '') an element is written with in a part, e.g. `<x:workbook …>`. */
export function prefixOf(xml: string, local: string): string {
  return new RegExp(`<(\\w+:)?${local}[\\s>/]`).exec(xml)?.[1] ?? '';
}

/** The prefix bound to a namespace URI in a part (`r:` for relationships), or null. */
export function nsPrefix(xml: string, uri: string): string | null {
  const m = new RegExp(`xmlns:(\\w+)\\s*=\\s*["']${uri.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']`).exec(
    xml,
  );
  return m ? `${m[1]}:` : null;
}

const REL_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

// ---- Relationships and the workbook ----------------------------------------------------------------

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name (no leading slash); '' for an external target. */
  part: string;
}

function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

/** `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(source: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dirOf(source) + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

export function readRels(pkg: Package, source: string): Relationship[] {
  const xml = readText(pkg, source === '' ? '_rels/.rels' : relsPartOf(source)) ?? '';
  const rels: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\s([^>]*?)\/?>/g)) {
    const id = attr(m[1], 'Id');
    const type = attr(m[1], 'Type');
    const target = attr(m[1], 'Target');
    if (id === undefined || type === undefined || target === undefined) continue;
    const external = attr(m[1], 'TargetMode') === 'External';
    rels.push({ id, type, part: external ? '' : resolveTarget(source, target) });
  }
  return rels;
}

export interface PackageSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** The worksheet part (`xl/worksheets/sheet1.xml`); '' when the relationship is missing. */
  part: string;
  /** Position among the workbook's sheets (what `localSheetId` counts). */
  index: number;
  isWorksheet: boolean;
}

export interface DefinedName {
  name: string;
  localSheetId?: number;
  value: string;
}

export interface WorkbookInfo {
  workbookPart: string;
  sheets: PackageSheet[];
  definedNames: DefinedName[];
  /** Our sheets: sheet name -> role, from the defined names that mark them. */
  marks: Map<string, GeneratedRole>;
  /** The workbook holds macros (.xlsm): its copy must keep that extension. */
  macroEnabled: boolean;
}

// The marking policy is the core's (sheet-marks.ts), shared with the Excel host.
export { MARK_PREFIX, roleOfMark, sheetOfReference } from '../core/report/sheet-marks';

const CUSTOM_PROPERTY_TYPE = /\/customProperty$/;
const MARK_KEYS = new Set<string>(Object.values(MARK_PROPERTIES));

/** Bytes of a custom property part as text: UTF-16LE as Excel stores it (with or without a BOM), else UTF-8. */
function propertyText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length % 2 === 0 && bytes.includes(0)) return new TextDecoder('utf-16le').decode(bytes);
  return utf8.decode(bytes);
}

/**
 * The Excel host's marks on a worksheet: its custom properties (`<customPr name=… r:id=…/>`, each value in a
 * customProperty part). Only our few keys are read, each bounded.
 */
function markProperties(pkg: Package, part: string): Partial<Record<MarkPropertyKey, string>> {
  const xml = part ? readText(pkg, part) : null;
  const block = xml
    ? /<(?:\w+:)?customProperties\b[^>]*>([\s\S]*?)<\/(?:\w+:)?customProperties>/.exec(xml)
    : null;
  if (!block) return {};
  const rels = new Map(
    readRels(pkg, part)
      .filter((r) => CUSTOM_PROPERTY_TYPE.test(r.type))
      .map((r) => [r.id, r.part]),
  );
  const out: Partial<Record<MarkPropertyKey, string>> = {};
  for (const m of block[1].matchAll(/<(?:\w+:)?customPr\s([^>]*?)\/?>/g)) {
    const name = attr(m[1], 'name');
    const target = rels.get(attr(m[1], '\\w+:id') ?? '');
    const bytes = target ? pkg.parts.get(target) : undefined;
    if (!name || !MARK_KEYS.has(name) || !bytes || bytes.length > 4096) continue;
    out[name as MarkPropertyKey] = propertyText(bytes).replace(/\0+$/, '');
  }
  return out;
}

export function workbookPartOf(pkg: Package): string {
  const main = readRels(pkg, '').find((r) => /\/officeDocument$/.test(r.type));
  if (!main || !pkg.parts.has(main.part)) throw new PackageError('the package has no workbook part');
  return main.part;
}

export function readWorkbookInfo(pkg: Package): WorkbookInfo {
  const workbookPart = workbookPartOf(pkg);
  const xml = readText(pkg, workbookPart)!;
  const rels = new Map(readRels(pkg, workbookPart).map((r) => [r.id, r]));
  const sheets: PackageSheet[] = [];
  const sheetsBlock = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(xml)?.[1] ?? '';
  for (const m of sheetsBlock.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)) {
    const relId = attr(m[1], '\\w+:id') ?? '';
    const rel = rels.get(relId);
    sheets.push({
      name: attr(m[1], 'name') ?? '',
      sheetId: Number(attr(m[1], 'sheetId') ?? 0),
      relId,
      part: rel?.part ?? '',
      index: sheets.length,
      isWorksheet: !rel || /\/worksheet$/.test(rel.type),
    });
  }
  const definedNames: DefinedName[] = [];
  for (const m of xml.matchAll(
    /<(?:\w+:)?definedName\s([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g,
  )) {
    const local = attr(m[1], 'localSheetId');
    definedNames.push({
      name: attr(m[1], 'name') ?? '',
      ...(local !== undefined ? { localSheetId: Number(local) } : {}),
      value: decodeXml(m[2] ?? ''),
    });
  }
  // Custom properties (the Excel host's) decide where a sheet has them; otherwise its defined name does.
  const byName = marksByName(
    definedNames.map((n) => ({ name: n.name, value: n.value, local: n.localSheetId !== undefined })),
    sheets.map((s) => s.name),
  );
  const marks = new Map<string, GeneratedRole>();
  for (const s of sheets) {
    const verdict = markByProperties(markProperties(pkg, s.part), { name: s.name });
    const role =
      verdict.kind === 'ours'
        ? verdict.role
        : verdict.kind === 'none'
          ? byName.get(s.name.toLowerCase())?.role
          : undefined;
    if (role) marks.set(s.name, role);
  }
  const types = readText(pkg, '[Content_Types].xml') ?? '';
  const override = [...types.matchAll(/<(?:\w+:)?Override\s([^>]*?)\/?>/g)].find(
    (m) => attr(m[1], 'PartName') === `/${workbookPart}`,
  );
  const macroEnabled = /macroEnabled/i.test(override ? (attr(override[1], 'ContentType') ?? '') : '');
  return { workbookPart, sheets, definedNames, marks, macroEnabled };
}

/** The relationships namespace prefix a part uses (`r:`), declaring it on the root when it has none. */
export function relPrefix(xml: string): { prefix: string; xml: string } {
  for (const uri of REL_NS) {
    const p = nsPrefix(xml, uri);
    if (p) return { prefix: p, xml };
  }
  const declared = xml.replace(/<((?:\w+:)?workbook)\b/, `<$1 xmlns:r="${REL_NS[0]}"`);
  return { prefix: 'r:', xml: declared };
}
