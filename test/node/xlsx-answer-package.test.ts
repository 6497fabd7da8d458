// The merge's package-level edit on a workbook with everything a library round trip would lose: every part
// but the plan sheet keeps its bytes (shared strings too: answers go in as inline strings), and the plan
// sheet differs only in the answered cells.
import { unzipSync, strFromU8 } from 'fflate';
import ExcelJS from 'exceljs';
import { analyse } from '../../src/core/analyse';
import type { Plan } from '../../src/core/types';
import { dateStyles, isDateFormat, openPackage, sheetPartName } from '../../src/node/xlsx-answer-package';
import { readWorkbook } from '../../src/node/xlsx-read';
import { mergeRich, richPlan, TRICKY } from './merge-pipeline';
import { RICH_PLAN_SHEET } from './rich-workbook';

let original: Buffer;
let plan: Plan;
beforeAll(async () => {
  ({ original, plan } = await richPlan());
});
const merged = (prefer: 'plan' | 'answers' = 'plan') => mergeRich(original, plan, prefer);

/** The sheet XML with the given cells' elements taken out. */
function withoutCells(xml: string, cells: string[]): string {
  let out = xml;
  for (const cell of cells)
    out = out.replace(new RegExp(`<c r="${cell}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`), '');
  return out;
}

describe('merging into a copy of the plan package', () => {
  it('changes the answered cells and keeps formula cells and differing texts', () => {
    const { changes, report, refused } = merged();
    expect(refused).toEqual([]);
    expect(changes.map((c) => [c.cell, c.value.kind])).toEqual([
      ['E6', 'text'],
      ['G6', 'date'],
      ['E7', 'text'],
      ['E10', 'text'],
      ['G10', 'date'],
    ]);
    expect(report.conflicts.map((c) => [c.kind, c.cell])).toEqual([
      ['plan-differs', 'F5'],
      ['formula', 'E8'],
    ]);
    expect(merged('answers').report.conflicts.map((c) => [c.kind, c.cell, c.resolution])).toEqual([
      ['plan-differs', 'F5', 'took-answer'],
      ['formula', 'E8', 'kept-plan'],
    ]);
  });

  it('leaves every other part byte for byte, in the same order; shared strings only gain entries at the end', () => {
    const { bytes, part } = merged();
    const before = unzipSync(original);
    const after = unzipSync(bytes);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([
        'xl/charts/chart1.xml',
        'xl/drawings/drawing1.xml',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
      ]),
    );
    for (const name of Object.keys(before)) {
      if (name === part || name === 'xl/sharedStrings.xml') continue;
      expect({ name, same: Buffer.from(after[name]).equals(Buffer.from(before[name])) }).toEqual({
        name,
        same: true,
      });
    }
    expect(part).toBe(sheetPartName(openPackage(original), RICH_PLAN_SHEET));
    const sstBefore = strFromU8(before['xl/sharedStrings.xml']);
    const sstAfter = strFromU8(after['xl/sharedStrings.xml']);
    const entries = (x: string) => x.slice(x.indexOf('<si>'), x.lastIndexOf('</sst>'));
    expect(entries(sstAfter).startsWith(entries(sstBefore))).toBe(true);
    const added = entries(sstAfter).slice(entries(sstBefore).length);
    expect(added.match(/<si>/g)).toHaveLength(3);
    expect(added).toContain('_x005F_x000D_');
    const counts = (x: string) => /<sst[^>]*count="(\d+)" uniqueCount="(\d+)"/.exec(x)!.slice(1).map(Number);
    const [count, unique] = counts(sstBefore);
    expect(counts(sstAfter)).toEqual([count + 3, unique + 3]);
  });

  it('changes the plan sheet only in the answered cells', () => {
    const { bytes, part, changes } = merged();
    const before = strFromU8(unzipSync(original)[part]);
    const after = strFromU8(unzipSync(bytes)[part]);
    expect(after).not.toBe(before);
    const cells = changes.map((c) => c.cell);
    expect(withoutCells(after, cells)).toBe(withoutCells(before, cells));
    // Conditional formats, validation and merges of the plan sheet are there as they were.
    for (const kept of ['<conditionalFormatting', '<dataValidations', '<mergeCells', '<cols>'])
      expect(after.split(kept).length).toBe(before.split(kept).length);
  });

  it('writes dates as dates into date-formatted cells, and every character of a text as written', async () => {
    const { bytes } = merged();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(RICH_PLAN_SHEET)!;
    expect(ws.getCell('E10').value).toBe(TRICKY);
    expect(ws.getCell('G10').value).toEqual(new Date('2023-12-20T00:00:00Z'));
    expect(ws.getCell('G6').value).toEqual(new Date('2023-12-15T00:00:00Z'));
    expect(ws.getCell('E6').value).toBe('Навчання для 41 працівника');
    expect(ws.getCell('E8').value).toMatchObject({ formula: '"див. "&B5' });
    expect(wb.definedNames.model.map((n) => n.name).sort()).toEqual(['Заходи', 'Кількість']);
    // Read as any plan: the merged texts are the measures' execution now.
    const sheet = (await readWorkbook(bytes)).sheets.find((s) => s.name === RICH_PLAN_SHEET)!;
    const again = analyse(sheet.grid, { asOf: '2023-12-31' });
    if (!again.ok) throw new Error('merged plan not read');
    expect(again.plan.measures.map((m) => m.execution)).toEqual([
      'Моніторинг проводиться щомісяця',
      'Навчання для 41 працівника',
      'Перевірено 12 декларацій',
      'див. Моніторинг змін законодавства',
      TRICKY,
    ]);
    expect(again.plan.measures.map((m) => m.actualDate)).toEqual(['', '15.12.2023', '', '', '20.12.2023']);
  });
});

describe('number formats', () => {
  it('tells date formats from others', () => {
    for (const f of ['dd.mm.yyyy', 'd/m/yy', '[$-422]d mmmm yyyy', 'yyyy-mm-dd hh:mm'])
      expect(isDateFormat(f)).toBe(true);
    for (const f of ['General', '0.00', '#,##0 "дн."', '[Red]0', '"day" 0', '\\d0'])
      expect(isDateFormat(f)).toBe(false);
    expect(
      dateStyles(
        '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>',
      ),
    ).toEqual([false, true, true]);
  });
});
