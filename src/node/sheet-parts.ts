// Which sheet a worksheet part holds (`xl/worksheets/sheet2.xml` → `План`), from xl/workbook.xml and its
// relationships, so a message about a part can name the sheet the clerk sees.

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attrs)?.[1];
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Part name → sheet name, for every sheet the workbook lists (empty when the parts are not there). */
export function sheetNamesByPart(
  workbookXml: string | undefined,
  relsXml: string | undefined,
): Map<string, string> {
  const byPart = new Map<string, string>();
  if (!workbookXml || !relsXml) return byPart;
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\s([^>]*?)\/?>/g)) {
    const id = attribute(m[1], 'Id');
    const target = attribute(m[1], 'Target');
    if (id === undefined || target === undefined) continue;
    const part = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    targets.set(id, part);
  }
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)) {
    const name = attribute(m[1], 'name');
    const id = attribute(m[1], '\\w+:id');
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) byPart.set(part, unescape(name));
  }
  return byPart;
}
