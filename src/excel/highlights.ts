// Highlights are conditional formats the add-in owns: one rule per severity over exactly the finding cells
// of that severity (worst per cell), found again by what they are, never by id. Excel's
// ConditionalFormat.id is the rule's priority position and moves with every rule added or deleted (the
// reference: "the priority of the conditional format in the current ConditionalFormatCollection"), so an id
// kept from one action names another rule in the next. Ours carry a formula no user writes:
// `=N("anticorruption-plan-addin:error")=0` (always true: N() of a text is 0). The user's own fills, fonts,
// borders and rules are never touched.
import { SEVERITY_FILL } from '../app/highlight-colours';
import { columnIndex } from '../core/grid';
import type { Finding, Severity } from '../core/types';
import { addressChunks } from './format-plan';
import { type IsSetSupported, OPTIONAL_REQUIREMENTS, supports } from './requirements';
import { HIGHLIGHTS_KEY, type HighlightList } from './settings';
import type { WorkbookInfo } from './workbook-info';

export { SEVERITY_FILL };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const MARKER = 'anticorruption-plan-addin';
const OURS = new RegExp(`"${MARKER}:(?:error|warning|info)"`, 'i');

export function highlightFormula(severity: Severity): string {
  return `=N("${MARKER}:${severity}")=0`;
}

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

/** Cells of one column in consecutive rows become one rectangle (`E27:E29`). */
function rectangles(cells: string[]): string[] {
  const parsed = cells
    .map((c) => /^([A-Z]+)(\d+)$/.exec(c))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ col: m[1], c: columnIndex(m[1]), row: Number(m[2]) }))
    .sort((a, b) => a.c - b.c || a.row - b.row);
  const out: string[] = [];
  for (let i = 0; i < parsed.length;) {
    let j = i;
    while (
      j + 1 < parsed.length &&
      parsed[j + 1].c === parsed[i].c &&
      parsed[j + 1].row === parsed[j].row + 1
    )
      j++;
    const a = parsed[i];
    out.push(j > i ? `${a.col}${a.row}:${a.col}${parsed[j].row}` : `${a.col}${a.row}`);
    i = j + 1;
  }
  return out;
}

/**
 * Round trips 2–4 after the workbook info: list the rules of each sheet we may have highlighted, read the
 * formulas of its custom rules, then delete ours (from the lowest priority up, so the positions of those
 * still to delete do not move) and add the new ones.
 */
export async function replaceHighlights(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  findings: Finding[],
  isSet: IsSetSupported,
): Promise<HighlightList> {
  const byName = new Map(info.sheets.map((s) => [s.name, s]));
  const wanted = worstPerCell(findings);
  const ids = new Set([
    ...info.highlights.map((h) => h.sheetId).filter((id) => info.sheets.some((s) => s.id === id)),
    ...[...wanted.keys()].flatMap((name) => (byName.has(name) ? [byName.get(name)!.id] : [])),
  ]);
  const lists = [...ids].map((id) => {
    const formats = context.workbook.worksheets.getItem(id).getRange().conditionalFormats;
    formats.load('items/id,items/type');
    return formats;
  });
  await context.sync();

  const custom = lists.map((formats) =>
    formats.items
      .filter((cf) => cf.type === 'Custom')
      .map((cf) => {
        cf.custom.rule.load('formula');
        return cf;
      }),
  );
  await context.sync();

  for (const rules of custom) {
    const ours = rules
      .filter((cf) => OURS.test(cf.custom.rule.formula))
      .sort((a, b) => Number(b.id) - Number(a.id));
    for (const cf of ours) cf.delete();
  }
  const record: HighlightList = [];
  const areas = supports(isSet, OPTIONAL_REQUIREMENTS.rangeAreas);
  for (const [sheetName, cells] of wanted) {
    const sheet = byName.get(sheetName);
    if (!sheet) continue;
    const ws = context.workbook.worksheets.getItem(sheet.id);
    for (const severity of ['info', 'warning', 'error'] as const) {
      const mine = [...cells].filter(([, s]) => s === severity).map(([c]) => c);
      if (!mine.length) continue;
      const rects = rectangles(mine);
      // With RangeAreas (ExcelApi 1.9) one rule covers many rectangles; before it, one rule per rectangle.
      for (const target of areas ? addressChunks(rects) : rects) {
        const cf = (areas ? ws.getRanges(target) : ws.getRange(target)).conditionalFormats.add('Custom');
        cf.custom.rule.formula = highlightFormula(severity);
        cf.custom.format.fill.color = SEVERITY_FILL[severity];
      }
    }
    record.push({ sheetId: sheet.id });
  }
  context.workbook.settings.add(HIGHLIGHTS_KEY, JSON.stringify(record));
  await context.sync();
  return record;
}
