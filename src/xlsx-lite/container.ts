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
  return { code: 'old-xls', uk: `${uk}${at}. Збережіть її як .xlsx`, en: `${en}${at}. Save it as .xlsx` };
}

/** Why these bytes are no zip to read as a workbook; null when they are one. */
export function containerProblem(bytes: Uint8Array, at = ''): ContainerProblem | null {
  switch (containerKind(bytes)) {
    case 'empty':
      return { code: 'corrupt', uk: `Файл порожній (0 байтів)${at}`, en: `The file is empty (0 bytes)${at}` };
    case 'ole2':
      return oleProblem(bytes, at);
    case 'other':
      return {
        code: 'not-xlsx',
        uk: `Файл не є книгою Excel .xlsx (можливо, це CSV чи текст з іншим розширенням)${at}`,
        en: `Not an Excel .xlsx workbook (perhaps CSV or text renamed to .xlsx)${at}`,
      };
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

/** A zip without xl/workbook.xml: a binary workbook (.xlsb), or no workbook at all. */
export function notWorkbookArchive(names: readonly string[], at = ''): ContainerProblem {
  if (names.includes('xl/workbook.bin'))
    return {
      code: 'not-xlsx',
      uk: `Двійкова книга .xlsb не підтримується${at}. Збережіть її як .xlsx`,
      en: `Binary .xlsb workbooks are not supported${at}. Save it as .xlsx`,
    };
  return {
    code: 'not-xlsx',
    uk: `Архів не є книгою Excel (немає xl/workbook.xml)${at}`,
    en: `The archive is not an Excel workbook (no xl/workbook.xml)${at}`,
  };
}
