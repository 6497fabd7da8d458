// What a file that is not an .xlsx is, from its first bytes or its zip's entry names, so the message can say
// it ("це таблиця OpenDocument (.ods)") and how to get a workbook from it: open it and save it as .xlsx.
import { WorkbookReadError } from './workbook-errors';

interface Kind {
  uk: string;
  en: string;
}

const SAVE_UK = 'Відкрийте файл і збережіть його як книгу Excel (.xlsx)';
const SAVE_EN = 'Open the file and save it as an Excel workbook (.xlsx)';

function wrongFormat(kind: Kind, at: string): WorkbookReadError {
  return new WorkbookReadError(
    'not-xlsx',
    `Файл не є книгою Excel .xlsx — це ${kind.uk}${at}. ${SAVE_UK}`,
    `The file is not an Excel .xlsx workbook — it is ${kind.en}${at}. ${SAVE_EN}`,
  );
}

const ODF: Record<string, Kind> = {
  'application/vnd.oasis.opendocument.spreadsheet': {
    uk: 'таблиця OpenDocument (.ods, LibreOffice Calc)',
    en: 'an OpenDocument spreadsheet (.ods, LibreOffice Calc)',
  },
  'application/vnd.oasis.opendocument.text': {
    uk: 'текстовий документ OpenDocument (.odt)',
    en: 'an OpenDocument text document (.odt)',
  },
};

/**
 * For a zip without xl/workbook.xml: what it is instead, by its entries (and the ODF `mimetype` entry's
 * text, when the caller has it). Null when it is no format known here.
 */
export function zipFormatError(
  names: readonly string[],
  mimetype: string | undefined,
  at: string,
): WorkbookReadError | null {
  if (mimetype !== undefined) {
    const type = mimetype.trim();
    const odf = ODF[type];
    if (odf) return wrongFormat(odf, at);
    if (type.startsWith('application/vnd.oasis.opendocument.'))
      return wrongFormat({ uk: `документ OpenDocument (${type})`, en: `an OpenDocument file (${type})` }, at);
  }
  if (names.includes('word/document.xml'))
    return wrongFormat({ uk: 'документ Word (.docx)', en: 'a Word document (.docx)' }, at);
  if (names.includes('ppt/presentation.xml'))
    return wrongFormat({ uk: 'презентація PowerPoint (.pptx)', en: 'a PowerPoint presentation (.pptx)' }, at);
  if (names.includes('xl/workbook.bin')) {
    return new WorkbookReadError(
      'not-xlsx',
      `Двійкова книга Excel (.xlsb) не підтримується${at}. ${SAVE_UK}`,
      `Binary Excel workbooks (.xlsb) are not supported${at}. ${SAVE_EN}`,
    );
  }
  return null;
}

/** Mostly printable UTF-8 (or UTF-16 with a BOM): a CSV or text file with another name. */
function looksLikeText(head: Buffer): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)))
    return true;
  const text = head.toString('utf8');
  let bad = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd || (code < 0x20 && code !== 9 && code !== 10 && code !== 13)) bad++;
  }
  return bad <= text.length / 100;
}

/** For a file that is neither a zip nor an OLE2 compound file: what it looks like. */
export function otherFormatError(bytes: Buffer, at: string): WorkbookReadError {
  const head = bytes.subarray(0, 4096);
  const start = head
    .toString('latin1', 0, 512)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (start.startsWith('%pdf')) return wrongFormat({ uk: 'документ PDF', en: 'a PDF document' }, at);
  if (
    /^(<\?xml[^>]*>\s*)?<(!doctype html|html|table)\b/.test(start) ||
    start.includes('urn:schemas-microsoft-com:office:excel')
  )
    return wrongFormat(
      {
        uk: 'вебсторінка (HTML чи XML, збережена з розширенням Excel)',
        en: 'a web page (HTML or XML saved with an Excel extension)',
      },
      at,
    );
  if (start.startsWith('{\\rtf')) return wrongFormat({ uk: 'документ RTF', en: 'an RTF document' }, at);
  if (looksLikeText(head))
    return wrongFormat(
      { uk: 'текстовий файл (CSV чи простий текст)', en: 'a text file (CSV or plain text)' },
      at,
    );
  return new WorkbookReadError(
    'not-xlsx',
    `Файл не є книгою Excel .xlsx і його формат не розпізнано${at}. ${SAVE_UK}`,
    `The file is not an Excel .xlsx workbook and its format is not recognised${at}. ${SAVE_EN}`,
  );
}
