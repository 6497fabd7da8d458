// A request the pane writes, opened by another spreadsheet program (LibreOffice) and saved back: the form
// survives — protection, the hidden data sheet, the keys — and the pane's reader reads the answer.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { buildRequests } from '../../src/core/requests/build-requests';
import { mergeAnswers } from '../../src/core/requests/merge';
import { readAnswerFile } from '../../src/core/requests/read-answers';
import { readXlsx } from '../../src/xlsx-lite/read-xlsx';
import { requestXlsx } from '../../src/xlsx-lite/request-xlsx';
import { monitoringGrid, planOf } from '../core/requests/fixtures';
import { soffice } from '../helpers/libreoffice';

jest.setTimeout(180_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-lite-lo-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

it('opens in LibreOffice and comes back a request, protected, its data sheet hidden', async () => {
  const plan = planOf(monitoringGrid(), '2023-06-01');
  const spec = buildRequests(plan, { asOf: '2023-06-01', due: '2023-06-15' }).requests[0];
  await fs.writeFile(path.join(dir, 'request.xlsx'), requestXlsx(spec));
  await soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', 'lo', 'request.xlsx'], dir);
  const saved = new Uint8Array(await fs.readFile(path.join(dir, 'lo', 'request.xlsx')));
  const parts = unzipSync(saved);
  const book = strFromU8(parts['xl/workbook.xml']);
  // LibreOffice has no "very hidden": it keeps the data sheet hidden (as it does the CLI's).
  expect(book).toMatch(/<sheet name="_plan-report-request"[^>]*state="(hidden|veryHidden)"/);
  const sheetParts = Object.keys(parts)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort();
  expect(strFromU8(parts[sheetParts[0]])).toMatch(/<sheetProtection[^>]*sheet="(1|true)"/);
  expect(strFromU8(parts[sheetParts[0]])).toMatch(/<dataValidation [^>]*type="list"/);

  const read = readAnswerFile('request.xlsx', readXlsx(saved));
  if (!read.ok) throw new Error(`${read.problem.code}: ${read.problem.details}`);
  expect(read.answers.entries.map((e) => e.key)).toEqual(spec.measures.map((m) => m.key));
  expect(read.answers.entries.every((e) => e.lockedChanged.length === 0)).toBe(true);
  // Returned as it was sent: nothing to merge.
  expect(mergeAnswers(plan, [read]).changes).toEqual([]);
});
