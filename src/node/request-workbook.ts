// Renders a request description into an .xlsx workbook with ExcelJS: the sheet as any SheetSpec (through
// the report writer), then what makes it a form — unlocked answer cells, a dropdown of the status words, a
// date check, the hidden key column, sheet protection without a password — and the very hidden data sheet.
// No file system here: the task pane can load this on demand to make the same bytes.
import ExcelJS from 'exceljs';
import './exceljs-xstring';
import { columnLetter } from '../core/grid';
import type { SheetSpec, SpecRange } from '../core/report/sheet-spec';
import type { RequestValidation, RequestWorkbookSpec } from '../core/requests/request-spec';
import { checkCellText } from './cell-limit';
import { deflateEntries } from './xlsx-container';
import { generatedMarkName, specsToWorkbook } from './xlsx-write';

function address(r: SpecRange): string {
  const tl = `${columnLetter(r.left)}${r.top + 1}`;
  const br = `${columnLetter(r.right)}${r.bottom + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

function validation(v: RequestValidation): ExcelJS.DataValidation {
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    error: v.error,
  } as const;
  if (v.kind === 'list') {
    // A list written in the rule itself: `"a,b,c"` (at most 255 characters; the five words take 60).
    return { type: 'list', formulae: [`"${v.values.join(',')}"`], ...messages };
  }
  return {
    type: 'date',
    operator: 'between',
    formulae: [new Date(`${v.from}T00:00:00Z`), new Date(`${v.to}T00:00:00Z`)],
    ...messages,
  };
}

interface ValidationIndex {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

export async function requestWorkbook(spec: RequestWorkbookSpec): Promise<ExcelJS.Workbook> {
  const { sheet } = spec;
  // The report writer renders cells, styles, merges, widths, heights and print setup, and marks the sheet
  // as a generated execution table: a request is not one, so that mark is taken off again.
  const asReport: SheetSpec = { ...sheet, role: 'execution-table' };
  const wb = specsToWorkbook([asReport]);
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  wb.definedNames.remove(`${quoted}!$A$1`, generatedMarkName('execution-table'));
  const ws = wb.getWorksheet(sheet.name);
  if (!ws) throw new Error(`request sheet "${sheet.name}" was not rendered`);

  // Cells share style objects: an unlocked copy is made once per style, never by changing the shared one.
  const unlockedStyle = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
  for (const r of sheet.unlocked) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        // findCell: the cells of the answer bands exist (getCell would also create one).
        const found = ws.findCell(row + 1, col + 1);
        const style: Partial<ExcelJS.Style> = found ? found.style : {};
        let open = unlockedStyle.get(style);
        if (!open) unlockedStyle.set(style, (open = { ...style, protection: { locked: false } }));
        (found ?? ws.getCell(row + 1, col + 1)).style = open;
      }
    }
  }
  const index = ws as unknown as ValidationIndex;
  for (const v of sheet.validations) index.dataValidations.add(address(v.range), validation(v));
  for (const c of sheet.hiddenColumns) ws.getColumn(c + 1).hidden = true;
  const allow = new Set(sheet.protection.allow);
  await ws.protect(sheet.protection.password, {
    selectLockedCells: true,
    selectUnlockedCells: true,
    sort: allow.has('sort'),
    autoFilter: allow.has('autoFilter'),
    formatColumns: allow.has('formatColumns'),
    formatRows: allow.has('formatRows'),
  });

  const data = wb.addWorksheet(spec.data.name, { state: spec.data.state });
  spec.data.values.forEach((row, r) => {
    row.forEach((value, c) => checkCellText(value, spec.data.name, r, c));
    data.addRow(row);
  });
  return wb;
}

/** The request as .xlsx bytes (stored by ExcelJS, deflated natively, as the report writer does). */
export async function requestWorkbookBytes(spec: RequestWorkbookSpec): Promise<Buffer> {
  const wb = await requestWorkbook(spec);
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return deflateEntries(new Uint8Array(stored as ArrayBuffer));
}
