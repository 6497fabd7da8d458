// The changes since the last snapshot as a sheet of ours, `Зміни на 30.06.2024`: one row per change.
import { dottedDate } from '../calendar';
import type { Lang } from '../i18n/lang';
import { statusLabel } from '../i18n/messages';
import { REPORT_STYLES, range, rowHeight, wrappedLines } from '../report/report-styles';
import type { SheetSpec, SpecValue, StyleBand } from '../report/sheet-spec';
import { STATUSES, type Status } from '../types';
import type { SnapshotChange, SnapshotChanges } from './changes';
import { cellPieces } from './snapshot-sheet';
import { CHANGE_LABELS } from './year-labels';
import { tablePrint, type YearSheetSpec } from './year-sheet';

const WIDTHS = [6, 45, 24, 40, 40];

/** `Зміни на 30.06.2024`. */
export function changesSheetName(asOf: string): string {
  return `Зміни на ${dottedDate(asOf)}`;
}

function shown(v: SnapshotChange['before'], change: SnapshotChange, lang: Lang): string {
  if (v === undefined) return '';
  if (change.kind === 'status-changed' && (STATUSES as readonly string[]).includes(v)) {
    return statusLabel(v as Status, lang);
  }
  return v;
}

export function buildChangesSheet(changes: SnapshotChanges, lang: Lang = 'uk', name?: string): YearSheetSpec {
  const L = CHANGE_LABELS[lang];
  const lastCol = WIDTHS.length - 1;
  const values: SpecValue[][] = [];
  const bands: StyleBand[] = [];
  const merges: SheetSpec['merges'] = [];
  const rowHeights: Record<number, number> = {};
  const spanned = (text: string, style: 'title' | 'subtitle') => {
    const r = values.length;
    values.push([text]);
    merges.push(range(r, 0, r, lastCol));
    bands.push({ range: range(r, 0, r, lastCol), style });
    rowHeights[r] = rowHeight(wrappedLines(text, 150, 14), 14, 4);
  };
  spanned(
    L.title.replace('{since}', dottedDate(changes.since)).replace('{asOf}', dottedDate(changes.asOf)),
    'title',
  );
  spanned(
    L.counts
      .replace('{status}', String(changes.counts['status-changed']))
      .replace('{reported}', String(changes.counts.reported))
      .replace('{overdue}', String(changes.counts['newly-overdue'])),
    'subtitle',
  );
  values.push([]);
  const headerRow = values.length;
  values.push([...L.headers]);
  bands.push({ range: range(headerRow, 0, headerRow, lastCol), style: 'header' });

  if (changes.changes.length === 0) {
    const r = values.length;
    values.push([L.none]);
    merges.push(range(r, 0, r, lastCol));
    bands.push({ range: range(r, 0, r, lastCol), style: 'note' });
  }
  for (const c of changes.changes) {
    const texts = [
      /^[1-9]\d{0,5}$/.test(c.number) ? Number(c.number) : c.number,
      c.measure,
      L.kinds[c.kind],
      shown(c.before, c, lang),
      shown(c.after, c, lang),
    ];
    const pieces = texts.map((t) => (typeof t === 'number' ? [t] : cellPieces(t)));
    const height = Math.max(...pieces.map((p) => p.length));
    for (let k = 0; k < height; k++) {
      const r = values.length;
      const row = pieces.map((p) => (p[k] === undefined || p[k] === '' ? null : p[k]));
      values.push(row);
      rowHeights[r] = rowHeight(
        Math.max(...row.map((v, i) => wrappedLines(v === null ? '' : String(v), WIDTHS[i]))),
        12,
        2,
      );
    }
  }
  const lastRow = values.length - 1;
  if (lastRow > headerRow && changes.changes.length > 0) {
    bands.push({ range: range(headerRow + 1, 0, lastRow, lastCol), style: 'cell' });
    bands.push({ range: range(headerRow + 1, 0, lastRow, 0), style: 'cellCenter' });
  }
  return {
    name: name ?? changesSheetName(changes.asOf),
    role: 'snapshot-changes',
    values,
    styles: { ...REPORT_STYLES },
    bands,
    merges,
    columnWidths: WIDTHS,
    rowHeights,
    freezeRows: headerRow + 1,
    print: tablePrint({ from: headerRow + 1, to: headerRow + 1 }, lang),
  };
}
