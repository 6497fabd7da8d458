// Adds our generated sheets (snapshots, changes) to a user's workbook at the package level: each sheet is
// rendered by the same ExcelJS writer as every report (xlsx-write.ts), and its worksheet part is moved into
// the user's package — shared strings made inline, cell formats merged into the user's styles — together
// with a workbook entry, a relationship, a content type and the defined names (print titles, our mark).
// Every other part of the user's file is kept as it was: no round trip through a library's model, which
// would drop what it does not model (charts, pivot tables, slicers, threaded comments, custom XML …).
// Our own sheet of the same name is replaced in place (its part overwritten, its position and id kept).
import { asSheetSpec, type AnySheetSpec, type GeneratedRole } from '../core/year/year-sheet';
import {
  attr,
  decodeXml,
  escapeXml,
  MARK_PREFIX,
  openPackage,
  packageBytes,
  PackageError,
  prefixOf,
  readRels,
  readText,
  readWorkbookInfo,
  relPrefix,
  relsPartOf,
  resolveTarget,
  writeText,
  type Package,
  type PackageSheet,
  type WorkbookInfo,
} from './xlsx-package';
import { mergeStyles } from './xlsx-styles-merge';
import { specsToWorkbook } from './xlsx-write';

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const STYLES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export interface SheetToAdd {
  spec: AnySheetSpec;
  /** The name of our sheet this one replaces in place (it must carry our mark), if any. */
  replaces?: string | null;
  /** The workbook-level defined name marking it as ours (`anticorruption_plan_addin.snapshot_20240630`). */
  markName: string;
}

/** A mark name for a sheet of ours: the role and a key (a date) so several sheets of one role each have one. */
export function markNameFor(role: GeneratedRole, key: string): string {
  return `${MARK_PREFIX}${role.replace(/-/g, '_')}_${key.replace(/[^A-Za-z0-9]/g, '')}`;
}

interface Rendered {
  sheets: string[];
  strings: string[];
  styles: string;
  /** Defined names the writer gave each sheet (print titles), by sheet position. */
  localNames: Map<number, { name: string; value: string }[]>;
}

/** Renders the specs with the report writer and takes its package apart. */
async function render(specs: AnySheetSpec[]): Promise<Rendered> {
  const buffer = await specsToWorkbook(specs.map(asSheetSpec)).xlsx.writeBuffer({
    zip: { compression: 'STORE' },
  });
  const pkg = openPackage(new Uint8Array(buffer as ArrayBuffer));
  const info = readWorkbookInfo(pkg);
  const strings = [
    ...(readText(pkg, 'xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g),
  ].map((m) => m[1] ?? '');
  const localNames = new Map<number, { name: string; value: string }[]>();
  for (const n of info.definedNames) {
    if (n.localSheetId === undefined) continue;
    const list = localNames.get(n.localSheetId) ?? [];
    list.push({ name: n.name, value: n.value });
    localNames.set(n.localSheetId, list);
  }
  return {
    sheets: info.sheets.map((s) => readText(pkg, s.part) ?? ''),
    strings,
    styles: readText(pkg, 'xl/styles.xml') ?? '',
    localNames,
  };
}

/**
 * The rendered worksheet made to stand in another package: shared strings inline (the same rich-text
 * content model), cell formats renumbered, not selected (two selected tabs would group the sheets), and
 * nothing that points at a part of its own package.
 */
function transplant(sheet: string, strings: string[], xf: number[]): string {
  const style = (v: string) => String(xf[Number(v)] ?? 0);
  return sheet
    .replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_m, attrs: string, _end: string, inner?: string) => {
      let a = attrs.replace(/\ss="(\d+)"/, (_s, v: string) => ` s="${style(v)}"`);
      if (inner === undefined) return `<c${a}/>`;
      if (/\st="s"/.test(a)) {
        const index = Number(/<v>(\d+)<\/v>/.exec(inner)?.[1] ?? -1);
        a = a.replace(/\st="s"/, ' t="inlineStr"');
        return `<c${a}><is>${strings[index] ?? '<t></t>'}</is></c>`;
      }
      return `<c${a}>${inner}</c>`;
    })
    .replace(/<row\b([^>]*?)\ss="(\d+)"/g, (_m, before: string, v: string) => `<row${before} s="${style(v)}"`)
    .replace(
      /<col\b([^>]*?)\sstyle="(\d+)"/g,
      (_m, before: string, v: string) => `<col${before} style="${style(v)}"`,
    )
    .replace(/\stabSelected="1"/g, '')
    .replace(/<(drawing|legacyDrawing|legacyDrawingHF|picture|tableParts)\b[^>]*?\/>/g, '');
}

function freePart(pkg: Package, dir: string, stem: string, ext: string): string {
  for (let n = 1; ; n++) if (!pkg.parts.has(`${dir}${stem}${n}${ext}`)) return `${dir}${stem}${n}${ext}`;
}

function freeRelId(rels: string): string {
  const used = new Set([...rels.matchAll(/\sId="([^"]+)"/g)].map((m) => m[1]));
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

function relativeTarget(from: string, part: string): string {
  const dir = from.slice(0, from.lastIndexOf('/') + 1);
  return part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}

function addRelationship(pkg: Package, source: string, type: string, part: string): string {
  const relsPart = relsPartOf(source);
  const xml =
    readText(pkg, relsPart) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const id = freeRelId(xml);
  const p = prefixOf(xml, 'Relationships');
  const rel = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(source, part))}"/>`;
  writeText(pkg, relsPart, xml.replace(new RegExp(`</${p}Relationships>`), `${rel}</${p}Relationships>`));
  return id;
}

function addContentType(pkg: Package, part: string, type: string): void {
  const xml = readText(pkg, '[Content_Types].xml');
  if (xml === null) throw new PackageError('the package has no [Content_Types].xml');
  if (xml.includes(`PartName="/${part}"`)) return;
  const p = prefixOf(xml, 'Types');
  const override = `<${p}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
  writeText(pkg, '[Content_Types].xml', xml.replace(new RegExp(`</${p}Types>`), `${override}</${p}Types>`));
}

/** Drops the calculation chain's entries for one sheet (our replaced sheet has no formulas any more). */
function dropCalcChainEntries(pkg: Package, workbookPart: string, sheetId: number): void {
  const rel = readRels(pkg, workbookPart).find((r) => /\/calcChain$/.test(r.type));
  const xml = rel ? readText(pkg, rel.part) : null;
  if (!rel || xml === null) return;
  // `i` (the sheet) may be left out, meaning the previous entry's: every kept entry gets it written.
  let current = '';
  let kept = 0;
  const out = xml.replace(/<((?:\w+:)?c)\b([^>]*?)\/>/g, (_m, tag: string, attrs: string) => {
    current = attr(attrs, 'i') ?? current;
    if (Number(current) === sheetId) return '';
    kept++;
    return /\si="/.test(attrs) ? `<${tag}${attrs}/>` : `<${tag}${attrs} i="${current}"/>`;
  });
  if (kept > 0) {
    writeText(pkg, rel.part, out);
    return;
  }
  // An empty chain is invalid: remove the part, its relationship and its content type.
  pkg.parts.delete(rel.part);
  const relsPart = relsPartOf(workbookPart);
  const rels = readText(pkg, relsPart)!;
  writeText(
    pkg,
    relsPart,
    rels.replace(new RegExp(`<(?:\\w+:)?Relationship\\s[^>]*Id="${rel.id}"[^>]*/>`), ''),
  );
  const types = readText(pkg, '[Content_Types].xml')!;
  writeText(
    pkg,
    '[Content_Types].xml',
    types.replace(new RegExp(`<(?:\\w+:)?Override\\s[^>]*PartName="/${rel.part}"[^>]*/>`), ''),
  );
}

/**
 * Adds the new sheets' names to docProps/app.xml (its list of worksheets, which Excel rebuilds on save but
 * other tools read). Only when the list is the one we know — the first heading counts exactly the workbook's
 * worksheets, named in order — otherwise it is left as it was: stale but consistent, never half-updated.
 */
function addAppTitles(pkg: Package, info: WorkbookInfo, names: string[]): void {
  const rel = readRels(pkg, '').find((r) => /\/extended-properties$/.test(r.type));
  const xml = rel ? readText(pkg, rel.part) : null;
  if (!rel || xml === null || names.length === 0) return;
  const pairs = /(<(\w+:)?HeadingPairs>\s*<(\w+:)vector\b[^>]*>)([\s\S]*?)(<\/\3vector>)/.exec(xml);
  const titles = /(<(\w+:)?TitlesOfParts>\s*<(\w+:)vector\b[^>]*>)([\s\S]*?)(<\/\3vector>)/.exec(xml);
  if (!pairs || !titles) return;
  const vt = pairs[3];
  const count = new RegExp(`<${vt}i4>(\\d+)</${vt}i4>`).exec(pairs[4]);
  const listed = [...titles[4].matchAll(new RegExp(`<${vt}lpstr>([\\s\\S]*?)</${vt}lpstr>`, 'g'))].map((m) =>
    decodeXml(m[1]),
  );
  const worksheets = info.sheets.filter((s) => s.isWorksheet).map((s) => s.name);
  if (!count || Number(count[1]) !== worksheets.length || worksheets.some((n, i) => listed[i] !== n)) return;
  const newPairs = pairs[4].replace(count[0], `<${vt}i4>${worksheets.length + names.length}</${vt}i4>`);
  const items = [...titles[4].matchAll(new RegExp(`<${vt}lpstr>[\\s\\S]*?</${vt}lpstr>`, 'g'))].map(
    (m) => m[0],
  );
  items.splice(worksheets.length, 0, ...names.map((n) => `<${vt}lpstr>${escapeXml(n)}</${vt}lpstr>`));
  const sized = (start: string, size: number) => start.replace(/\ssize="\d+"/, ` size="${size}"`);
  let out = xml.replace(titles[0], `${sized(titles[1], items.length)}${items.join('')}${titles[5]}`);
  out = out.replace(pairs[0], `${pairs[1]}${newPairs}${pairs[5]}`);
  writeText(pkg, rel.part, out);
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Replaces the workbook's defined names: drops `drop`, appends `add` (creating <definedNames> if needed). */
function rewriteDefinedNames(
  xml: string,
  drop: (name: string, localSheetId: number | undefined) => boolean,
  add: { name: string; localSheetId?: number; value: string }[],
): string {
  const p = prefixOf(xml, 'workbook');
  let out = xml.replace(
    /<(?:\w+:)?definedName\s([^>]*?)(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedName>)/g,
    (whole, attrs: string) => {
      const local = attr(attrs, 'localSheetId');
      return drop(attr(attrs, 'name') ?? '', local === undefined ? undefined : Number(local)) ? '' : whole;
    },
  );
  const added = add
    .map(
      (n) =>
        `<${p}definedName name="${escapeXml(n.name)}"${n.localSheetId === undefined ? '' : ` localSheetId="${n.localSheetId}"`}>${escapeXml(n.value)}</${p}definedName>`,
    )
    .join('');
  if (added === '') return out;
  const close = new RegExp(`</${p}definedNames>`);
  if (close.test(out)) return out.replace(close, `${added}</${p}definedNames>`);
  out = out.replace(new RegExp(`<${p}definedNames\\s*/>`), '');
  // After <sheets> and what the schema puts between it and <definedNames>.
  const after = [`</${p}externalReferences>`, `</${p}functionGroups>`, `</${p}sheets>`]
    .map((tag) => ({ tag, at: out.indexOf(tag) }))
    .find((x) => x.at >= 0);
  if (!after) throw new PackageError('the workbook part has no <sheets>');
  const at = after.at + after.tag.length;
  return `${out.slice(0, at)}<${p}definedNames>${added}</${p}definedNames>${out.slice(at)}`;
}

/**
 * Adds (or replaces) our sheets in a user's workbook and returns the new package's bytes. The sheets are
 * added after the last sheet; a replaced sheet keeps its place, id and name.
 */
export async function addSheetsToWorkbook(bytes: Uint8Array, adds: SheetToAdd[]): Promise<Buffer> {
  if (adds.length === 0) return Buffer.from(bytes);
  const pkg = openPackage(bytes);
  const info = readWorkbookInfo(pkg);
  const rendered = await render(adds.map((a) => a.spec));

  // Our formats into the user's styles part (or the rendered part itself when the workbook has none).
  const stylesRel = readRels(pkg, info.workbookPart).find(
    (r) => r.type === STYLES_TYPE || /\/styles$/.test(r.type),
  );
  let xf: number[];
  if (stylesRel && pkg.parts.has(stylesRel.part)) {
    const merged = mergeStyles(readText(pkg, stylesRel.part)!, rendered.styles);
    writeText(pkg, stylesRel.part, merged.xml);
    xf = merged.xf;
  } else {
    const part = resolveTarget(info.workbookPart, 'styles.xml');
    writeText(pkg, part, rendered.styles);
    addRelationship(pkg, info.workbookPart, STYLES_TYPE, part);
    addContentType(pkg, part, STYLES_CT);
    const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(rendered.styles)?.[1] ?? '';
    xf = [...cellXfs.matchAll(/<xf\b/g)].map((_m, i) => i);
  }

  let workbook = readText(pkg, info.workbookPart)!;
  const dropped: { index: number }[] = [];
  const names: { name: string; localSheetId?: number; value: string }[] = [];
  const marks = new Set<string>();
  let nextSheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId)) + 1;
  let count = info.sheets.length;
  adds.forEach((add, i) => {
    const xml = transplant(rendered.sheets[i], rendered.strings, xf);
    let target: PackageSheet | undefined;
    if (add.replaces) {
      target = info.sheets.find((s) => s.name === add.replaces);
      if (!target || !info.marks.has(target.name) || !target.part) {
        throw new PackageError(`«${add.replaces}» is not a sheet of ours: it is never replaced`);
      }
      writeText(pkg, target.part, xml);
      pkg.parts.delete(relsPartOf(target.part));
      dropCalcChainEntries(pkg, info.workbookPart, target.sheetId);
      dropped.push({ index: target.index });
    } else {
      const part = freePart(pkg, 'xl/worksheets/', 'sheet', '.xml');
      writeText(pkg, part, xml);
      const relId = addRelationship(pkg, info.workbookPart, WORKSHEET_TYPE, part);
      addContentType(pkg, part, WORKSHEET_CT);
      const withR = relPrefix(workbook);
      workbook = withR.xml;
      const p = prefixOf(workbook, 'sheets');
      const entry = `<${p}sheet name="${escapeXml(add.spec.name)}" sheetId="${nextSheetId++}" ${withR.prefix}id="${relId}"/>`;
      workbook = workbook.replace(new RegExp(`</${p}sheets>`), `${entry}</${p}sheets>`);
      target = {
        name: add.spec.name,
        sheetId: nextSheetId - 1,
        relId,
        part,
        index: count++,
        isWorksheet: true,
      };
    }
    for (const n of rendered.localNames.get(i) ?? []) names.push({ ...n, localSheetId: target.index });
    names.push({ name: add.markName, value: `${quoteSheet(add.spec.name)}!$A$1` });
    marks.add(add.markName);
  });
  workbook = rewriteDefinedNames(
    workbook,
    (name, local) => marks.has(name) || (local !== undefined && dropped.some((d) => d.index === local)),
    names,
  );
  writeText(pkg, info.workbookPart, workbook);
  addAppTitles(
    pkg,
    info,
    adds.filter((a) => !a.replaces).map((a) => a.spec.name),
  );
  return packageBytes(pkg);
}
