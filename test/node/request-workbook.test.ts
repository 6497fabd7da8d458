import ExcelJS from 'exceljs';
import { buildRequests } from '../../src/core/requests/build-requests';
import { DATA_SHEET_NAME } from '../../src/core/requests/data-sheet';
import { readAnswerFile } from '../../src/core/requests/read-answers';
import { GENERATED_MARK } from '../../src/core/report/sheet-spec';
import { requestWorkbookBytes } from '../../src/node/request-workbook';
import { readWorkbook } from '../../src/node/xlsx-read';
import { monitoringGrid, planOf } from '../core/requests/fixtures';

const plan = planOf(monitoringGrid(), '2023-06-01');
const spec = buildRequests(plan, { asOf: '2023-06-01', due: '2023-06-15' }).requests[0]; // Юридичний відділ: 1, 3, 4

let bytes: Buffer;
let wb: ExcelJS.Workbook;
beforeAll(async () => {
  bytes = await requestWorkbookBytes(spec);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
});

describe('a request workbook written with ExcelJS', () => {
  it('has the request sheet and a very hidden data sheet, and no report mark', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Запит', 'visible'],
      [DATA_SHEET_NAME, 'veryHidden'],
    ]);
    expect(wb.creator).toBe(GENERATED_MARK);
    expect(wb.definedNames.model).toEqual([]);
  });

  it('locks the sheet without a password and leaves only the answer cells open', () => {
    const ws = wb.getWorksheet('Запит')!;
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, sort: true, autoFilter: true, formatColumns: true });
    expect(protection.hashValue).toBeUndefined();
    const h = spec.sheet.headerRow + 1;
    const first = h + 2; // section row, then measure 1
    for (const col of ['A', 'B', 'C', 'G'])
      expect(ws.getCell(`${col}${first}`).protection?.locked).not.toBe(false);
    for (const col of ['D', 'E', 'F']) expect(ws.getCell(`${col}${first}`).protection?.locked).toBe(false);
    // The header and title stay locked: unlocking was done on copies of the shared style objects.
    expect(ws.getCell(`D${h}`).protection?.locked).not.toBe(false);
    expect(ws.getColumn(7).hidden).toBe(true);
  });

  it('offers the five status words as a dropdown and checks the date', () => {
    const ws = wb.getWorksheet('Запит')!;
    const h = spec.sheet.headerRow + 1;
    const status = ws.getCell(`E${h + 2}`).dataValidation;
    expect(status).toMatchObject({
      type: 'list',
      formulae: ['"Виконано,Виконано частково,Виконується,Не виконано,Не розпочато"'],
      showErrorMessage: true,
    });
    expect(ws.getCell(`F${h + 2}`).dataValidation).toMatchObject({ type: 'date', operator: 'between' });
  });

  it('pre-fills the plan’s texts and the date as a date', () => {
    const ws = wb.getWorksheet('Запит')!;
    const last = ws.getRow(spec.sheet.values.length);
    expect([1, 2, 3, 4, 5].map((c) => last.getCell(c).value)).toEqual([
      4,
      'Звіт про виконання',
      'Січень 2023 року',
      'Звіт подано 20.01.2023',
      'Виконано',
    ]);
    expect(last.getCell(6).value).toEqual(new Date('2023-01-20T00:00:00Z'));
    expect(last.getCell(6).numFmt).toBe('dd.mm.yyyy');
  });

  it('reads back as an answer with nothing changed', async () => {
    const read = readAnswerFile('r.xlsx', (await readWorkbook(bytes)).sheets);
    if (!read.ok) throw new Error(read.problem.details);
    expect(read.answers.entries).toHaveLength(3);
    expect(read.answers.entries.every((e) => e.lockedChanged.length === 0)).toBe(true);
    expect(read.answers.missingKeys).toEqual([]);
    expect(read.answers.extraRows).toEqual([]);
  });
});
