// Cell text as SpreadsheetML stores it: one home for every writer, the browser's too (src/xlsx-lite).
export { escapeAttribute, escapeCellText, needsPreserve } from '../xlsx-lite/xml-text';
