// The bounds every workbook is read within, and reading the file itself within them: a regular file only
// (a folder, a FIFO, /dev/zero are refused without reading a byte), no larger than the limit. ExcelJS and
// JSZip hold a whole package and every cell in memory, so these keep a hostile or huge file to a clear
// refusal instead of a V8 abort. README ("Limits") lists them.
import { constants, promises as fs } from 'fs';
import { WorkbookReadError } from './workbook-errors';

export const READ_LIMITS = {
  /** The file on disk. */
  fileBytes: 200 * 1024 * 1024,
  /** Entries in the zip. */
  entries: 10_000,
  /** One part inflated (a sheet's XML, the shared strings). */
  partBytes: 128 * 1024 * 1024,
  /** All parts inflated together. */
  totalBytes: 256 * 1024 * 1024,
  /** Inflated / compressed, for parts of over 1 MB: real workbooks stay well under 100. */
  ratio: 500,
  /**
   * Cells (`<c>` elements) in all sheets together. ExcelJS holds about 600 bytes per cell when reading (a
   * million cells: 620 MB on its own) and `generate` about 2.5 KB per plan cell in all (a 100,000-measure
   * plan of 500,000 cells peaked at 1.4 GB), so this keeps every command under about 1 GB. The largest real
   * plans have hundreds of measures; 50,000 measures of five columns fit.
   */
  cells: 300_000,
  /** Rows (`<row>` elements) in all sheets together: a plan has thousands, a sheet filled to the end a million. */
  rows: 200_000,
  /** Cells covered by merges, after clipping them to each sheet's used area (ExcelJS creates each). */
  mergedCells: 300_000,
} as const;

export type ReadLimits = typeof READ_LIMITS;

const MB = 1024 * 1024;

/** `200 МБ` / `200 MB`; sizes under 1 MB in bytes. */
export function sizeText(bytes: number, lang: 'uk' | 'en'): string {
  if (bytes < MB) return lang === 'uk' ? `${bytes} байтів` : `${bytes} bytes`;
  const mb = bytes / MB;
  const shown = mb >= 10 ? Math.round(mb).toString() : mb.toFixed(1);
  return `${shown} ${lang === 'uk' ? 'МБ' : 'MB'}`;
}

/** `1 500 000` as the clerk reads numbers. */
export function countText(n: number, lang: 'uk' | 'en'): string {
  return n.toLocaleString(lang === 'uk' ? 'uk-UA' : 'en-US').replace(/\u00a0/g, ' ');
}

function tooLarge(file: string, size: number, limit: number): WorkbookReadError {
  return new WorkbookReadError(
    'too-large',
    `Файл завеликий: ${file} (${sizeText(size, 'uk')}; найбільший допустимий — ${sizeText(limit, 'uk')})`,
    `The file is too large: ${file} (${sizeText(size, 'en')}; the largest allowed is ${sizeText(limit, 'en')})`,
  );
}

function openError(file: string, err: unknown): WorkbookReadError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') {
    return new WorkbookReadError(
      'not-xlsx',
      `Це тека, а не файл: ${file}`,
      `This is a folder, not a file: ${file}`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new WorkbookReadError(
      'not-found',
      `Немає доступу до файлу: ${file}`,
      `Permission denied: ${file}`,
    );
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new WorkbookReadError('not-found', `Файл не знайдено: ${file}`, `File not found: ${file}`);
  }
  return new WorkbookReadError(
    'not-found',
    `Файл не вдалося прочитати: ${file} (${code ?? String(err)})`,
    `The file could not be read: ${file} (${code ?? String(err)})`,
  );
}

/**
 * The file's bytes, read through one descriptor: opened without blocking (a FIFO with no writer would hang
 * a plain open), checked with fstat to be a regular file within the size limit, then read to its size.
 */
export async function readFileBounded(file: string, limits: ReadLimits = READ_LIMITS): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw openError(file, err);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw openError(file, Object.assign(new Error(), { code: 'EISDIR' }));
    if (!stat.isFile()) {
      throw new WorkbookReadError(
        'not-xlsx',
        `Це не звичайний файл (пристрій, канал чи сокет), його не читатимемо: ${file}`,
        `This is not a regular file (a device, pipe or socket) and is not read: ${file}`,
      );
    }
    if (stat.size > limits.fileBytes) throw tooLarge(file, stat.size, limits.fileBytes);
    const bytes = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break; // shrank while read: what is there is checked as a zip
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw openError(file, err);
  } finally {
    await handle.close();
  }
}
