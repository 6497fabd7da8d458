// A department answering a request, scripted: opens the file with ExcelJS (a program other than ours), fills
// cells, sorts, deletes and adds rows, edits a locked cell, and saves it under a new name.
import ExcelJS from 'exceljs';
import { REQUEST_COLUMNS } from '../../src/core/requests/build-requests';

/** 1-based columns, as ExcelJS counts them. */
const COLUMN = Object.fromEntries(Object.entries(REQUEST_COLUMNS).map(([k, c]) => [k, c + 1])) as Record<
  keyof typeof REQUEST_COLUMNS,
  number
>;
type Field = keyof typeof COLUMN;

export class AnsweringSheet {
  constructor(readonly ws: ExcelJS.Worksheet) {}

  /** 1-based row of measure `number` (rows holding a key). */
  rowOf(number: number | string): number {
    for (let r = 1; r <= this.ws.rowCount; r++) {
      const row = this.ws.getRow(r);
      if (row.getCell(COLUMN.key).value && String(row.getCell(COLUMN.number).value) === String(number))
        return r;
    }
    throw new Error(`no row for measure ${number}`);
  }

  set(number: number | string, field: Field, value: ExcelJS.CellValue): this {
    this.ws.getCell(this.rowOf(number), COLUMN[field]).value = value;
    return this;
  }

  /** Swaps two rows' values; `withKey: false` leaves the hidden key column behind (a partial sort). */
  swap(a: number | string, b: number | string, withKey = true): this {
    const [ra, rb] = [this.rowOf(a), this.rowOf(b)];
    const last = withKey ? COLUMN.key : COLUMN.actualDate;
    for (let c = 1; c <= last; c++) {
      const [x, y] = [this.ws.getCell(ra, c), this.ws.getCell(rb, c)];
      const t = x.value;
      x.value = y.value;
      y.value = t;
    }
    return this;
  }

  /** Reverses the order of these measures' rows (a sort by number, descending, of one block). */
  reverse(numbers: (number | string)[]): this {
    for (let i = 0, j = numbers.length - 1; i < j; i++, j--) this.swap(numbers[i], numbers[j]);
    return this;
  }

  delete(number: number | string): this {
    this.ws.spliceRows(this.rowOf(number), 1);
    return this;
  }

  append(values: ExcelJS.CellValue[]): this {
    this.ws.addRow(values);
    return this;
  }
}

export async function answerRequest(
  src: string,
  dest: string,
  edit: (sheet: AnsweringSheet) => void,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  edit(new AnsweringSheet(wb.getWorksheet('Запит')!));
  await wb.xlsx.writeFile(dest);
}
