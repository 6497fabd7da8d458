// Seeding the fake workbook as a test describes it, and the copy a user makes of a sheet.
import type { FakeValue } from './limits';
import { cellKey, defaultFormat, newSheet, parseAddress, type SheetModel } from './model';

/** A seeded cell: a value, an error (`#REF!`), or a number with its number format (dates are serials). */
export type SeedCell =
  | FakeValue
  | null
  | { error: string }
  | { value: number; numberFormat: string }
  /** A formula and the value it computes. */
  | { formula: string; value: FakeValue };

export interface SeedSheet {
  name: string;
  rows?: SeedCell[][];
  /** Where rows[0][0] goes (0-based); A1 when absent. */
  origin?: { row: number; col: number };
  merges?: string[];
  protected?: boolean;
  hidden?: boolean;
  /** Extra single cells, e.g. `{ XFD1048576: 'x' }` (a stray value far away). */
  cells?: Record<string, FakeValue>;
}

export function seededSheet(id: string, seed: SeedSheet): SheetModel {
  const sheet = newSheet(id, seed.name);
  const o = seed.origin ?? { row: 0, col: 0 };
  (seed.rows ?? []).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const key = cellKey(o.row + r, o.col + c);
      if (typeof v === 'object' && 'error' in v)
        sheet.cells.set(key, { value: v.error, error: v.error, format: defaultFormat() });
      else if (typeof v === 'object' && 'formula' in v)
        sheet.cells.set(key, { value: v.value, formula: v.formula, format: defaultFormat() });
      else if (typeof v === 'object')
        sheet.cells.set(key, {
          value: v.value,
          format: { ...defaultFormat(), numberFormat: v.numberFormat },
        });
      else sheet.cells.set(key, { value: v, format: defaultFormat() });
    }),
  );
  for (const [address, value] of Object.entries(seed.cells ?? {})) {
    const box = parseAddress(address);
    sheet.cells.set(cellKey(box.top, box.left), { value, format: defaultFormat() });
  }
  sheet.merges = (seed.merges ?? []).map((a) => {
    const { top, left, bottom, right } = parseAddress(a);
    return { top, left, bottom, right };
  });
  sheet.protected = seed.protected ?? false;
  if (seed.hidden) sheet.visibility = 'Hidden';
  return sheet;
}

/** Excel's Move or Copy › Create a copy: a new id, `Name (2)`, the same cells, sizes and custom properties. */
export function copiedSheet(src: SheetModel, id: string, names: string[]): SheetModel {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  let n = 2;
  while (taken.has(`${src.name} (${n})`.toLowerCase())) n++;
  const plain = { ...src, cells: [], columnWidths: [], rowHeights: [], customProperties: [] };
  return {
    ...(JSON.parse(JSON.stringify(plain)) as SheetModel),
    id,
    name: `${src.name.slice(0, 31 - ` (${n})`.length)} (${n})`,
    cells: new Map([...src.cells].map(([k, c]) => [k, JSON.parse(JSON.stringify(c)) as typeof c])),
    columnWidths: new Map(src.columnWidths),
    rowHeights: new Map(src.rowHeights),
    customProperties: new Map(src.customProperties),
  };
}
