// One pass over a worksheet part's bytes, before any XML library sees it: how many rows and cells it holds,
// the area its cells occupy, and its merged ranges with where each `<mergeCell>` element lies. Tags are
// found with Buffer.indexOf (native); only the start tags of rows, cells and merges are decoded.
import { columnIndex } from '../core/grid';

export interface ScannedMerge {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Byte offsets of the whole `<mergeCell …/>` element in the part. */
  start: number;
  end: number;
}

export interface SheetScan {
  rows: number;
  cells: number;
  /** 0-based last row and column holding a cell element; -1 when there is none. */
  lastRow: number;
  lastCol: number;
  merges: ScannedMerge[];
}

const LT = 0x3c;
const GT = 0x3e;
const COLON = 0x3a;

function isNameChar(b: number): boolean {
  return (
    (b >= 0x61 && b <= 0x7a) ||
    (b >= 0x41 && b <= 0x5a) ||
    (b >= 0x30 && b <= 0x39) ||
    b === 0x5f ||
    b === 0x2d ||
    b === 0x2e
  );
}

const R_ATTR = /(?:^|\s)r\s*=\s*["']\$?([A-Za-z]*)\$?(\d*)["']/;
const REF_ATTR = /(?:^|\s)ref\s*=\s*["']([^"']*)["']/;
const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;

function parseRange(ref: string): Omit<ScannedMerge, 'start' | 'end'> | null {
  const m = RANGE.exec(ref.trim());
  if (!m) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] === undefined ? top : Number(m[4]) - 1;
  const right = m[3] === undefined ? left : columnIndex(m[3]);
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** Scans a worksheet part; `null` for a part with no `sheetData` (a chart sheet, any other XML). */
export function scanSheet(part: Buffer): SheetScan | null {
  if (!part.includes('sheetData')) return null;
  const scan: SheetScan = { rows: 0, cells: 0, lastRow: -1, lastCol: -1, merges: [] };
  let row = -1;
  let col = -1;
  for (let lt = part.indexOf(LT); lt >= 0; lt = part.indexOf(LT, lt + 1)) {
    // The local name after an optional prefix (`x:c`).
    let nameStart = lt + 1;
    let p = nameStart;
    while (p < part.length && isNameChar(part[p])) p++;
    if (part[p] === COLON) {
      nameStart = ++p;
      while (p < part.length && isNameChar(part[p])) p++;
    }
    const nameLength = p - nameStart;
    if (nameLength !== 1 && nameLength !== 3 && nameLength !== 9) continue;
    const name = part.toString('latin1', nameStart, p);
    if (name !== 'c' && name !== 'row' && name !== 'mergeCell') continue;
    const gt = part.indexOf(GT, p);
    if (gt < 0) break;
    const attrs = part.toString('latin1', p, gt);
    if (name === 'row') {
      const r = R_ATTR.exec(attrs);
      row = r && r[2] ? Number(r[2]) - 1 : row + 1;
      col = -1;
      scan.rows++;
    } else if (name === 'c') {
      const r = R_ATTR.exec(attrs);
      col = r && r[1] ? columnIndex(r[1]) : col + 1;
      const cellRow = r && r[2] ? Number(r[2]) - 1 : Math.max(row, 0);
      scan.cells++;
      if (cellRow > scan.lastRow) scan.lastRow = cellRow;
      if (col > scan.lastCol) scan.lastCol = col;
    } else {
      const ref = REF_ATTR.exec(attrs);
      const area = ref ? parseRange(ref[1]) : null;
      if (area) {
        const selfClosing = part[gt - 1] === 0x2f;
        const close = selfClosing ? gt + 1 : part.indexOf(GT, part.indexOf('mergeCell', gt)) + 1;
        scan.merges.push({ ...area, start: lt, end: close > 0 ? close : gt + 1 });
      }
    }
    lt = gt;
  }
  return scan;
}

/** Cells a merge covers. */
export function mergeArea(m: { top: number; left: number; bottom: number; right: number }): number {
  return (m.bottom - m.top + 1) * (m.right - m.left + 1);
}
