// `check FILE… | DIR` throughput: 200 plans of 30–300 measures in a temporary folder, checked by one process
// (`plan-report check DIR`) and by one process per file, the way a script looping over files runs it. Both
// spawn the built CLI (compiled fresh into a temporary folder) with Node's start-up included. The
// one-process-per-file run is sampled (every tenth file) and its rate extrapolated to the 200 files.
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import type { Grid } from '../src/core/grid';
import { buildCli } from '../test/cli/built-cli';
import { syntheticPlanGrid } from './synthetic-plan';

async function writePlan(grid: Grid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheetName);
  for (const row of grid.rows) ws.addRow(row.map((v) => (v === null || typeof v === 'object' ? null : v)));
  for (const m of grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await wb.xlsx.writeFile(file);
}

/** Peak resident memory of a command in MB, when GNU time is there to say it. */
function peakMb(args: string[]): string {
  if (!existsSync('/usr/bin/time')) return 'n/a';
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' });
  const kb = Number(run.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : 'n/a';
}

export async function benchBatch(files = 200, sampleEvery = 10): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-bench-batch-'));
  const cli = await buildCli();
  try {
    const plans = path.join(dir, 'плани');
    mkdirSync(plans);
    let measures = 0;
    for (let i = 0; i < files; i++) {
      const n = 30 + ((i * 97) % 271); // 30…300, spread over the range
      measures += n;
      await writePlan(syntheticPlanGrid(n), path.join(plans, `план-${String(i + 1).padStart(3, '0')}.xlsx`));
    }
    const args = ['--as-of', '2024-01-15'];
    const t0 = performance.now();
    const one = spawnSync(process.execPath, [cli.bin, 'check', plans, ...args], { encoding: 'utf8' });
    const oneMs = performance.now() - t0;
    const total = one.stdout.trimEnd().split('\n').pop() ?? '';

    const sample = Array.from({ length: Math.ceil(files / sampleEvery) }, (_, k) =>
      path.join(plans, `план-${String(k * sampleEvery + 1).padStart(3, '0')}.xlsx`),
    );
    const t1 = performance.now();
    for (const file of sample)
      spawnSync(process.execPath, [cli.bin, 'check', file, ...args], { stdio: 'ignore' });
    const perFileMs = (performance.now() - t1) / sample.length;
    const rate = (n: number, ms: number) => ((n * 1000) / ms).toFixed(1);
    return [
      `${files} plans, ${measures} measures (30–300 each); one process: ${(oneMs / 1000).toFixed(1)} s, ${rate(files, oneMs)} files/s, peak ${peakMb([cli.bin, 'check', plans, ...args])}; exit ${one.status}; ${total}`,
      `one process per file (sampled ${sample.length} of ${files}, extrapolated): ${((perFileMs * files) / 1000).toFixed(1)} s, ${rate(1, perFileMs)} files/s, ${perFileMs.toFixed(0)} ms a file`,
      `one process for all is ${(perFileMs / (oneMs / files)).toFixed(1)} × faster a file`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await cli.remove();
  }
}
