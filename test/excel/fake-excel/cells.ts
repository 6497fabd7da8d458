// Cells of the model, made on first write (an empty cell has no entry until something is set on it).
import { type Box, cellKey, type CellModel, defaultFormat, type SheetModel } from './model';

export function cellAt(sheet: SheetModel, r: number, c: number): CellModel {
  const key = cellKey(r, c);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: '', format: defaultFormat() };
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function* cellsOf(box: Box): Generator<[number, number]> {
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) yield [r, c];
}
