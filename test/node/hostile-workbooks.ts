// Builders for crafted workbooks the reader must refuse or survive (no binary blobs in the repo): a minimal
// package around any sheet XML, zip bombs whose entries inflate far past what they declare, merge bombs,
// and plans of a million rows. Each returns the file's bytes.
import { deflateRawSync, constants as zlib, crc32 } from 'zlib';

export const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '</Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';
const BOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '</Relationships>';

/** The parts of a one-sheet workbook around `sheetXml` (the whole worksheet part). */
export function workbookParts(sheetXml: string, opts: { date1904?: boolean } = {}): Record<string, string> {
  const pr = opts.date1904 ? '<workbookPr date1904="1"/>' : '';
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${pr}<sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': BOOK_RELS,
    'xl/worksheets/sheet1.xml': sheetXml,
  };
}

/** A zip of the parts, deflated natively (fast for the large ones) or stored. */
export function zipOf(parts: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Buffer {
  return rawZip(
    Object.entries(parts).map(([name, content]) => {
      const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
      const crc = crc32(data);
      return level === 0
        ? { name, data, size: data.length, crc, method: 0 }
        : { name, data: deflateRawSync(data), size: data.length, crc, method: 8 };
    }),
  );
}

interface RawEntry {
  name: string;
  /** As stored in the zip (deflated for method 8). */
  data: Buffer;
  /** The inflated size the zip declares. */
  size: number;
  crc: number;
  method: number;
}

const inline = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;

/** A worksheet of rows of inline-string cells (A…), plus whatever goes after sheetData (merges). */
export function sheetXml(rows: string[][], after = ''): string {
  const body = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((t, c) => inline(`${String.fromCharCode(65 + c)}${r + 1}`, t)).join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${body}</sheetData>${after}</worksheet>`;
}

/** A small table with a merge over the whole sheet, as a 2.5 KB file that once ran ExcelJS out of memory. */
export function mergeBomb(ref = 'A1:XFD1048576', extraCell = ''): Buffer {
  const rows = [['ПЛАН'], ['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи']];
  const xml = sheetXml(rows, `<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`).replace(
    '</sheetData>',
    `${extraCell}</sheetData>`,
  );
  return zipOf(workbookParts(xml));
}

/** `size` bytes of zeros as raw deflate, built from one flushed megabyte repeated (cheap to make). */
export function deflatedZeros(size: number): Buffer {
  const mb = 1024 * 1024;
  const block = deflateRawSync(Buffer.alloc(mb), { finishFlush: zlib.Z_SYNC_FLUSH });
  const pieces: Buffer[] = [];
  for (let done = 0; done + mb <= size; done += mb) pieces.push(block);
  pieces.push(deflateRawSync(Buffer.alloc(size % mb)));
  return Buffer.concat(pieces);
}

/**
 * A zip with one deflated entry of `inflated` zero bytes among the workbook's parts, declaring `declared`
 * as its size (a lie when smaller) — written by hand, since no zip library writes a lie.
 */
export function zipBomb(inflated: number, declared = inflated, name = 'xl/media/image1.png'): Buffer {
  const base = workbookParts(sheetXml([['ПЛАН']]));
  const entries: RawEntry[] = Object.entries(base).map(([n, t]) => {
    const data = Buffer.from(t, 'utf8');
    return { name: n, data, size: data.length, crc: crc32(data), method: 0 };
  });
  entries.push({ name, data: deflatedZeros(inflated), size: declared, crc: 0, method: 8 });
  return rawZip(entries);
}

/** Writes the zip by hand: local headers, data, central directory, end record. */
function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const nameBytes = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, e.data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A sheet of `rows` rows with `cols` short cells each, deflated (a million rows is a few MB). */
export function manyRows(rows: number, cols = 1): Buffer {
  const pieces: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r}</v></c>`;
    pieces.push(`${row}</row>`);
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${pieces.join('')}</sheetData></worksheet>`;
  return zipOf(workbookParts(xml));
}
