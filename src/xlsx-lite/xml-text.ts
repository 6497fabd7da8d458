// A cell's text as SpreadsheetML stores it (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): characters XML 1.0
// cannot carry — control characters, a carriage return (an XML parser turns CR LF into LF), U+FFFE/FFFF,
// halves of a surrogate pair — are written `_xHHHH_`, and a text that itself contains `_xHHHH_` has its
// underscore escaped as `_x005F_`, so every character reads back as written. Tabs and line feeds stay.
// Shared by every writer: the Node host (src/node, lane 11's ExcelJS escaping should use it too) and the
// browser's xlsx-lite, so it lives where the pane may import it.

const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex
  /_x[0-9A-Fa-f]{4}_|[&<>]|[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (code: number): string => `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;

/** Text for a `<t>` element. */
export function escapeCellText(text: string): string {
  return text.replace(NEEDS_ESCAPE, (m) => {
    if (m === '&') return '&amp;';
    if (m === '<') return '&lt;';
    if (m === '>') return '&gt;';
    if (m.length > 1) return `_x005F_${m.slice(1)}`; // a literal `_xHHHH_`
    return hex(m.charCodeAt(0));
  });
}

/** Whether a `<t>` element needs `xml:space="preserve"` to keep its blanks. */
export function needsPreserve(text: string): boolean {
  return /^[\s]|[\s]$|\n|\t| {2}/.test(text);
}

/** Text for an attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** A `<t>` element's text as written: entities decoded, then `_xHHHH_` escapes undone (§22.9.2.19). */
export function unescapeCellText(raw: string): string {
  return raw
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, ent: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      const lower = ent.toLowerCase();
      if (named[lower]) return named[lower];
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}
