// The CLI generate of the synthetic plan phase by phase, beside ExcelJS's bare load and write of the same
// workbook, to see where the time goes. Medians of `runs`; profile with
// `node --cpu-prof -r ts-node/register/transpile-only bench/profile-generate.ts [measures] [runs]`.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import { analyse } from '../src/core/analyse';
import { buildExecutionTable } from '../src/core/report/execution-table';
import { buildSummarySheet } from '../src/core/report/summary-sheet';
import { readWorkbook } from '../src/node/xlsx-read';
import { specsToWorkbook, writeSpecsToFile } from '../src/node/xlsx-write';
import { syntheticPlanGrid } from './synthetic-plan';

const times = new Map<string, number[]>();

async function phase<T>(label: string, fn: () => Promise<T> | T): Promise<T> {
  const t = performance.now();
  const result = await fn();
  times.set(label, [...(times.get(label) ?? []), performance.now() - t]);
  return result;
}

async function run(measures: number, runs: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-profile-'));
  try {
    const grid = syntheticPlanGrid(measures);
    const file = path.join(dir, 'plan.xlsx');
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet(grid.sheetName);
    for (const row of grid.rows)
      sheet.addRow(row.map((v) => (v === null || typeof v === 'object' ? null : v)));
    for (const m of grid.merges ?? []) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    await source.xlsx.writeFile(file);

    for (let i = 0; i < runs; i++) {
      const bare = new ExcelJS.Workbook();
      await phase('bare: ExcelJS load', () => bare.xlsx.readFile(file));
      await phase('bare: ExcelJS write', () => bare.xlsx.writeFile(path.join(dir, 'bare.xlsx')));

      const data = await phase('readWorkbook', () => readWorkbook(file));
      const result = await phase('analyse', () => analyse(data.sheets[0].grid, { asOf: '2024-01-15' }));
      if (!result.ok) throw new Error('synthetic plan not read');
      const specs = await phase('build specs', () => [
        buildExecutionTable(result.plan),
        buildSummarySheet(result.plan, result.summary),
      ]);
      await phase('specsToWorkbook', () => specsToWorkbook(specs));
      await phase('writeSpecsToFile (total)', () => writeSpecsToFile(specs, path.join(dir, 'out.xlsx')));
    }
    for (const [label, xs] of times) {
      const median = [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      console.log(`${label.padEnd(28)} ${median.toFixed(0).padStart(6)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

run(Number(process.argv[2] ?? 10000), Number(process.argv[3] ?? 1)).catch((e) => {
  console.error(e);
  process.exit(1);
});
