// Ranges: values in and out (typed text parsed as Excel parses it, reads over 5,000,000 cells
// null), merges, the used range of a range, selection.
import { FakeOfficeError } from './errors';
import { editable, FakeContext, FakeObject, jsonBytes, through } from './context';
import { FakeRangeFormat } from './formats';
import { FakeConditionalFormatCollection, FakeDataValidation } from './rules';
import { CELL_TEXT_LIMIT, MERGED_AREAS_LIMIT, READ_CELL_LIMIT, typedValue, type FakeValue } from './limits';
import {
  type Box,
  cellCount,
  cellKey,
  formatAddress,
  intersects,
  usedBox,
  type CellModel,
  type SheetModel,
} from './model';
import type { FakeWorksheet } from './sheets';
import { FakeRangeAreas } from './range-areas';
import { cellAt, cellsOf } from './cells';

/**
 * A 2-D array must match the range exactly; a 1×1 array (or a single value) is applied to every cell
 * (office-js-docs-reference#578, office-js-docs-pr#5400).
 */
function fitArray(box: Box, v: unknown, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(v)) return () => v;
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return () => (v[0] as unknown[])[0];
  if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
  return (r, c) => (v as unknown[][])[r - box.top][c - box.left];
}

export interface RangeOptions {
  nullable?: boolean;
  /** Whole rows or columns: cell-level properties read as null and cannot be written. */
  unbounded?: boolean;
  address?: string;
  silent?: boolean;
}

export class FakeRange extends FakeObject {
  private readonly unbounded: boolean;
  constructor(
    ctx: FakeContext,
    readonly ws: FakeWorksheet,
    private readonly boxOf: () => Box | null,
    opts: RangeOptions = {},
  ) {
    super(ctx, opts.nullable ?? false, opts.silent);
    if (opts.address) ctx.pathBytes += jsonBytes(opts.address);
    this.unbounded = opts.unbounded ?? false;
  }
  protected resolveTarget(): Box | null {
    return this.boxOf();
  }
  box(): Box {
    return this.target<Box>();
  }
  boxes(): Box[] {
    return [this.box()];
  }
  isUnbounded(): boolean {
    return this.unbounded;
  }
  boxAndSheet(): { box: Box; sheet: SheetModel } {
    return { box: this.box(), sheet: this.ws.sheet() };
  }
  protected snapshot(prop: string): unknown {
    const { box, sheet } = this.boxAndSheet();
    const cellLevel = ['values', 'valueTypes', 'numberFormat', 'text', 'formulas'].includes(prop);
    // office-js#4783 / #6781: over 5,000,000 cells the cell-level properties come back null, no error.
    if (cellLevel && (this.unbounded || cellCount(box) > READ_CELL_LIMIT)) return null;
    const grid = <T>(f: (cell: CellModel | undefined) => T): T[][] => {
      const out: T[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: T[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(f(sheet.cells.get(cellKey(r, c))));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case 'values':
        return grid((cell) => (cell ? cell.value : ''));
      case 'formulas':
        // Range.formulas: a formula's text, a constant's value (learn.microsoft.com Range.formulas).
        return grid((cell) => (cell ? (cell.formula ?? cell.value) : ''));
      case 'valueTypes':
        return grid((cell) => {
          if (!cell || cell.value === '') return 'Empty';
          if (cell.error) return 'Error';
          return typeof cell.value === 'number'
            ? 'Double'
            : typeof cell.value === 'boolean'
              ? 'Boolean'
              : 'String';
        });
      case 'numberFormat':
        return grid((cell) => cell?.format.numberFormat ?? 'General');
      case 'rowIndex':
        return box.top;
      case 'columnIndex':
        return box.left;
      case 'rowCount':
        return box.bottom - box.top + 1;
      case 'columnCount':
        return box.right - box.left + 1;
      case 'cellCount':
        return cellCount(box);
      case 'address':
        return formatAddress(sheet.name, box);
      default:
        throw new FakeOfficeError('InvalidArgument', `Range has no loadable property ${prop}`);
    }
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.context.enqueue(() => {
      const { box, sheet } = this.boxAndSheet();
      editable(sheet);
      if (this.unbounded)
        throw new FakeOfficeError('InvalidOperation', 'Cannot set values of an entire row or column.');
      const at = fitArray(box, v, 'values');
      for (const [r, c] of cellsOf(box)) {
        const raw = at(r, c);
        if (raw === null || raw === undefined) continue; // Office.js leaves a cell unchanged for null
        if (typeof raw === 'string' && raw.length > CELL_TEXT_LIMIT)
          throw new FakeOfficeError('InvalidArgument', `A cell holds at most ${CELL_TEXT_LIMIT} characters.`);
        const cell = cellAt(sheet, r, c);
        const { value, error, formula } = typedValue(raw as FakeValue);
        cell.value = value;
        if (error) cell.error = error;
        else delete cell.error;
        // A value written over a formula replaces it (and a text read as a formula becomes one).
        if (formula) cell.formula = formula;
        else delete cell.formula;
      }
      this.context.host.touched.add(sheet.id);
    }, jsonBytes(v));
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.context.enqueue(() => {
      const { box, sheet } = this.boxAndSheet();
      editable(sheet);
      if (this.unbounded)
        throw new FakeOfficeError('InvalidOperation', 'Cannot set numberFormat of an unbounded range.');
      const at = fitArray(box, v, 'numberFormat');
      for (const [r, c] of cellsOf(box)) {
        const f = at(r, c);
        if (f !== null && f !== undefined) cellAt(sheet, r, c).format.numberFormat = String(f);
      }
    }, jsonBytes(v));
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get address(): string {
    return this.read('address');
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, this);
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, this);
  }
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, this);
  }
  /** The used range inside this range (ExcelApi 1.4); null when no cell in it is used. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.requireApi(4, 'Range.getUsedRangeOrNullObject');
    const inner = through(this, (box) => usedBox(this.ws.sheet(), valuesOnly === true, box as Box));
    return new FakeRange(this.context, this.ws, inner, { nullable: true });
  }
  /** Apply `f` to every cell of the range at sync time (a protected sheet refuses). */
  eachCell(f: (cell: CellModel, r: number, c: number, box: Box) => void, bytes = 0): void {
    this.context.enqueue(() => {
      const { box, sheet } = this.boxAndSheet();
      editable(sheet);
      for (const [r, c] of cellsOf(box)) f(cellAt(sheet, r, c), r, c, box);
    }, bytes);
  }
  withSheet(f: (sheet: SheetModel, box: Box) => void, bytes = 0): void {
    this.context.enqueue(() => {
      const { box, sheet } = this.boxAndSheet();
      f(editable(sheet), box);
    }, bytes);
  }
  /** `merge(true)` merges each row of the range on its own (Range.merge(across)). */
  merge(across = false): void {
    this.withSheet((sheet, box) => {
      const boxes = across
        ? Array.from({ length: box.bottom - box.top + 1 }, (_, i) => ({
            ...box,
            top: box.top + i,
            bottom: box.top + i,
          }))
        : [box];
      for (const b of boxes) {
        if (b.top === b.bottom && b.left === b.right) continue;
        if (sheet.merges.some((m) => intersects(m, b))) {
          throw new FakeOfficeError('InvalidOperation', 'Cannot merge over an existing merged area.');
        }
        sheet.merges.push(b);
      }
    });
  }
  /**
   * Merged areas whose top-left cell lies in this range (office-js#3611: the others are missed), at most 512
   * of them (the method fails past that); ExcelApi 1.13. On some builds only their top-left cells
   * (office-js#1590). Reached through a null object (the used range of an empty sheet) it fails.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi(13, 'Range.getMergedAreasOrNullObject');
    const resolve = through(this, (b) => {
      const box = b as Box;
      const sheet = this.ws.sheet();
      const areas = sheet.merges.filter(
        (m) => m.top >= box.top && m.top <= box.bottom && m.left >= box.left && m.left <= box.right,
      );
      if (areas.length > MERGED_AREAS_LIMIT)
        throw new FakeOfficeError(
          'GeneralException',
          `More than ${MERGED_AREAS_LIMIT} merged areas in the range.`,
        );
      if (!areas.length) return null;
      return this.context.host.mergesAsTopLeft
        ? areas.map((m) => ({ ...m, bottom: m.top, right: m.left }))
        : areas;
    });
    return new FakeRangeAreas(this.context, this.ws, resolve, true);
  }
  /**
   * The cells of this range of one kind, as RangeAreas (ExcelApi 1.9); only `Formulas` is modelled. A null
   * object when there is none (the method itself throws ItemNotFound then: the OrNullObject form does not).
   * Reference: learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1).
   */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.context.requireApi(9, 'Range.getSpecialCellsOrNullObject');
    if (cellType !== 'Formulas')
      throw new FakeOfficeError('InvalidArgument', `fake Excel: special cells ${cellType} not modelled`);
    const resolve = through(this, (b) => {
      const box = b as Box;
      const sheet = this.ws.sheet();
      const areas: Box[] = [];
      for (const [r, c] of cellsOf(box))
        if (sheet.cells.get(cellKey(r, c))?.formula) areas.push({ top: r, left: c, bottom: r, right: c });
      return areas.length ? areas : null;
    });
    return new FakeRangeAreas(this.context, this.ws, resolve, true);
  }
  select(): void {
    this.context.enqueue(() => {
      const { box, sheet } = this.boxAndSheet();
      if (this.context.host.wb.activeSheetId !== sheet.id) {
        throw new FakeOfficeError('InvalidOperation', 'Cannot select a range on a sheet that is not active.');
      }
      this.context.host.wb.selection = { sheetId: sheet.id, address: formatAddress(sheet.name, box) };
    });
  }
}

export type RangeLike = FakeRange | FakeRangeAreas;
export { FakeRangeAreas };
