// The zip's central directory, read from the bytes without inflating anything, and one entry inflated with
// a hard limit on its output (zlib's maxOutputLength: the inflater stops there instead of growing a buffer
// to gigabytes). fflate lists entries too, but neither gives where an entry's data starts nor a bounded
// inflate, which is what keeps a zip bomb a clear refusal.
import { inflateRawSync } from 'zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  method: number;
  compressedSize: number;
  /** As declared; the inflated size is checked again when the entry is inflated. */
  size: number;
  /** Offset of the local header. */
  offset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u64(bytes: Buffer, at: number): number {
  const value = bytes.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('zip64 value out of range');
  return Number(value);
}

function findEnd(bytes: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 65535; at--) {
    if (bytes.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipFormatError('no end of central directory record');
}

/** Entry count and where the central directory starts, from the end record or its Zip64 twin. */
function directoryBounds(bytes: Buffer): { count: number; start: number } {
  const end = findEnd(bytes);
  let count = bytes.readUInt16LE(end + 10);
  let start = bytes.readUInt32LE(end + 16);
  const locator = end - 20;
  if (locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR) {
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD)
      throw new ZipFormatError('bad zip64 end record');
    count = u64(bytes, record + 32);
    start = u64(bytes, record + 48);
  }
  return { count, start };
}

/** Sizes and offset from the Zip64 extra field, for the values the central record marks 0xFFFFFFFF. */
function zip64Extra(bytes: Buffer, from: number, to: number, entry: ZipEntry, raw: number[]): void {
  for (let at = from; at + 4 <= to;) {
    const id = bytes.readUInt16LE(at);
    const length = bytes.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const take = (): number => {
        if (p + 8 > at + 4 + length) throw new ZipFormatError('short zip64 extra field');
        const v = u64(bytes, p);
        p += 8;
        return v;
      };
      if (raw[0] === 0xffffffff) entry.size = take();
      if (raw[1] === 0xffffffff) entry.compressedSize = take();
      if (raw[2] === 0xffffffff) entry.offset = take();
      return;
    }
    at += 4 + length;
  }
}

/**
 * Every entry of the central directory, refusing more than `maxEntries` before reading them. Throws
 * ZipFormatError for a directory that is not there or does not fit in the file (a truncated download).
 */
export function readDirectory(bytes: Buffer, maxEntries: number): { entries: ZipEntry[]; count: number } {
  const { count, start } = directoryBounds(bytes);
  if (count > maxEntries) return { entries: [], count };
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
      throw new ZipFormatError('central directory cut off or damaged');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) throw new ZipFormatError('central directory cut off');
    const raw = [bytes.readUInt32LE(at + 24), bytes.readUInt32LE(at + 20), bytes.readUInt32LE(at + 42)];
    const entry: ZipEntry = {
      name: bytes.toString('utf8', at + 46, nameEnd),
      method: bytes.readUInt16LE(at + 10),
      size: raw[0],
      compressedSize: raw[1],
      offset: raw[2],
    };
    zip64Extra(bytes, nameEnd, nameEnd + extraLength, entry, raw);
    entries.push(entry);
    at = nameEnd + extraLength + commentLength;
  }
  return { entries, count };
}

export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`inflated data over ${limit} bytes`);
  }
}

/** The entry's data, inflated, never more than `limit` bytes (InflateLimitError past it). */
export function inflateEntry(bytes: Buffer, entry: ZipEntry, limit: number): Buffer {
  const at = entry.offset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL)
    throw new ZipFormatError(`local header of ${entry.name} missing`);
  const dataStart = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw new ZipFormatError(`${entry.name} cut off`);
  const data = bytes.subarray(dataStart, dataEnd);
  if (entry.method === 0) {
    if (data.length > limit) throw new InflateLimitError(limit);
    return data;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new InflateLimitError(limit);
    throw new ZipFormatError(`${entry.name}: ${(err as Error).message}`);
  }
}
