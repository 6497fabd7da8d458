// Highlights are conditional formats the add-in owns: one on exactly each finding's cell, coloured by the
// worst severity there, their ids kept in a workbook setting so they are removed exactly. The user's own
// fills, fonts, borders and conditional formats are never touched.
import type { Finding, Severity } from '../core/types';
import type { WorkbookInfo } from './read-sheet';
import { HIGHLIGHTS_KEY, type HighlightList } from './settings';

export const SEVERITY_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Per sheet name: cell -> worst severity. */
export function worstPerCell(findings: Finding[]): Map<string, Map<string, Severity>> {
  const out = new Map<string, Map<string, Severity>>();
  for (const f of findings) {
    const cells = out.get(f.sheet) ?? new Map<string, Severity>();
    const prev = cells.get(f.cell);
    if (!prev || RANK[f.severity] < RANK[prev]) cells.set(f.cell, f.severity);
    out.set(f.sheet, cells);
  }
  return out;
}

/** Round trips 2–4 after `loadWorkbookInfo`: find our old formats, replace them, record the new ids. */
export async function replaceHighlights(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  findings: Finding[],
): Promise<HighlightList> {
  const live = new Set(info.sheets.map((s) => s.id));
  const old = info.highlights
    .filter((h) => live.has(h.sheetId))
    .map((h) => {
      const formats = context.workbook.worksheets.getItem(h.sheetId).getRange().conditionalFormats;
      formats.load('items/id');
      return { h, formats };
    });
  await context.sync();

  for (const { h, formats } of old) {
    // The user may have deleted some of ours meanwhile: delete only those still there.
    const present = new Set(formats.items.map((cf) => cf.id));
    for (const id of h.ids) if (present.has(id)) formats.getItem(id).delete();
  }
  const added: { sheetId: string; formats: Excel.ConditionalFormat[] }[] = [];
  for (const [sheetName, cells] of worstPerCell(findings)) {
    const sheet = info.sheets.find((s) => s.name === sheetName);
    if (!sheet) continue;
    const ws = context.workbook.worksheets.getItem(sheet.id);
    const formats: Excel.ConditionalFormat[] = [];
    for (const [cell, severity] of cells) {
      const cf = ws.getRange(cell).conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=TRUE';
      cf.custom.format.fill.color = SEVERITY_FILL[severity];
      cf.load('id');
      formats.push(cf);
    }
    added.push({ sheetId: sheet.id, formats });
  }
  await context.sync();

  const record: HighlightList = added.map((a) => ({ sheetId: a.sheetId, ids: a.formats.map((cf) => cf.id) }));
  context.workbook.settings.add(HIGHLIGHTS_KEY, JSON.stringify(record));
  await context.sync();
  return record;
}
