// Request descriptions as the grids a host reads back from the returned file, and a respondent's edits on
// them: the pure tests of reading and merging answers start here.
import type { CellValue, Grid } from '../../../src/core/grid';
import { serialToIso } from '../../../src/core/plan/cell-text';
import type { SpecValue } from '../../../src/core/report/sheet-spec';
import { REQUEST_COLUMNS } from '../../../src/core/requests/build-requests';
import type { AnswerSheet } from '../../../src/core/requests/read-answers';
import type { RequestWorkbookSpec } from '../../../src/core/requests/request-spec';

export const COL = REQUEST_COLUMNS;

const toCell = (v: SpecValue, c: number): CellValue =>
  v === null || v === undefined
    ? null
    : c === COL.actualDate && typeof v === 'number'
      ? { date: serialToIso(v)! }
      : v;

/** The request and its data sheet, as readWorkbook would hand them over. */
export function answerSheets(spec: RequestWorkbookSpec): AnswerSheet[] {
  const sheet: Grid = {
    sheetName: spec.sheet.name,
    rows: spec.sheet.values.map((row) => row.map((v, c) => toCell(v, c))),
  };
  const data: Grid = {
    sheetName: spec.data.name,
    rows: spec.data.values.map((row) => row.map((v) => v ?? null)),
  };
  return [
    { name: sheet.sheetName, grid: sheet },
    { name: data.sheetName, grid: data },
  ];
}

/** A person working on the returned request sheet. */
export class Respondent {
  constructor(readonly sheets: AnswerSheet[]) {}

  get rows(): CellValue[][] {
    return this.sheets[0].grid.rows;
  }

  /** Index (0-based) of the row of measure `number`. */
  rowOf(number: string | number): number {
    const i = this.rows.findIndex((r) => r[COL.key] && String(r[COL.number] ?? '') === String(number));
    if (i < 0) throw new Error(`no row for measure ${number}`);
    return i;
  }

  set(number: string | number, field: keyof typeof COL, value: CellValue): this {
    const row = this.rows[this.rowOf(number)];
    while (row.length <= COL[field]) row.push(null);
    row[COL[field]] = value;
    return this;
  }

  /** Swaps two measure rows; `withKey: false` leaves the hidden key column behind (a partial sort). */
  swap(a: string | number, b: string | number, withKey = true): this {
    const [i, j] = [this.rowOf(a), this.rowOf(b)];
    const last = withKey ? COL.key : COL.actualDate;
    for (let c = 0; c <= last; c++) {
      const t = this.rows[i][c] ?? null;
      this.rows[i][c] = this.rows[j][c] ?? null;
      this.rows[j][c] = t;
    }
    return this;
  }

  delete(number: string | number): this {
    this.rows.splice(this.rowOf(number), 1);
    return this;
  }

  append(row: CellValue[]): this {
    this.rows.push(row);
    return this;
  }
}
