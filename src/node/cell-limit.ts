// Excel's limit of 32,767 characters in a cell, kept by every writer: the report continues long texts in
// the next rows (src/core/report/row-pieces.ts), the snapshot splits them (cellPieces); any other text
// that would not fit is refused with the sheet and cell named, never written whole (Excel would refuse
// the file) and never cut.
import { cellAddress } from '../core/grid';
import type { Lang } from '../core/i18n/lang';

export const CELL_CHARS = 32767;

export class CellTextTooLongError extends Error {
  override readonly name = 'CellTextTooLongError';
  constructor(
    readonly sheet: string,
    readonly cell: string,
    readonly length: number,
  ) {
    super(`sheet "${sheet}", cell ${cell}: ${length} characters, over Excel's ${CELL_CHARS}`);
  }

  say(lang: Lang): string {
    const n = (x: number) => x.toLocaleString(lang === 'uk' ? 'uk-UA' : 'en-US').replace(/\u00a0/g, ' ');
    return lang === 'uk'
      ? `текст для клітинки ${this.cell} аркуша «${this.sheet}» має ${n(this.length)} символів, а Excel вміщує в клітинку не більше ${n(CELL_CHARS)}; розділіть цей текст у плані на кілька рядків`
      : `the text for cell ${this.cell} of sheet "${this.sheet}" has ${n(this.length)} characters, while an Excel cell holds at most ${n(CELL_CHARS)}; split the text over several rows in the plan`;
  }
}

/** Throws CellTextTooLongError for a text over the limit; row and column 0-based. */
export function checkCellText(value: unknown, sheet: string, row: number, col: number): void {
  if (typeof value === 'string' && value.length > CELL_CHARS)
    throw new CellTextTooLongError(sheet, cellAddress(row, col), value.length);
}
