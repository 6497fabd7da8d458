// Looks at a file's bytes before ExcelJS does, to say *why* it is not a readable workbook (empty, old
// .xls, encrypted, truncated, not a spreadsheet) and to list every sheet, chart sheets included, which
// ExcelJS silently drops. Only the zip directory and the few small parts we need are read.
import { deflateRawSync, inflateRawSync } from 'zlib';

export type ContainerKind = 'empty' | 'ole2' | 'zip' | 'other';

const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function containerKind(bytes: Buffer): ContainerKind {
  if (bytes.length === 0) return 'empty';
  if (bytes.subarray(0, 8).equals(OLE2_SIGNATURE)) return 'ole2';
  // Local file header, or the end record of an empty zip.
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) {
    return 'zip';
  }
  return 'other';
}

const FREE_OR_END = 0xfffffffa; // OLE2 sector ids from here up are markers, not sectors

/**
 * Stream names in an OLE2 compound file's directory. An encrypted .xlsx is an OLE2 file with
 * `EncryptionInfo` and `EncryptedPackage` streams; an old .xls has `Workbook` (or `Book`).
 * Returns null when the directory cannot be walked (a damaged file).
 */
export function oleStreamNames(bytes: Buffer): string[] | null {
  try {
    const sectorSize = 1 << bytes.readUInt16LE(0x1e);
    if (sectorSize !== 512 && sectorSize !== 4096) return null;
    const sectorAt = (id: number): Buffer => {
      const start = (id + 1) * sectorSize;
      if (start + sectorSize > bytes.length) throw new RangeError('sector beyond end of file');
      return bytes.subarray(start, start + sectorSize);
    };
    // The first 109 FAT sector ids live in the header; enough for files up to ~7 MB, plenty to find names.
    const fat: number[] = [];
    for (let i = 0; i < 109; i++) {
      const id = bytes.readUInt32LE(0x4c + i * 4);
      if (id >= FREE_OR_END) continue;
      const sector = sectorAt(id);
      for (let j = 0; j < sectorSize; j += 4) fat.push(sector.readUInt32LE(j));
    }
    const names: string[] = [];
    const seen = new Set<number>();
    for (let id = bytes.readUInt32LE(0x30); id < FREE_OR_END && !seen.has(id); id = fat[id] ?? FREE_OR_END) {
      seen.add(id);
      const sector = sectorAt(id);
      for (let off = 0; off + 128 <= sectorSize; off += 128) {
        const nameBytes = sector.readUInt16LE(off + 0x40);
        if (nameBytes < 2 || nameBytes > 64) continue;
        names.push(sector.toString('utf16le', off, off + nameBytes - 2));
      }
    }
    return names;
  } catch {
    return null;
  }
}

/** True when the OLE2 file is an encrypted Office package rather than an old binary workbook. */
export function isEncryptedPackage(bytes: Buffer): boolean {
  const names = oleStreamNames(bytes);
  if (names) return names.includes('EncryptionInfo') || names.includes('EncryptedPackage');
  // Directory unreadable: the stream name is still stored as UTF-16 somewhere in the file.
  return bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
  /** As the central directory has them: CRC-32 and size of the uncompressed data, DOS time and date. */
  crc32: number;
  size: number;
  dosDateTime: number;
}

export class ZipReadError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const SATURATED = 0xffffffff;

/** The zip's central directory. Throws ZipReadError when it is missing or cut off (a truncated file). */
export function zipEntries(bytes: Buffer): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipReadError('no end of central directory');
  let count = bytes.readUInt16LE(eocd + 10);
  let size = bytes.readUInt32LE(eocd + 12);
  let offset = bytes.readUInt32LE(eocd + 16);
  let directoryEnd = eocd;
  // Some writers (.NET packaging among them) add Zip64 end records even to small files.
  if (eocd >= 20 && bytes.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) {
    const record = Number(bytes.readBigUInt64LE(eocd - 12));
    if (record + 56 > eocd || bytes.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) {
      throw new ZipReadError('bad zip64 end record');
    }
    count = Number(bytes.readBigUInt64LE(record + 32));
    size = Number(bytes.readBigUInt64LE(record + 40));
    offset = Number(bytes.readBigUInt64LE(record + 48));
    directoryEnd = record;
  }
  if (offset + size > directoryEnd) throw new ZipReadError('central directory beyond its end record');
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > directoryEnd || bytes.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
      throw new ZipReadError('bad directory entry');
    }
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      name,
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      localOffset: bytes.readUInt32LE(p + 42),
      crc32: bytes.readUInt32LE(p + 16),
      size: bytes.readUInt32LE(p + 24),
      dosDateTime: bytes.readUInt32LE(p + 12),
    };
    readZip64Extra(bytes, p + 46 + nameLength, extraLength, bytes.readUInt32LE(p + 24) === SATURATED, entry);
    entries.set(name, entry);
    p += 46 + nameLength + extraLength + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

/** Takes the real sizes and offset from a Zip64 extra field, where the 32-bit ones are saturated. */
function readZip64Extra(
  bytes: Buffer,
  start: number,
  length: number,
  bigUncompressed: boolean,
  entry: ZipEntry,
): void {
  if (entry.compressedSize !== SATURATED && entry.localOffset !== SATURATED) return;
  for (let q = start; q + 4 <= start + length; q += 4 + bytes.readUInt16LE(q + 2)) {
    if (bytes.readUInt16LE(q) !== 0x0001) continue;
    let field = q + 4 + (bigUncompressed ? 8 : 0);
    if (entry.compressedSize === SATURATED) {
      entry.compressedSize = Number(bytes.readBigUInt64LE(field));
      field += 8;
    }
    if (entry.localOffset === SATURATED) entry.localOffset = Number(bytes.readBigUInt64LE(field));
    return;
  }
}

/** One entry's bytes (stored or deflated). Throws ZipReadError when they are damaged. */
export function zipEntryData(bytes: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== LOCAL_SIGNATURE) {
    throw new ZipReadError(`bad local header for ${entry.name}`);
  }
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipReadError(`${entry.name} is cut off`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipReadError(`${entry.name}: unsupported compression ${entry.method}`);
  try {
    return inflateRawSync(data);
  } catch {
    throw new ZipReadError(`${entry.name} cannot be inflated`);
  }
}

export interface SheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Only worksheets hold cells; chart, dialog and macro sheets are listed with an empty grid. */
  isWorksheet: boolean;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, ent: string) => {
    const lower = ent.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function attribute(attrs: string, name: string): string | undefined {
  const value = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
  return value === undefined ? undefined : decodeXml(value);
}

/**
 * Every sheet listed in xl/workbook.xml, in tab order: worksheets and chart sheets alike. The sheet kind
 * comes from xl/_rels/workbook.xml.rels; without it every sheet is taken for a worksheet.
 */
export function workbookSheets(workbookXml: string, relsXml?: string): SheetEntry[] {
  const types = new Map<string, string>();
  for (const m of (relsXml ?? '').matchAll(/<(?:\w+:)?Relationship\s([^>]*?)\/?>/g)) {
    const id = attribute(m[1], 'Id');
    const type = attribute(m[1], 'Type');
    if (id !== undefined && type !== undefined) types.set(id, type);
  }
  const sheets: SheetEntry[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\s([^>]*?)\/?>/g)) {
    const name = attribute(m[1], 'name');
    if (name === undefined) continue;
    const state = attribute(m[1], 'state');
    const relId = attribute(m[1], '\\w+:id');
    const type = relId === undefined ? undefined : types.get(relId);
    sheets.push({
      name,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      isWorksheet: type === undefined || /\/worksheet$/.test(type),
    });
  }
  return sheets;
}

/**
 * The same zip with every stored (uncompressed) entry deflated by Node's native zlib: ExcelJS's own
 * compression runs in JavaScript and was the largest part of writing a big report, so it writes stored
 * entries and they are compressed here. The parts' bytes are unchanged, as are their CRCs and times.
 */
export function deflateStoredEntries(bytes: Buffer): Buffer {
  return rewriteZip(bytes, (entry) => {
    if (entry.method !== 0)
      return { method: entry.method, data: compressedData(bytes, entry), size: entry.size };
    const raw = zipEntryData(bytes, entry);
    return { method: 8, data: deflateRawSync(raw, { level: 6 }), size: raw.length };
  });
}

/**
 * The same zip with every entry stored uncompressed, inflated by Node's native zlib, so that ExcelJS (whose
 * inflate runs in JavaScript) only has to copy them. Throws ZipReadError when an entry is damaged.
 */
export function storeDeflatedEntries(bytes: Buffer): Buffer {
  return rewriteZip(bytes, (entry) => {
    if (entry.method === 0) return { method: 0, data: compressedData(bytes, entry), size: entry.size };
    const data = zipEntryData(bytes, entry);
    if (data.length !== entry.size) throw new ZipReadError(`${entry.name} has the wrong size`);
    return { method: 0, data, size: data.length };
  });
}

interface RewrittenEntry {
  method: number;
  data: Buffer;
  /** Uncompressed size. */
  size: number;
}

/** A new zip of the same entries, names, CRCs and times, each converted; the input when it would need Zip64. */
function rewriteZip(bytes: Buffer, convert: (entry: ZipEntry) => RewrittenEntry): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const entries = zipEntries(bytes);
  if (entries.size > 0xffff) return bytes;
  for (const entry of entries.values()) {
    const { method, data, size } = convert(entry);
    const name = Buffer.from(entry.name, 'utf8');
    if (offset + data.length > SATURATED || size > SATURATED) return bytes;
    // Bit 11: the name is UTF-8.
    const flags = /[^\x20-\x7e]/.test(entry.name) ? 0x0800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.dosDateTime, 10);
    local.writeUInt32LE(entry.crc32, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(entry.dosDateTime, 12);
    central.writeUInt32LE(entry.crc32, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** An entry's bytes as stored in the zip, without inflating them. */
function compressedData(bytes: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== LOCAL_SIGNATURE) {
    throw new ZipReadError(`bad local header for ${entry.name}`);
  }
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  return bytes.subarray(start, start + entry.compressedSize);
}
