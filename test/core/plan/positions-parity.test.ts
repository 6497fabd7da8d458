// One positions policy: the CLI on the .xlsx and the add-in (fake Excel) on the same workbook find the same
// `Список посад` sheet, drop the same heading, and so give the same findings.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { layoutWorkbook } from '../../../scripts/fixtures/write-xlsx';
import { cellAddress, isDateCell, isErrorCell, type Grid } from '../../../src/core/grid';
import { createExcelPlanService } from '../../../src/excel/excel-plan-service';
import { readWorkbook } from '../../../src/node/xlsx-read';
import { runCli } from '../../cli/run-cli';
import { FakeExcel, type SeedCell } from '../../excel/fake-excel';

const AS_OF = '2024-07-15';

const plan = {
  sheetName: 'План',
  rows: [
    ['План заходів щодо запобігання корупції на 2024 рік'],
    ['№\nз/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід'],
    [1, 'Навчання працівників', 'Березень 2024 року', 'Начальник відділу кадрів', 'Проведено 12.03.2024'],
    [2, 'Перевірка декларацій', 'Квітень 2024 року', 'Начальник відділу кадрв', ''],
    [null, null, null, 'Юрисконсульт', null],
    [3, 'Звіт про виконання плану', 'Грудень 2024 року', 'Секретар ради', ''],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
};
const positions = {
  sheetName: 'Список посад',
  rows: [
    ['№', 'Посада'],
    [1, 'Начальник відділу кадрів'],
    [2, 'Секретар ради'],
  ],
  merges: [],
};

function seedRows(grid: Grid): SeedCell[][] {
  return grid.rows.map((row) =>
    row.map((v): SeedCell => (v === null ? null : isDateCell(v) || isErrorCell(v) ? String(v) : v)),
  );
}

it('the CLI and the Excel host give the same findings on a workbook with a `Список посад` sheet', async () => {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'positions-'));
  const file = path.join(folder, 'план.xlsx');
  await layoutWorkbook([plan, positions]).xlsx.writeFile(file);

  const cli = await runCli(['check', 'план.xlsx', '--as-of', AS_OF, '--json'], { cwd: folder });
  expect(cli.stderr).toBe('');
  const json = JSON.parse(cli.stdout) as { findings: { rule: string; cell: string }[] };

  const book = await readWorkbook(file);
  const fake = new FakeExcel(
    book.sheets.map((s) => ({
      name: s.name,
      rows: seedRows(s.grid),
      merges: (s.grid.merges ?? []).map(
        (m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`,
      ),
    })),
  );
  const service = createExcelPlanService({
    run: fake.run,
    isSetSupported: () => true,
    displayLanguage: () => 'uk',
    today: () => AS_OF,
  });
  const excel = await service.check();

  const cliFindings = json.findings.map((f) => `${f.rule}@${f.cell}`);
  expect(excel.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(cliFindings);
  // The misspelt and the unlisted person, each on the row it is written on; the heading is no position.
  expect(cliFindings.filter((f) => f.startsWith('unknown-responsible'))).toEqual([
    'unknown-responsible@D4',
    'unknown-responsible@D5',
  ]);
  expect(cliFindings).toContain('missing-execution@E4');
  await fs.rm(folder, { recursive: true, force: true });
}, 60_000);
