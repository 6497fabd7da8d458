// What a SpreadsheetML package says about itself, read from its parts' XML as text: the sheets in tab order
// (with their parts and visibility), the shared strings part, and which cell styles show dates. Pure (no
// Node, no DOM): the CLI (src/node) and the task pane's reader of answer files (read-xlsx.ts) share it.

export interface SheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Only worksheets hold cells; chart, dialog and macro sheets are listed with an empty grid. */
  isWorksheet: boolean;
  /** The relationship id of the sheet's part (`rId1`), if the entry names one. */
  relId?: string;
}

/** Text of an attribute value or element content: XML's five entities and character references. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, ent: string) => {
    const lower = ent.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** An attribute's decoded value (double or single quotes). */
export function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationships(relsXml: string | undefined): Relationship[] {
  const out: Relationship[] = [];
  for (const m of (relsXml ?? '').matchAll(/<(?:[\w.-]+:)?Relationship\s([^>]*?)\/?>/g)) {
    const id = attribute(m[1], 'Id');
    const type = attribute(m[1], 'Type');
    const target = attribute(m[1], 'Target');
    if (id !== undefined) out.push({ id, type: type ?? '', target: target ?? '' });
  }
  return out;
}

/** A relationship target of xl/workbook.xml as a part name (`worksheets/sheet1.xml` -> `xl/worksheets/sheet1.xml`). */
export function workbookTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = [];
  for (const seg of `xl/${target}`.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/**
 * Every sheet listed in xl/workbook.xml, in tab order: worksheets and chart sheets alike. The sheet kind
 * comes from xl/_rels/workbook.xml.rels; without it every sheet is taken for a worksheet.
 */
export function workbookSheets(workbookXml: string, relsXml?: string): SheetEntry[] {
  const types = new Map(relationships(relsXml).map((r) => [r.id, r.type]));
  const sheets: SheetEntry[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\s([^>]*?)\/?>/g)) {
    const name = attribute(m[1], 'name');
    if (name === undefined) continue;
    const state = attribute(m[1], 'state');
    const relId = attribute(m[1], '[\\w.-]+:id');
    const type = relId === undefined ? undefined : types.get(relId);
    sheets.push({
      name,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      isWorksheet: type === undefined || /\/worksheet$/.test(type),
      ...(relId !== undefined ? { relId } : {}),
    });
  }
  return sheets;
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
    const id = Number(attribute(m[1], 'numFmtId'));
    custom.set(id, attribute(m[1], 'formatCode') ?? '');
  }
  const xfs = /<((?:[\w.-]+:)?)cellXfs\b[^>]*>([\s\S]*?)<\/\1cellXfs>/.exec(stylesXml);
  if (!xfs) return [];
  return [...xfs[2].matchAll(/<(?:[\w.-]+:)?xf\s([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attribute(m[1], 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
  });
}

/** Whether the workbook counts dates from 1904 (Mac Excel's old default). */
export function usesDate1904(workbookXml: string): boolean {
  return /<(?:[\w.-]+:)?workbookPr\b[^>]*\sdate1904\s*=\s*"(?:1|true)"/.test(workbookXml);
}
