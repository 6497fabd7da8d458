// A cell's text as SpreadsheetML stores it (ECMA-376 Part 1, §22.9.2.19 ST_Xstring): characters XML 1.0
// cannot carry or a parser would change — control characters, a carriage return (an XML parser turns CR LF
// and a lone CR into LF), DEL (ExcelJS drops it), U+FFFE/FFFF, halves of a surrogate pair — are written
// `_xHHHH_`, and a text that itself contains `_xHHHH_` has its underscore escaped as `_x005F_`, so every
// character reads back as written. Tabs and line feeds stay as they are.
// The one home for every writer: the Node host (src/node: ExcelJS's text elements are routed through
// escapeXstring, see exceljs-xstring.ts; our own part edits use escapeCellText) and the browser's
// xlsx-lite, so it lives where the pane may import it. decodeXstring is the reader's inverse.

const XSTRING_ESCAPE =
  // eslint-disable-next-line no-control-regex
  /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const hex = (code: number): string => `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;

/** The text with ST_Xstring escapes, XML's own characters (&, <, >) left for the XML writer. */
export function escapeXstring(text: string): string {
  return text.replace(XSTRING_ESCAPE, (m) => (m.length > 1 ? `_x005F_${m.slice(1)}` : hex(m.charCodeAt(0))));
}

/** The text an ST_Xstring stands for: every `_xHHHH_` is its character (`_x005F_` the underscore). */
export function decodeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, code: string) => String.fromCharCode(parseInt(code, 16)));
}

/** Text for a `<t>` element: ST_Xstring escapes, then XML's. */
export function escapeCellText(text: string): string {
  return escapeXstring(text).replace(/[&<>]/g, (m) => (m === '&' ? '&amp;' : m === '<' ? '&lt;' : '&gt;'));
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
