// Figures for #11: `check` and `generate` in a child process (the built CLI, as a clerk runs it) at 1k, 10k
// and 100k measures — wall time and peak memory (maxRSS) — and the same for hostile files the reader must
// refuse in bounded time and memory: a merge over the whole sheet, a zip bomb, a million rows.
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../src/core/grid';
import { manyRows, mergeBomb, sheetXml, workbookParts, zipBomb, zipOf } from '../test/node/hostile-workbooks';
import { syntheticPlanGrid } from './synthetic-plan';

const ROOT = path.join(__dirname, '..');

async function writeGridXlsx(grid: Grid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheetName);
  for (const row of grid.rows) ws.addRow(row.map((v) => (v === null || typeof v === 'object' ? null : v)));
  for (const m of grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await wb.xlsx.writeFile(file);
}

// Runs the built CLI and reports its own peak memory on the way out.
const RUNNER = `
const { main } = require(${JSON.stringify(path.join(ROOT, 'build', 'cli', 'main.js'))});
const sink = { write: () => true };
const t = process.hrtime.bigint();
main(process.argv.slice(1), { stdout: sink, stderr: { write: (s) => { process.stderr.write(s.slice(0, 200)); return true; } } }).then((code) => {
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  process.stdout.write(JSON.stringify({ code, ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
});`;

interface Run {
  code: number;
  ms: number;
  rssMb: number;
  error?: string;
}

function runCli(args: string[]): Run {
  const r = spawnSync(process.execPath, ['-e', RUNNER, ...args], { encoding: 'utf8', timeout: 600_000 });
  try {
    return { ...(JSON.parse(r.stdout) as Run), error: r.stderr.split('\n')[0] };
  } catch {
    return { code: r.status ?? -1, ms: NaN, rssMb: NaN, error: (r.stderr || String(r.error)).split('\n')[0] };
  }
}

/** A plan whose every report is `chars` characters of Cyrillic text: the most text the limits let in. */
function longTextsPlan(measures: number, chars: number): Buffer {
  const body = 'Проведено навчання працівників щодо запобігання корупції, затверджено розпорядженням. '
    .repeat(Math.ceil(chars / 86))
    .slice(0, chars);
  const rows = [
    ['ПЛАН заходів щодо запобігання корупції на 2023 рік'],
    [],
    ['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід'],
    ['І. Організаційні заходи'],
  ];
  for (let i = 0; i < measures; i++)
    rows.push([String(i + 1), `Захід ${i + 1}`, 'Постійно', 'Начальник відділу', `${i} ${body}`]);
  return zipOf(workbookParts(sheetXml(rows)));
}

const fmt = (r: Run): string =>
  `${(r.ms / 1000).toFixed(2)} s, peak ${r.rssMb.toFixed(0)} MB, exit ${r.code}`;

// 100,000 measures (500,000 cells) is over READ_LIMITS.cells: its line shows the refusal, 50,000 the largest run.
export async function benchScale(sizes = [1000, 10000, 50000, 100000]): Promise<string[]> {
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
    {
      cwd: ROOT,
    },
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-bench-scale-'));
  const lines: string[] = [];
  try {
    for (const n of sizes) {
      const file = path.join(dir, `plan-${n}.xlsx`);
      await writeGridXlsx(syntheticPlanGrid(n), file);
      const check = runCli(['check', file, '--as-of', '2024-01-15', '--json']);
      const generate = runCli([
        'generate',
        file,
        '-o',
        path.join(dir, `out-${n}.xlsx`),
        '--as-of',
        '2024-01-15',
      ]);
      lines.push(`${n.toLocaleString('en-US')} measures: check ${fmt(check)} | generate ${fmt(generate)}`);
      if (check.code === 2 && check.error) lines.push(`    ${check.error.slice(0, 160)}`);
    }
    const longFile = path.join(dir, 'long-texts.xlsx');
    writeFileSync(longFile, longTextsPlan(3800, 16000));
    const longCheck = runCli(['check', longFile, '--as-of', '2024-01-15']);
    const longGenerate = runCli(['generate', longFile, '-o', path.join(dir, 'long-out.xlsx')]);
    lines.push(
      `3,800 measures with 16,000-character reports (110 MB sheet, near the part limit): check ${fmt(longCheck)} | generate ${fmt(longGenerate)}`,
    );
    const hostile: [string, Buffer][] = [
      ['merge A1:XFD1048576 over a 4-column table (clipped, then read: no plan in it)', mergeBomb()],
      ['zip bomb, 1 MB inflating to 300 MB (refused)', zipBomb(300 * 1024 * 1024, 1000)],
      ['1,048,572 rows (refused)', manyRows(1_048_572)],
    ];
    for (const [name, bytes] of hostile) {
      const file = path.join(dir, 'hostile.xlsx');
      writeFileSync(file, bytes);
      const r = runCli(['check', file, '--as-of', '2024-01-15']);
      lines.push(`${name}, ${(bytes.length / 1024).toFixed(0)} KB file: check ${fmt(r)}`);
      if (r.error) lines.push(`    ${r.error.slice(0, 160)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
