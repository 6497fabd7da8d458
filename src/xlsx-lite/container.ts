// What kind of file the bytes are, before any zip is read, and why one is not a readable workbook (empty,
// an old .xls, an encrypted package, not a spreadsheet at all), in Ukrainian and English. One home for both
// hosts' readers (src/node/xlsx-read.ts, read-xlsx.ts): a file gets the same reason from the CLI and the pane.
// The zip side is fflate's; only the OLE2 check, which no library here does, is ours. Pure: Uint8Array only.

export type ContainerKind = 'empty' | 'ole2' | 'zip' | 'other';

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function containerKind(bytes: Uint8Array): ContainerKind {
  if (bytes.length === 0) return 'empty';
  if (bytes.length >= 8 && OLE2_SIGNATURE.every((b, i) => bytes[i] === b)) return 'ole2';
  // Local file header, or the end record of an empty zip.
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) {
    return 'zip';
  }
  return 'other';
}

const u16 = (bytes: Uint8Array, at: number): number => bytes[at] | (bytes[at + 1] << 8);

/**
 * Stream and storage names in an OLE2 compound file. An encrypted .xlsx is an OLE2 file with
 * `EncryptionInfo` and `EncryptedPackage` streams; an old .xls has `Workbook` (or `Book`). Directory entries
 * are 128-byte slots aligned to 128 bytes after the header, so every slot is tried rather than walking the
 * sector chains. Returns null when there is no root entry (a cut-off or damaged file).
 */
export function oleStreamNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  const utf16 = new TextDecoder('utf-16le');
  for (let slot = 512; slot + 128 <= bytes.length; slot += 128) {
    const nameBytes = u16(bytes, slot + 0x40); // with the terminating NUL
    const type = bytes[slot + 0x42]; // 1 storage, 2 stream, 5 root
    if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0 || ![1, 2, 5].includes(type)) continue;
    if (u16(bytes, slot + nameBytes - 2) !== 0) continue;
    names.push(utf16.decode(bytes.subarray(slot, slot + nameBytes - 2)));
  }
  return names.includes('Root Entry') ? names : null;
}

function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** True when the OLE2 file is an encrypted Office package rather than an old binary workbook. */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  const names = oleStreamNames(bytes);
  if (names) return names.includes('EncryptionInfo') || names.includes('EncryptedPackage');
  // Directory unreadable: the stream name is still stored as UTF-16 somewhere in the file.
  const needle = Uint8Array.from([...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]));
  return includes(bytes, needle);
}

export type ContainerProblemCode = 'corrupt' | 'not-xlsx' | 'encrypted' | 'old-xls';

export interface ContainerProblem {
  code: ContainerProblemCode;
  uk: string;
  en: string;
}

/** What every refusal of another format says to do: the same words in both hosts. */
const SAVE_UK = 'Відкрийте файл і збережіть його як книгу Excel (.xlsx)';
const SAVE_EN = 'Open the file and save it as an Excel workbook (.xlsx)';

interface Kind {
  uk: string;
  en: string;
}

function wrongFormat(kind: Kind, at: string): ContainerProblem {
  return {
    code: 'not-xlsx',
    uk: `Файл не є книгою Excel .xlsx — це ${kind.uk}${at}. ${SAVE_UK}`,
    en: `The file is not an Excel .xlsx workbook — it is ${kind.en}${at}. ${SAVE_EN}`,
  };
}

/** `at` is `: plan.xlsx` where a file's name belongs in the message, or nothing. */
function oleProblem(bytes: Uint8Array, at: string): ContainerProblem {
  if (isEncryptedPackage(bytes))
    return {
      code: 'encrypted',
      uk: `Книгу захищено паролем (зашифровано)${at}. Зніміть пароль в Excel і збережіть файл знову`,
      en: `The workbook is password-protected (encrypted)${at}. Remove the password in Excel and save it again`,
    };
  const names = oleStreamNames(bytes);
  if (names && !names.includes('Workbook') && !names.includes('Book'))
    return {
      code: 'not-xlsx',
      uk: `Це документ Office старого формату, а не книга Excel${at}`,
      en: `This is an old-format Office document, not an Excel workbook${at}`,
    };
  const uk = names ? 'Старий формат .xls (Excel 97–2003)' : 'Старий формат .xls або зашифрована книга';
  const en = names ? 'Old .xls format (Excel 97–2003)' : 'Old .xls format or an encrypted workbook';
  return { code: 'old-xls', uk: `${uk}${at}. ${SAVE_UK}`, en: `${en}${at}. ${SAVE_EN}` };
}

/** Mostly printable UTF-8 (or UTF-16 with a BOM): a CSV or text file with another name. */
function looksLikeText(head: Uint8Array): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)))
    return true;
  const text = new TextDecoder('utf-8').decode(head);
  let bad = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd || (code < 0x20 && code !== 9 && code !== 10 && code !== 13)) bad++;
  }
  return bad <= text.length / 100;
}

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

/** For a file that is neither a zip nor an OLE2 compound file: what it looks like, from its first bytes. */
function otherFormatProblem(bytes: Uint8Array, at: string): ContainerProblem {
  const head = bytes.subarray(0, 4096);
  const start = latin1(head.subarray(0, 512))
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
  return {
    code: 'not-xlsx',
    uk: `Файл не є книгою Excel .xlsx і його формат не розпізнано${at}. ${SAVE_UK}`,
    en: `The file is not an Excel .xlsx workbook and its format is not recognised${at}. ${SAVE_EN}`,
  };
}

/** Why these bytes are no zip to read as a workbook; null when they are one. */
export function containerProblem(bytes: Uint8Array, at = ''): ContainerProblem | null {
  switch (containerKind(bytes)) {
    case 'empty':
      return { code: 'corrupt', uk: `Файл порожній (0 байтів)${at}`, en: `The file is empty (0 bytes)${at}` };
    case 'ole2':
      return oleProblem(bytes, at);
    case 'other':
      return otherFormatProblem(bytes, at);
    default:
      return null;
  }
}

/** A zip that cannot be read through: no end record, a damaged entry. */
export const corruptArchive = (at = ''): ContainerProblem => ({
  code: 'corrupt',
  uk: `Файл пошкоджено або обрізано (неповний архів)${at}`,
  en: `The file is damaged or truncated (incomplete archive)${at}`,
});

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

/** The zip entry an OpenDocument file names its type in: pass its text to notWorkbookArchive. */
export const ODF_MIMETYPE_ENTRY = 'mimetype';

/**
 * A zip without xl/workbook.xml: what it is instead, by its entries (and the OpenDocument `mimetype` entry's
 * text, when the caller read it): .ods, .odt, .docx, .pptx, .xlsb, or no workbook at all.
 */
export function notWorkbookArchive(names: readonly string[], at = '', mimetype?: string): ContainerProblem {
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
  if (names.includes('xl/workbook.bin'))
    return {
      code: 'not-xlsx',
      uk: `Двійкова книга Excel (.xlsb) не підтримується${at}. ${SAVE_UK}`,
      en: `Binary Excel workbooks (.xlsb) are not supported${at}. ${SAVE_EN}`,
    };
  return {
    code: 'not-xlsx',
    uk: `Архів не є книгою Excel (немає xl/workbook.xml)${at}`,
    en: `The archive is not an Excel workbook (no xl/workbook.xml)${at}`,
  };
}
