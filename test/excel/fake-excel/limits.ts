// Excel's limits and its reading of typed text, as the fake enforces them. Each one with where it comes from:
// the fake is only worth something where it is as strict as Excel (GUIDE: "follow Microsoft's reference,
// not our fake").

/**
 * Excel on the web refuses a request or a response above 5 MB (RichApi.Error
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). The request counts every queued
 * call, not only the values written: learn.microsoft.com/office/dev/add-ins/excel/performance
 * ("Payload size limit best practices") and …/concepts/resource-limits-and-performance-optimization#excel-add-ins.
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * Office.js serialises each queued call as JSON: an action (`{"Id":…,"ActionType":…,"Name":"…",
 * "ObjectPathId":…,"ArgumentInfo":{…}}`, about 90–120 bytes) and, for every object reached by navigation
 * (`getRange("A1:E5")`, `getItem(id)`), an object path of about the same size. The fake counts a
 * conservative 150 bytes per action and 120 per object path, plus the UTF-8 size of the arguments.
 */
export const ACTION_BYTES = 150;
export const PATH_BYTES = 120;

/**
 * A get of more than 5,000,000 cells may come back as `null` instead of failing (office-js#4783,
 * office-js#6781; learn.microsoft.com …/excel/performance, note added by office-js-docs-pr#5821). Cell-level
 * properties of an unbounded range (`A:E`, `3:3`) also read as null (…/excel/excel-add-ins-ranges-unbounded).
 */
export const READ_CELL_LIMIT = 5_000_000;

/** `getMergedAreasOrNullObject` fails when the range holds more than 512 merged areas (its reference page). */
export const MERGED_AREAS_LIMIT = 512;

/** `Worksheet.getRanges` refuses addresses of about 8,200 characters and more (office-js#5198). */
export const RANGES_ADDRESS_LIMIT = 8192;

/** A cell holds at most 32,767 characters (Excel specifications and limits). */
export const CELL_TEXT_LIMIT = 32767;

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

export type FakeValue = string | number | boolean;

const ERROR_LITERALS =
  /^#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const MONTHS =
  /(?:^|[\s\d.,/-])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=$|[\s\d.,/-])|(?:січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лист|груд)[а-яіїєґ']*/i;

/**
 * What Excel makes of a text written through `Range.values`, as if typed: a formula (`=…`, `+…`, `-…`, `@…`),
 * an error literal (`#N/A`), a boolean (`TRUE`), a number (`1.1`, `1e5`, `1,000`, `50%`, `$5`, `(5)`, `1 1/2`),
 * a date or time (`01.03.2024`, `2024-03-01`, `3/1`, `10:30`, `Jan 5`, `1 січня 2024`). A leading apostrophe
 * keeps the rest as text and is not stored (learn.microsoft.com …/excel/excel-add-ins-ranges-set-get-values;
 * Excel's "Format numbers as text"). A conservative superset of en-US and uk-UA parsing: anything the fake
 * parses, the host must escape.
 */
export function typedValue(v: FakeValue): { value: FakeValue; error?: string; formula?: string } {
  if (typeof v !== 'string') return { value: v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  const t = v.trim();
  if (/^[=+\-@]./s.test(v) && !/^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t)) {
    return { value: '#NAME?', error: '#NAME?', formula: v };
  }
  if (ERROR_LITERALS.test(t)) return { value: t.toUpperCase(), error: t.toUpperCase() };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const number = parseNumber(t);
  if (number !== null) return { value: number };
  if (isDateOrTime(t)) return { value: 45000 }; // a serial: which one does not matter, the text is gone
  return { value: v };
}

function parseNumber(t: string): number | null {
  let s = t.replace(/^\((.*)\)$/, '-$1').replace(/^[$€£₴]\s*|\s*(?:[$€£₴]|грн\.?)$/g, '');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  s = s.replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return Number(s) / (percent ? 100 : 1);
  const fraction = /^([+-]?\d+)\s+(\d+)\/(\d+)$/.exec(s);
  if (fraction && Number(fraction[3]) > 0)
    return Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3]);
  return null;
}

function isDateOrTime(t: string): boolean {
  if (/^\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.test(t)) return true;
  if (/^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?$/i.test(t)) return true;
  // A month name with a day or a year and little else (`Jan 5`, `5 січня 2024 р.`): at most four words.
  return /\d/.test(t) && MONTHS.test(t) && t.split(/\s+/).length <= 4;
}
