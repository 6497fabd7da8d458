// A text over Excel's 32,767 characters per cell: the report continues it in the next rows (never cut), and
// every other writer either splits it or refuses with the sheet and cell named — never a file Excel refuses.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CellTextTooLongError } from '../../src/node/cell-limit';
import { specsToXlsx } from '../../src/node/xlsx-write';
import { readWorkbook } from '../../src/node/xlsx-read';
import { runCli } from './run-cli';
import { sheetXml, workbookParts, zipOf } from '../node/hostile-workbooks';

const LONG = Array.from({ length: 7000 }, (_, i) => `Речення ${i + 1} звіту.`).join(' ');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-cell-limit-'));
  const rows = [
    ['ПЛАН заходів щодо запобігання корупції на 2023 рік'],
    [],
    ['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід'],
    ['І. Організаційні заходи'],
    ['1', 'Навчання', 'Постійно', 'Начальник відділу', LONG],
  ];
  await fs.writeFile(path.join(dir, 'план.xlsx'), zipOf(workbookParts(sheetXml(rows))));
  // A measure text that long (only a crafted file holds one): next year's plan copies measures.
  rows[4] = ['1', LONG, 'Постійно', 'Начальник відділу', 'Проведено'];
  await fs.writeFile(path.join(dir, 'довгий-захід.xlsx'), zipOf(workbookParts(sheetXml(rows))));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('texts over 32,767 characters', () => {
  it('the report continues the text over rows: no cell over the limit, nothing cut', async () => {
    expect(LONG.length).toBeGreaterThan(2 * 32767);
    const run = await runCli(['generate', 'план.xlsx', '-o', 'звіт.xlsx'], { cwd: dir });
    expect(run.stderr).toBe('');
    const wb = await readWorkbook(path.join(dir, 'звіт.xlsx'));
    const cells = wb.sheets[0].grid.rows.flat().filter((v): v is string => typeof v === 'string');
    expect(Math.max(...cells.map((t) => t.length))).toBeLessThanOrEqual(32767);
    const pieces = cells.filter((t) => t.includes('Речення'));
    expect(pieces.length).toBeGreaterThan(2);
    const joined = pieces.join(' ').replace(/\s+/g, ' ');
    expect(joined).toContain('Речення 1 звіту.');
    expect(joined).toContain('Речення 7000 звіту.');
    for (const n of [1, 2500, 4999, 7000]) expect(joined).toContain(`Речення ${n} звіту.`);
  }, 60_000);

  it('the workbook writer refuses a longer cell with the sheet and cell named', async () => {
    const spec = {
      name: 'Аркуш',
      role: 'summary' as const,
      values: [['заголовок'], [null, 'x'.repeat(40000)]],
      styles: {},
      bands: [],
      merges: [],
      columnWidths: [10, 10],
      print: { orientation: 'portrait' as const },
    };
    const err = await specsToXlsx([spec as never]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CellTextTooLongError);
    expect((err as CellTextTooLongError).say('uk')).toMatch(/клітинки B2 аркуша «Аркуш» має 40 000 символів/);
  });

  it('next-year refuses to copy such a cell, in one line, exit 2, nothing written', async () => {
    const run = await runCli(['next-year', 'довгий-захід.xlsx', '-o', 'наступний.xlsx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/клітинки B\d+ .*32 767/);
    await expect(fs.access(path.join(dir, 'наступний.xlsx'))).rejects.toThrow();
  });
});
