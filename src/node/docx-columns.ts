// Column widths of a Word table: the sheet's proportions at full size on the page, widened where a column
// is narrower than its longest word (Word would break inside it), taking the room from columns with spare.
import type { ReportTable } from '../core/report/report-model';
import { REPORT_STYLES, type ReportStyleName } from '../core/report/report-styles';
import type { SpecValue } from '../core/report/sheet-spec';
import { textWidth } from '../core/report/text-metrics';

const TWIPS_PER_PT = 20;

function fontOf(style: ReportStyleName): { size: number; bold: boolean; italic: boolean } {
  const f = REPORT_STYLES[style].font as { size: number; bold?: boolean; italic?: boolean };
  return { size: f.size, bold: f.bold === true, italic: f.italic === true };
}

function words(value: SpecValue): string[] {
  return value === null ? [] : String(value).split(/\s+/);
}

/** Per column, the width in twips of its longest word (cells of one column only), with the cell's margins. */
export function longestWords(t: ReportTable, columns: number, margins: number): number[] {
  const longest = Array.from({ length: columns }, () => 0);
  for (const row of [t.header, ...t.rows.map((r) => (r.kind === 'cells' ? r.cells : []))]) {
    let col = 0;
    for (const cell of row) {
      const span = cell.span ?? 1;
      if (span === 1 && col < columns) {
        const font = fontOf(cell.style);
        for (const word of words(cell.value)) {
          const w = Math.ceil(textWidth(word, font) * TWIPS_PER_PT) + margins;
          longest[col] = Math.max(longest[col], w);
        }
      }
      col += span;
    }
  }
  return longest;
}

/**
 * The sheet's proportions, at full size on the page: a column too narrow for its longest word (which Word
 * would break inside) takes the room it needs from the columns that have room to spare.
 */
export function wordsFit(widths: number[], least: number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const need = least.map((l) => Math.min(l, Math.floor(total / 2)));
  const out = widths.map((w, i) => Math.max(w, need[i]));
  const excess = out.reduce((a, b) => a + b, 0) - total;
  if (excess <= 0) return out;
  const spare = out.map((w, i) => Math.max(0, w - need[i]));
  const room = spare.reduce((a, b) => a + b, 0);
  // Not enough room anywhere: keep the proportions the sheet has.
  if (room < excess) return widths;
  const cut = spare.map((sp) => Math.floor((sp / room) * excess));
  const left = excess - cut.reduce((a, b) => a + b, 0);
  cut[spare.indexOf(Math.max(...spare))] += left;
  return out.map((w, i) => w - cut[i]);
}
