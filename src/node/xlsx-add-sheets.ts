// Adds our generated sheets (snapshots, changes) to a user's workbook at the package level: each sheet is
// rendered by the same ExcelJS writer as every report (xlsx-write.ts), and its worksheet part is moved into
// the user's package — shared strings made inline, cell formats merged into the user's styles — together
// with a workbook entry, a relationship, a content type and the defined names (print titles, our mark).
// Every other part of the user's file is kept as it was: no round trip through a library's model, which
// would drop what it does not model (charts, pivot tables, slicers, threaded comments, custom XML …).
// Our own sheet of the same name is replaced in place (its part overwritten, its position and id kept).
import type { SheetSpec } from '../core/report/sheet-spec';
import {
  escapeXml,
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
  type PackageSheet,
} from './xlsx-package';
import {
  addAppTitles,
  addContentType,
  addRelationship,
  dropCalcChainEntries,
  freePart,
  quoteSheet,
  rewriteDefinedNames,
} from './xlsx-package-edit';
import { mergeStyles } from './xlsx-styles-merge';
import { specsToWorkbook } from './xlsx-write';

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const STYLES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export interface SheetToAdd {
  spec: SheetSpec;
  /** The name of our sheet this one replaces in place (it must carry our mark), if any. */
  replaces?: string | null;
  /** The workbook-level defined name marking it as ours (`anticorruption_plan_addin.snapshot_20240630`). */
  markName: string;
}

/** A mark name for a sheet of ours (the core's policy): the role and a key, a date, so several sheets of one role each have one. */
export { markNameFor } from '../core/report/sheet-marks';

interface Rendered {
  sheets: string[];
  strings: string[];
  styles: string;
  /** Defined names the writer gave each sheet (print titles), by sheet position. */
  localNames: Map<number, { name: string; value: string }[]>;
}

/** Renders the specs with the report writer and takes its package apart. */
async function render(specs: SheetSpec[]): Promise<Rendered> {
  const buffer = await specsToWorkbook(specs).xlsx.writeBuffer({
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
