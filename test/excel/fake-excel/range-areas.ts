// Range areas: several rectangles of one sheet (ExcelApi 1.9), from Worksheet.getRanges or merged areas.
import { FakeOfficeError } from './errors';
import { editable, FakeContext, FakeObject, jsonBytes } from './context';
import { FakeRangeFormat } from './formats';
import { type Box, type CellModel, formatAddress, type SheetModel } from './model';
import { cellAt, cellsOf } from './cells';
import { FakeConditionalFormatCollection } from './rules';
import type { FakeWorksheet } from './sheets';

/** Several rectangles of one sheet (ExcelApi 1.9): formats and conditional formats apply to all of them. */
export class FakeRangeAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly ws: FakeWorksheet,
    private readonly resolve: () => Box[] | null,
    nullable: boolean,
    address?: string,
  ) {
    super(ctx, nullable);
    if (address) ctx.pathBytes += jsonBytes(address);
  }
  protected resolveTarget(): unknown {
    return this.resolve();
  }
  boxes(): Box[] {
    return this.target<Box[]>();
  }
  isUnbounded(): boolean {
    return false;
  }
  protected snapshot(prop: string): unknown {
    const areas = this.boxes();
    const name = this.ws.sheet().name;
    if (prop === 'address') return areas.map((a) => formatAddress(name, a)).join(',');
    if (prop === 'areaCount') return areas.length;
    throw new FakeOfficeError('InvalidArgument', `RangeAreas has no loadable property ${prop}`);
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
  eachCell(f: (cell: CellModel, r: number, c: number, box: Box) => void, bytes = 0): void {
    this.context.enqueue(() => {
      const sheet = editable(this.ws.sheet());
      for (const box of this.boxes()) for (const [r, c] of cellsOf(box)) f(cellAt(sheet, r, c), r, c, box);
    }, bytes);
  }
  withSheet(f: (sheet: SheetModel, box: Box) => void, bytes = 0): void {
    this.context.enqueue(() => {
      const sheet = editable(this.ws.sheet());
      for (const box of this.boxes()) f(sheet, box);
    }, bytes);
  }
}
