// Checks an .xlsx package against READ_LIMITS before ExcelJS (JSZip) sees it: the entry count, each part's
// declared and actual inflated size and ratio, the total, and each sheet's rows, cells and merges. Merges
// reaching past the cells a sheet holds (`A1:XFD1048576`) are clipped to them, in a rewritten package, as
// ExcelJS would create every cell a merge covers; merges still too large are refused. Every refusal is a
// WorkbookReadError naming the file, the part or sheet, and the limit.
import { zipSync } from 'fflate';
import { countText, READ_LIMITS, sizeText, type ReadLimits } from './read-limits';
import { sheetNamesByPart } from './sheet-parts';
import { mergeArea, scanSheet, type ScannedMerge, type SheetScan } from './sheet-scan';
import { WorkbookReadError } from './workbook-errors';
import { corruptArchive } from '../xlsx-lite/container';
import {
  InflateLimitError,
  inflateEntry,
  readDirectory,
  ZipFormatError,
  type ZipEntry,
} from './zip-directory';

export interface CheckedPackage {
  /** The bytes to load: the file's own, or the package with clipped merges (stored entries). */
  bytes: Buffer;
  /** Entry names, in the zip's order. */
  names: string[];
  /** The inflated parts asked for (`keep`) that are there. */
  parts: Map<string, Buffer>;
}

function limitError(uk: string, en: string): WorkbookReadError {
  return new WorkbookReadError('too-large', uk, en);
}

function partTooLarge(part: string, limit: number, at: string): WorkbookReadError {
  return limitError(
    `Частина книги «${part}» після розпакування перевищує ${sizeText(limit, 'uk')}${at}. Книга завелика або пошкоджена (можливо, це «zip-бомба»)`,
    `Part "${part}" of the workbook inflates to over ${sizeText(limit, 'en')}${at}. The workbook is too large or damaged (perhaps a zip bomb)`,
  );
}

function checkDeclared(entries: ZipEntry[], limits: ReadLimits, at: string): void {
  let total = 0;
  for (const e of entries) {
    if (e.size > limits.partBytes) throw partTooLarge(e.name, limits.partBytes, at);
    total += e.size;
    if (total > limits.totalBytes) throw partTooLarge(e.name, limits.totalBytes, at);
    if (e.size > 1024 * 1024 && e.size > e.compressedSize * limits.ratio) {
      throw limitError(
        `Частина книги «${e.name}» стиснута у понад ${limits.ratio} разів${at}. Так стискаються лише «zip-бомби», книгу не відкрито`,
        `Part "${e.name}" of the workbook is compressed over ${limits.ratio} times${at}. Only zip bombs compress so; the workbook is not opened`,
      );
    }
  }
}

/** `аркуш «План»` when the workbook part names the sheet, else the part. */
function partLabel(
  part: string,
  parts: Map<string, Buffer>,
  bytes: Buffer,
  entries: ZipEntry[],
  limits: ReadLimits,
): { uk: string; en: string } {
  // ExcelJS and others write the sheets before the workbook part: inflate it now if it is not read yet.
  const text = (name: string): string | undefined => {
    const have = parts.get(name);
    if (have) return have.toString('utf8');
    const entry = entries.find((e) => e.name === name);
    try {
      return entry ? inflateEntry(bytes, entry, limits.partBytes).toString('utf8') : undefined;
    } catch {
      return undefined;
    }
  };
  const names = sheetNamesByPart(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const sheet = names.get(part);
  return sheet === undefined
    ? { uk: `частина «${part}»`, en: `part "${part}"` }
    : { uk: `аркуш «${sheet}»`, en: `sheet "${sheet}"` };
}

/** Merges clipped to the sheet's cells; those wholly outside go. Null when nothing changes. */
function clipMerges(scan: SheetScan): ScannedMerge[] | null {
  let changed = false;
  const kept: ScannedMerge[] = [];
  for (const m of scan.merges) {
    const bottom = Math.min(m.bottom, scan.lastRow);
    const right = Math.min(m.right, scan.lastCol);
    if (bottom !== m.bottom || right !== m.right) changed = true;
    if (m.top > bottom || m.left > right || (m.top === bottom && m.left === right)) {
      changed = true;
      continue;
    }
    kept.push({ ...m, bottom, right });
  }
  return changed ? kept : null;
}

function a1(row: number, col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** The part with each merge element replaced by its clipped form (or removed). */
function rewriteMerges(part: Buffer, scan: SheetScan, kept: ScannedMerge[]): Buffer {
  const byStart = new Map(kept.map((m) => [m.start, m]));
  const pieces: Buffer[] = [];
  let from = 0;
  for (const m of scan.merges) {
    pieces.push(part.subarray(from, m.start));
    const clipped = byStart.get(m.start);
    if (clipped) {
      const element = part.toString('latin1', m.start, m.start + 64);
      const prefix = /^<([\w.-]+:)?/.exec(element)?.[1] ?? '';
      const ref = `${a1(clipped.top, clipped.left)}:${a1(clipped.bottom, clipped.right)}`;
      pieces.push(Buffer.from(`<${prefix}mergeCell ref="${ref}"/>`, 'latin1'));
    }
    from = m.end;
  }
  pieces.push(part.subarray(from));
  return Buffer.concat(pieces);
}

/**
 * Checks the zip and every part in it. Throws WorkbookReadError (`too-large`) past a limit, `corrupt` for a
 * zip that cannot be read; returns the parts for the format checks that follow.
 */
export function checkPackage(
  bytes: Buffer,
  at: string,
  keep: readonly string[],
  limits: ReadLimits = READ_LIMITS,
): CheckedPackage {
  const corrupt = (): WorkbookReadError => {
    const p = corruptArchive(at);
    return new WorkbookReadError(p.code, p.uk, p.en);
  };
  let entries: ZipEntry[];
  try {
    const directory = readDirectory(bytes, limits.entries);
    if (directory.count > limits.entries) {
      throw limitError(
        `В архіві книги ${countText(directory.count, 'uk')} файлів, більше ніж допустимі ${countText(limits.entries, 'uk')}${at}`,
        `The workbook's archive holds ${countText(directory.count, 'en')} files, more than the ${countText(limits.entries, 'en')} allowed${at}`,
      );
    }
    entries = directory.entries;
  } catch (err) {
    if (err instanceof ZipFormatError) throw corrupt();
    throw err;
  }
  checkDeclared(entries, limits, at);

  const parts = new Map<string, Buffer>();
  let total = 0;
  let rows = 0;
  let cells = 0;
  let rewritten = false;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const limit = Math.min(limits.partBytes, limits.totalBytes - total);
    let data: Buffer;
    try {
      data = inflateEntry(bytes, entry, limit);
    } catch (err) {
      if (err instanceof InflateLimitError) throw partTooLarge(entry.name, err.limit, at);
      if (err instanceof ZipFormatError) throw corrupt();
      throw err;
    }
    total += data.length;
    const scan = entry.name.toLowerCase().endsWith('.xml') ? scanSheet(data) : null;
    if (scan) {
      // Named only for a message: the workbook part is parsed then, not for every sheet.
      const where = (): { uk: string; en: string } => partLabel(entry.name, parts, bytes, entries, limits);
      rows += scan.rows;
      cells += scan.cells;
      if (rows > limits.rows || cells > limits.cells) {
        const [uk, en, n] =
          rows > limits.rows ? ['рядків', 'rows', limits.rows] : ['клітинок', 'cells', limits.cells];
        throw limitError(
          `У книзі понад ${countText(n, 'uk')} ${uk} (${where().uk})${at}. Така книга завелика для перевірки: залиште в ній лише план`,
          `The workbook holds over ${countText(n, 'en')} ${en} (${where().en})${at}. Too large to check: keep only the plan in it`,
        );
      }
      const kept = clipMerges(scan);
      const merges = kept ?? scan.merges;
      const covered = merges.reduce((sum, m) => sum + mergeArea(m), 0);
      if (covered > limits.mergedCells) {
        throw limitError(
          `Об'єднані клітинки (${where().uk}) охоплюють понад ${countText(limits.mergedCells, 'uk')} клітинок${at}. Зніміть зайві об'єднання`,
          `Merged cells (${where().en}) cover over ${countText(limits.mergedCells, 'en')} cells${at}. Unmerge the ones not needed`,
        );
      }
      if (kept) {
        data = rewriteMerges(data, scan, kept);
        rewritten = true;
      }
    }
    parts.set(entry.name, data);
  }
  const names = entries.map((e) => e.name);
  const kept = new Map(keep.flatMap((name) => (parts.has(name) ? [[name, parts.get(name)!] as const] : [])));
  if (!rewritten) return { bytes, names, parts: kept };
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) files[name] = data;
  return { bytes: Buffer.from(zipSync(files, { level: 0 })), names, parts: kept };
}
