// Figures for the xlsx side: the core's time beside ExcelJS's own load time for the same workbook, and the
// CLI's generate beside a bare ExcelJS read+write of it. Ratios, so a slower or faster machine cancels out.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import { Grid } from '../src/core/grid';
import { main } from '../src/cli/main';
import { benchCore } from './core.bench';
import { syntheticPlanGrid } from './synthetic-plan';

async function writeGridXlsx(grid: Grid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheetName);
  for (const row of grid.rows) ws.addRow(row.map((v) => (v === null || typeof v === 'object' ? null : v)));
  for (const m of grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await wb.xlsx.writeFile(file);
}

async function timed(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

const sink = { write: () => true };

export async function benchXlsx(measures: number, runs = 3): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-bench-'));
  try {
    const file = path.join(dir, 'plan.xlsx');
    await writeGridXlsx(syntheticPlanGrid(measures), file);
    const load = await timed(() => new ExcelJS.Workbook().xlsx.readFile(file), runs);
    const core = benchCore(measures, runs).coreMs;
    const bare = await timed(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      await wb.xlsx.writeFile(path.join(dir, 'bare.xlsx'));
    }, runs);
    const cli = await timed(
      () =>
        main(['generate', file, '-o', path.join(dir, 'out.xlsx'), '--force', '--as-of', '2024-01-15'], {
          stdout: sink,
          stderr: sink,
          today: '2024-01-15',
        }),
      runs,
    );
    return [
      `core read+validate+summarise vs ExcelJS load, ${measures} measures: ${core.toFixed(0)} ms / ${load.toFixed(0)} ms = ${(core / load).toFixed(3)} (goal ≤ 0.05)`,
      `CLI generate vs bare ExcelJS read+write, ${measures} measures: ${cli.toFixed(0)} ms / ${bare.toFixed(0)} ms = ${(cli / bare).toFixed(2)} (goal ≤ 1.5)`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
