// A small .xlsx writer for the browser (the task pane builds next year's plan, and #13's request workbooks,
// as a file Office.js opens with Excel.createWorkbook): SheetSpecs -> the parts of a SpreadsheetML package,
// zipped by fflate. No DOM, no Node: it runs in the pane and in tests alike. It writes what SheetSpec
// describes — cells, styles by bands, merges, widths, heights, frozen rows, print setup — and per sheet a
// defined name marking it as ours (core/report/sheet-marks.ts), its visibility and hidden columns. Charts
// are not written (the Node writer has them; no sheet made in the pane has one).
import { zipSync } from 'fflate';
import type { SheetSpec } from '../core/report/sheet-spec';
import { GENERATED_MARK } from '../core/report/sheet-spec';
import { SharedStrings, sheetXml, type SheetExtras } from './sheet-xml';
import { StyleTable } from './styles';
import { escapeAttribute } from './xml-text';

export { fileColumnWidth, type LiteValidation } from './sheet-xml';

export interface XlsxSheet extends SheetExtras {
  spec: SheetSpec;
  /** A workbook-scoped defined name marking the sheet as ours (`markNameFor`); none for a user's sheet. */
  markName?: string | null;
  /** `veryHidden` sheets only VBA can show (a request's data sheet). */
  state?: 'visible' | 'hidden' | 'veryHidden';
}

export interface XlsxOptions {
  /** The package's creator (docProps/core.xml); our mark by default. */
  creator?: string;
  /** The time written as created and modified (ISO), for repeatable bytes in tests. */
  now?: string;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
/** Plain XML text (formulas, our own words): only what XML itself reserves. */
const xmlText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with `'`. */
function checkSheetName(name: string, seen: Set<string>): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
    throw new Error(`xlsx-lite: invalid sheet name "${name}"`);
  if (seen.has(name.toLowerCase())) throw new Error(`xlsx-lite: two sheets named "${name}"`);
  seen.add(name.toLowerCase());
}

function contentTypes(sheets: number): string {
  const over = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    XML +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    over('xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`) +
    Array.from({ length: sheets }, (_, i) =>
      over(`xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`),
    ).join('') +
    over('xl/styles.xml', `${CT}.spreadsheetml.styles+xml`) +
    over('xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`) +
    over('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    over('docProps/app.xml', `${CT}.extended-properties+xml`) +
    '</Types>'
  );
}

function workbookXml(sheets: XlsxSheet[]): string {
  const entries = sheets
    .map((s, i) => {
      const state = s.state && s.state !== 'visible' ? ` state="${s.state}"` : '';
      return `<sheet name="${escapeAttribute(s.spec.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
    })
    .join('');
  const names: string[] = [];
  sheets.forEach((s, i) => {
    const rows = s.spec.print.repeatRows;
    if (rows)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(
          `${quoteSheet(s.spec.name)}!$${rows.from}:$${rows.to}`,
        )}</definedName>`,
      );
  });
  sheets.forEach((s) => {
    if (s.markName)
      names.push(
        `<definedName name="${escapeAttribute(s.markName)}">${xmlText(`${quoteSheet(s.spec.name)}!$A$1`)}</definedName>`,
      );
  });
  // The first visible sheet is the active one.
  const active = Math.max(
    0,
    sheets.findIndex((s) => !s.state || s.state === 'visible'),
  );
  return (
    XML +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<bookViews><workbookView activeTab="${active}" firstSheet="${active}"/></bookViews>` +
    `<sheets>${entries}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '<calcPr calcId="191029"/>' +
    '</workbook>'
  );
}

function workbookRels(sheets: number): string {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${NS_REL}/${type}" Target="${target}"/>`;
  return (
    XML +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    Array.from({ length: sheets }, (_, i) =>
      rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`),
    ).join('') +
    rel(`rId${sheets + 1}`, 'styles', 'styles.xml') +
    rel(`rId${sheets + 2}`, 'sharedStrings', 'sharedStrings.xml') +
    '</Relationships>'
  );
}

function rootRels(): string {
  return (
    XML +
    `<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

function coreXml(creator: string, now: string): string {
  const who = xmlText(creator);
  return (
    XML +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${who}</dc:creator><cp:lastModifiedBy>${who}</cp:lastModifiedBy>` +
    `<cp:keywords>${xmlText(GENERATED_MARK)}</cp:keywords>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appXml(): string {
  return (
    XML +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
    `<Application>Microsoft Excel</Application></Properties>`
  );
}

/** The .xlsx package of the sheets, in order (the first visible one active). */
export function writeXlsx(sheets: XlsxSheet[], opts: XlsxOptions = {}): Uint8Array {
  if (sheets.length === 0) throw new Error('xlsx-lite: a workbook needs a sheet');
  if (sheets.every((s) => s.state && s.state !== 'visible'))
    throw new Error('xlsx-lite: a workbook needs a visible sheet');
  const seen = new Set<string>();
  for (const s of sheets) checkSheetName(s.spec.name, seen);
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const enc = new TextEncoder();
  const now = (opts.now ?? new Date().toISOString()).replace(/\.\d+Z$/, 'Z');
  const active = sheets.findIndex((s) => !s.state || s.state === 'visible');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc.encode(contentTypes(sheets.length)),
    '_rels/.rels': enc.encode(rootRels()),
    'docProps/core.xml': enc.encode(coreXml(opts.creator ?? GENERATED_MARK, now)),
    'docProps/app.xml': enc.encode(appXml()),
    'xl/workbook.xml': enc.encode(workbookXml(sheets)),
    'xl/_rels/workbook.xml.rels': enc.encode(workbookRels(sheets.length)),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = enc.encode(
      sheetXml(s.spec, styles, strings, {
        selected: i === active,
        hiddenColumns: s.hiddenColumns,
        unlocked: s.unlocked,
        validations: s.validations,
        protection: s.protection,
      }),
    );
  });
  files['xl/styles.xml'] = enc.encode(styles.xml());
  files['xl/sharedStrings.xml'] = enc.encode(strings.xml());
  // Entries dated as the package says it was made: the same input gives the same bytes.
  return zipSync(files, { level: 6, mtime: new Date(now) });
}

/** Bytes as base64 (what Excel.createWorkbook takes), in chunks: no call-stack limit on large files. */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
