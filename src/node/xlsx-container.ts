// Looks at a file's bytes before ExcelJS does, to say *why* it is not a readable workbook (empty, old
// .xls, encrypted, truncated, not a spreadsheet) and to list every sheet, chart sheets included, which
// ExcelJS silently drops. The zip side is fflate's; only the OLE2 check, which no library here does, is ours.
import { crc32, deflateRawSync } from 'zlib';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';

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

/**
 * Stream and storage names in an OLE2 compound file. An encrypted .xlsx is an OLE2 file with
 * `EncryptionInfo` and `EncryptedPackage` streams; an old .xls has `Workbook` (or `Book`). Directory entries
 * are 128-byte slots aligned to 128 bytes after the header, so every slot is tried rather than walking the
 * sector chains. Returns null when there is no root entry (a cut-off or damaged file).
 */
export function oleStreamNames(bytes: Buffer): string[] | null {
  const names: string[] = [];
  for (let slot = 512; slot + 128 <= bytes.length; slot += 128) {
    const nameBytes = bytes.readUInt16LE(slot + 0x40); // with the terminating NUL
    const type = bytes[slot + 0x42]; // 1 storage, 2 stream, 5 root
    if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0 || ![1, 2, 5].includes(type)) continue;
    if (bytes.readUInt16LE(slot + nameBytes - 2) !== 0) continue;
    names.push(bytes.toString('utf16le', slot, slot + nameBytes - 2));
  }
  return names.includes('Root Entry') ? names : null;
}

/** True when the OLE2 file is an encrypted Office package rather than an old binary workbook. */
export function isEncryptedPackage(bytes: Buffer): boolean {
  const names = oleStreamNames(bytes);
  if (names) return names.includes('EncryptionInfo') || names.includes('EncryptedPackage');
  // Directory unreadable: the stream name is still stored as UTF-16 somewhere in the file.
  return bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

export class ZipReadError extends Error {}

export interface ZipListing {
  /** Every entry's name, in the zip's order. */
  names: string[];
  /** The inflated contents of the entries asked for that are there. */
  parts: Map<string, Buffer>;
}

/**
 * Lists a zip and inflates only the `wanted` entries. Throws ZipReadError when fflate cannot read it: no
 * end record (a truncated file), or a wanted entry that is damaged or compressed in an unknown way.
 */
export function readZip(bytes: Uint8Array, wanted: readonly string[]): ZipListing {
  const names: string[] = [];
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return wanted.includes(file.name);
      },
    });
    const parts = new Map(Object.entries(files).map(([name, data]) => [name, Buffer.from(data)]));
    return { names, parts };
  } catch (err) {
    throw new ZipReadError(err instanceof Error ? err.message : String(err));
  }
}

// The package's own descriptions are read by the browser-safe reader: one home for both hosts.
export { workbookSheets, type SheetEntry } from '../xlsx-lite/package-parts';

/**
 * The same zip with every entry deflated natively. ExcelJS's own compression runs in JavaScript and was the
 * largest part of writing a big report, so it writes stored entries and they are compressed here. Throws
 * ZipReadError when the input cannot be read.
 */
export function deflateEntries(bytes: Uint8Array): Buffer {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (err) {
    throw new ZipReadError(err instanceof Error ? err.message : String(err));
  }
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished = false;
  // Every entry is pushed whole, so fflate hands the chunks over synchronously.
  const zip = new Zip((err, chunk, final) => {
    if (err) failure = err;
    else chunks.push(chunk);
    finished = final;
  });
  for (const [filename, data] of Object.entries(files)) {
    // fflate's interface for a custom compressor: its own deflate and CRC run in JavaScript, several times
    // slower than zlib's. Every entry is deflated, folders and empty parts too: a stored entry followed by a
    // data descriptor, as fflate writes them, is one some streaming readers refuse.
    const entry: ZipInputFile = { filename, size: data.length, crc: crc32(data), compression: 8 };
    zip.add(entry);
    const packed = deflateRawSync(data, { level: 6 });
    // A Buffer from zlib always sits on a plain ArrayBuffer, never a shared one.
    entry.ondata?.(
      null,
      new Uint8Array(packed.buffer as ArrayBuffer, packed.byteOffset, packed.length),
      true,
    );
  }
  zip.end();
  if (failure) throw failure;
  if (!finished) throw new Error('fflate did not finish the zip synchronously');
  return Buffer.concat(chunks);
}
