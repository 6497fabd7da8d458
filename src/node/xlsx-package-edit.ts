// Small edits to a package's bookkeeping parts, as XML text: a relationship, a content type, the workbook's
// defined names, the calculation chain, docProps/app.xml's list of sheets. Each keeps the part's own
// namespace prefixes and touches nothing else in it.
import {
  attr,
  decodeXml,
  escapeXml,
  PackageError,
  prefixOf,
  readRels,
  readText,
  relsPartOf,
  writeText,
  type Package,
  type WorkbookInfo,
} from './xlsx-package';

export function freePart(pkg: Package, dir: string, stem: string, ext: string): string {
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

export function addRelationship(pkg: Package, source: string, type: string, part: string): string {
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

export function addContentType(pkg: Package, part: string, type: string): void {
  const xml = readText(pkg, '[Content_Types].xml');
  if (xml === null) throw new PackageError('the package has no [Content_Types].xml');
  if (xml.includes(`PartName="/${part}"`)) return;
  const p = prefixOf(xml, 'Types');
  const override = `<${p}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
  writeText(pkg, '[Content_Types].xml', xml.replace(new RegExp(`</${p}Types>`), `${override}</${p}Types>`));
}

/** Drops the calculation chain's entries for one sheet (our replaced sheet has no formulas any more). */
export function dropCalcChainEntries(pkg: Package, workbookPart: string, sheetId: number): void {
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
export function addAppTitles(pkg: Package, info: WorkbookInfo, names: string[]): void {
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

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Replaces the workbook's defined names: drops `drop`, appends `add` (creating <definedNames> if needed). */
export function rewriteDefinedNames(
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
