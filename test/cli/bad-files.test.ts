// What `plan-report check` and `generate` do with files that are not plans, or not workbooks at all, and with
// outputs that cannot be written: one line on stderr (no stack trace), exit code 2, and nothing written.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { oleFile, patchZip, storedZip } from '../node/fixtures';
import { runCli, type CliRun } from './run-cli';
import { SAMPLE, writeCleanPlan } from './workbooks';

let dir: string;
let sampleBytes: Buffer;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-bad-files-'));
  sampleBytes = await fs.readFile(SAMPLE);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Every file under a folder (relative paths), dot-files and temporary files included. */
async function listing(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)) + (e.isDirectory() ? '/' : ''))
    .sort();
}

/** A fresh folder holding only the given files. */
async function folderWith(files: Record<string, Buffer | string>): Promise<string> {
  const folder = await fs.mkdtemp(path.join(dir, 'case-'));
  for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(folder, name), content);
  return folder;
}

function expectOneLineFailure(run: CliRun, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.replace(/\n$/, '').split('\n');
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(lines[0]).toMatch(/^plan-report: /);
  expect(lines[0]).toMatch(pattern);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '</Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A workbook part listing these sheets, each related to a chart sheet. */
function workbookOf(chartSheets: string[]): Buffer {
  const sheets = chartSheets.map(
    (name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  const rels = chartSheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet${i + 1}.xml"/>`,
  );
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${NS}><sheets>${sheets.join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  };
  chartSheets.forEach((_, i) => {
    parts[`xl/chartsheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet ${NS}><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`;
  });
  return storedZip(parts);
}

const BAD_INPUTS: [string, () => Buffer, RegExp][] = [
  ['an empty file', () => Buffer.alloc(0), /порожній/],
  [
    'a file that is not a zip',
    () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    /не є книгою Excel/,
  ],
  ['a truncated .xlsx', () => sampleBytes.subarray(0, Math.floor(sampleBytes.length / 2)), /пошкоджено/],
  ['an old .xls', () => oleFile(['Workbook', 'SummaryInformation']), /\.xls/],
  [
    'a CSV renamed .xlsx',
    () => Buffer.from('№ з/п;Заплановані заходи;Термін виконання\n1;Навчання;Постійно\n'),
    /CSV/,
  ],
  ['an encrypted workbook', () => oleFile(['EncryptionInfo', 'EncryptedPackage']), /паролем/],
  ['a workbook with no sheets', () => workbookOf([]), /немає жодного аркуша/],
  ['a workbook with only chart sheets', () => workbookOf(['Діаграма1', 'Діаграма2']), /Діаграма1/],
];

describe.each(['check', 'generate'] as const)('plan-report %s on a bad input', (command) => {
  it.each(BAD_INPUTS)('%s: one line, exit 2, nothing written', async (_name, bytes, pattern) => {
    const folder = await folderWith({ 'план.xlsx': bytes() });
    const before = await listing(folder);
    const run = await runCli([command, 'план.xlsx', '--as-of', '2024-01-15'], { cwd: folder });
    expectOneLineFailure(run, pattern);
    expect(run.stderr).toContain('план.xlsx');
    expect(await listing(folder)).toEqual(before);
  });

  it('a path that does not exist', async () => {
    const folder = await folderWith({});
    const run = await runCli([command, path.join('немає', 'план.xlsx')], { cwd: folder });
    expectOneLineFailure(run, /не знайдено/);
    expect(await listing(folder)).toEqual([]);
  });

  it('a directory', async () => {
    const folder = await folderWith({});
    await fs.mkdir(path.join(folder, 'план.xlsx'));
    const run = await runCli([command, 'план.xlsx'], { cwd: folder });
    expectOneLineFailure(run, /тека/);
    expect(await listing(folder)).toEqual(['план.xlsx/']);
  });

  it('says it in English with --lang en', async () => {
    const folder = await folderWith({ 'plan.xlsx': oleFile(['EncryptionInfo', 'EncryptedPackage']) });
    const run = await runCli([command, 'plan.xlsx', '--lang', 'en'], { cwd: folder });
    expectOneLineFailure(run, /password/);
  });
});

describe('a workbook with one stray value in its last cell (XFD1048576)', () => {
  it('is checked and reported, not a crash: the sheet is not made dense', async () => {
    const bytes = patchZip(sampleBytes, (files) => {
      const sheet = String(files.get('xl/worksheets/sheet1.xml'));
      const far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>';
      files.set('xl/worksheets/sheet1.xml', sheet.replace('</sheetData>', `${far}</sheetData>`));
    });
    const folder = await folderWith({ 'план.xlsx': bytes });
    const check = await runCli(['check', 'план.xlsx', '--as-of', '2024-01-15', '--json'], { cwd: folder });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(1);
    const json = JSON.parse(check.stdout) as { measures: unknown[] };
    // The 28 measures; the stray cell, far right of the table and under its last measure, is none (issue #9).
    expect(json.measures).toHaveLength(28);
    const generate = await runCli(['generate', 'план.xlsx', '--as-of', '2024-01-15'], { cwd: folder });
    expect(generate.stderr).toBe('');
    expect(generate.code).toBe(0);
    expect(await listing(folder)).toEqual(['план-звіт.xlsx', 'план.xlsx']);
  }, 60_000);
});

describe('plan-report generate to an output that cannot be written', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await folderWith({ 'file.txt': 'не тека' });
    await writeCleanPlan(path.join(folder, 'план.xlsx'));
  });

  it.each([
    ['inside a path that is a file', 'file.txt/out.xlsx'],
    ['deeper under a file', 'file.txt/a/b/out.xlsx'],
  ])('%s: one line naming the file, exit 2, nothing written', async (_name, out) => {
    const before = await listing(folder);
    const run = await runCli(['generate', 'план.xlsx', '-o', out, '--as-of', '2023-06-15'], { cwd: folder });
    expectOneLineFailure(run, /out\.xlsx/);
    expect(run.stderr).toMatch(/file\.txt.* це файл, а не тека|Теки file\.txt\/a\/b не існує/);
    expect(await listing(folder)).toEqual(before);
    expect(await fs.readFile(path.join(folder, 'file.txt'), 'utf8')).toBe('не тека');
  });

  it('a folder named like the output is a folder: the report goes into it, nothing of it replaced', async () => {
    await fs.mkdir(path.join(folder, 'out.xlsx'));
    await fs.writeFile(path.join(folder, 'out.xlsx', 'чуже.txt'), 'дані користувача');
    const plain = await runCli(['generate', 'план.xlsx', '-o', 'out.xlsx', '--as-of', '2023-06-15'], {
      cwd: folder,
    });
    expect(plain.stderr).toBe('');
    expect(plain.stdout).toContain(path.join('out.xlsx', 'план-звіт.xlsx'));
    const again = await runCli(['generate', 'план.xlsx', '-o', 'out.xlsx'], { cwd: folder });
    expectOneLineFailure(again, /уже існує/);
    expect(await listing(folder)).toEqual([
      'file.txt',
      'out.xlsx/',
      'out.xlsx/план-звіт.xlsx',
      'out.xlsx/чуже.txt',
      'план.xlsx',
    ]);
    expect(await fs.readFile(path.join(folder, 'out.xlsx', 'чуже.txt'), 'utf8')).toBe('дані користувача');
  });

  it('a missing folder is an error naming it, not made silently', async () => {
    const before = await listing(folder);
    const run = await runCli(['generate', 'план.xlsx', '-o', 'звіти/2023/звіт.xlsx'], { cwd: folder });
    expectOneLineFailure(run, /Теки звіти\/2023 не існує/);
    const en = await runCli(['generate', 'план.xlsx', '-o', 'звіти/звіт.xlsx', '--lang', 'en'], {
      cwd: folder,
    });
    expectOneLineFailure(en, /The folder звіти does not exist/);
    expect(await listing(folder)).toEqual(before);
  });

  it('the plan is still written where it can be (the failures above are about the output only)', async () => {
    const run = await runCli(['generate', 'план.xlsx', '-o', 'звіт.xlsx', '--as-of', '2023-06-15'], {
      cwd: folder,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await listing(folder)).toEqual(['file.txt', 'звіт.xlsx', 'план.xlsx']);
  });
});
