// A department may open the request in LibreOffice and save it back as .xlsx: the marker, the keys and the
// answers survive; and the merged plan opens in LibreOffice with the answers in their cells.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildRequests } from '../../src/core/requests/build-requests';
import { mergeAnswers } from '../../src/core/requests/merge';
import { readAnswerFile } from '../../src/core/requests/read-answers';
import { requestWorkbookBytes } from '../../src/node/request-workbook';
import { readWorkbook } from '../../src/node/xlsx-read';
import { monitoringGrid, planOf } from '../core/requests/fixtures';
import { soffice } from '../helpers/libreoffice';
import { mergeRich, richPlan, TRICKY } from './merge-pipeline';
import { RICH_PLAN_SHEET } from './rich-workbook';

jest.setTimeout(180_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-lo-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it('reads and merges a request answered in ExcelJS and re-saved by LibreOffice', async () => {
  const plan = planOf(monitoringGrid(), '2023-06-01');
  const spec = buildRequests(plan, { asOf: '2023-06-01', due: '2023-06-15' }).requests[0];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await requestWorkbookBytes(spec)) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Запит')!;
  const row = spec.sheet.headerRow + 3; // 1-based: header, section, measure 1
  ws.getCell(`D${row}`).value = 'Моніторинг проведено\nдвічі';
  ws.getCell(`E${row}`).value = 'Виконано';
  ws.getCell(`F${row}`).value = new Date('2023-05-20T00:00:00Z');
  await wb.xlsx.writeFile(path.join(dir, 'answer.xlsx'));
  await soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', 'lo', 'answer.xlsx'], dir);

  const read = readAnswerFile(
    'answer.xlsx',
    (await readWorkbook(path.join(dir, 'lo', 'answer.xlsx'))).sheets,
  );
  if (!read.ok) throw new Error(`${read.problem.code}: ${read.problem.details}`);
  expect(read.answers.missingKeys).toEqual([]);
  expect(read.answers.extraRows).toEqual([]);
  expect(read.answers.entries.map((e) => e.lockedChanged)).toEqual([[], [], []]);
  expect(read.answers.entries[0]).toMatchObject({
    execution: 'Моніторинг проведено\nдвічі',
    status: 'Виконано',
    actualDate: { date: '2023-05-20' },
  });
  const { changes } = mergeAnswers(plan, [read]);
  expect(changes.map((c) => [c.cell, c.value])).toEqual([
    ['E4', { kind: 'text', text: 'Моніторинг проведено\nдвічі' }],
    ['F4', { kind: 'text', text: 'Виконано' }],
    ['G4', { kind: 'date', date: '2023-05-20', text: '20.05.2023' }],
  ]);
});

it('opens the merged plan in LibreOffice with the answers in their cells', async () => {
  const { original, plan } = await richPlan();
  await fs.writeFile(path.join(dir, 'merged.xlsx'), mergeRich(original, plan).bytes);
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
  await soffice(['--convert-to', filter, '--outdir', 'csv', 'merged.xlsx'], dir);
  const csv = await fs.readFile(path.join(dir, 'csv', `merged-${RICH_PLAN_SHEET}.csv`), 'utf8');
  const lines = csv.split('\n');
  expect(lines.find((l) => l.startsWith('2,'))).toBe(
    '2,Навчання працівників,Грудень 2023 року,Відділ кадрів,Навчання для 41 працівника,,12/15/2023',
  );
  expect(csv).toContain(',Перевірено 12 декларацій,,');
  // Every character of the text, and the date a date (LibreOffice shows it in its own locale).
  expect(csv).toContain(`,"${TRICKY.replace(/"/g, '""')}",,12/20/2023`);
  expect(await fs.readFile(path.join(dir, 'csv', 'merged-Зведення.csv'), 'utf8')).toContain('Виконано,3');
});
