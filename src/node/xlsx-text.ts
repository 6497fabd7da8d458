// Cell text as SpreadsheetML stores it: one home for every writer, the browser's too (src/xlsx-lite).
export {
  decodeXstring,
  escapeAttribute,
  escapeCellText,
  escapeXstring,
  needsPreserve,
} from '../xlsx-lite/xml-text';
