// Looks at a file's bytes before ExcelJS does, to say *why* it is not a readable workbook (empty, old
// .xls, encrypted, truncated, not a spreadsheet: src/xlsx-lite/container.ts, shared with the pane) and to
// list every sheet, chart sheets included, which ExcelJS silently drops; and deflates packages natively.
import { crc32, deflateRawSync } from 'zlib';
import { unzipSync, Zip, type ZipInputFile } from 'fflate';

// The container checks (what kind of file, why not a workbook) are the browser-safe reader's too.
export {
  containerKind,
  isEncryptedPackage,
  oleStreamNames,
  type ContainerKind,
} from '../xlsx-lite/container';

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
