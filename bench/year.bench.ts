// Figures for the officer's year (#14): the core's snapshot, changes and next-year drafting, and the CLI's
// snapshot (a sheet added to the user's package) and next-year beside its generate, at one plan size.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import { analyse } from '../src/core/analyse';
import { main } from '../src/cli/main';
import { compareSnapshots } from '../src/core/year/changes';
import { draftNextYear } from '../src/core/year/next-year';
import { buildNextYearPlanSheet } from '../src/core/year/next-year-sheets';
import { readSnapshotSheet } from '../src/core/year/read-snapshot';
import { takeSnapshot } from '../src/core/year/snapshot';
import { buildSnapshotSheet } from '../src/core/year/snapshot-sheet';
import { syntheticPlanGrid } from './synthetic-plan';

const sink = { write: () => true };
const cli = (args: string[]) => main(args, { stdout: sink, stderr: sink, today: '2024-01-15' });

function median(fn: () => void, runs: number): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function benchYear(measures: number): Promise<string[]> {
  const grid = syntheticPlanGrid(measures);
  const a = analyse(grid, { asOf: '2023-06-30' });
  if (!a.ok) throw new Error('synthetic plan not read');
  const { plan, findings, summary } = a;
  let sheet = buildSnapshotSheet(
    takeSnapshot(plan, findings, summary, { asOf: '2023-06-30', taken: '2023-07-01' }),
  );
  const snapshotMs = median(() => {
    sheet = buildSnapshotSheet(
      takeSnapshot(plan, findings, summary, { asOf: '2023-06-30', taken: '2023-07-01' }),
    );
  }, 5);
  const back = readSnapshotSheet({ sheetName: sheet.name, rows: sheet.values });
  if (!back.ok) throw new Error('snapshot not read back');
  const readMs = median(() => readSnapshotSheet({ sheetName: sheet.name, rows: sheet.values }), 5);
  const changesMs = median(() => compareSnapshots(back.snapshot, back.snapshot), 5);
  const draftMs = median(() => buildNextYearPlanSheet(plan, draftNextYear(plan, grid)), 5);

  const dir = mkdtempSync(path.join(tmpdir(), 'plan-bench-year-'));
  try {
    const file = path.join(dir, 'plan.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(grid.sheetName);
    for (const row of grid.rows) ws.addRow(row.map((v) => (v === null || typeof v === 'object' ? null : v)));
    await wb.xlsx.writeFile(file);
    const generate = await timed(() =>
      cli(['generate', file, '-o', path.join(dir, 'r.xlsx'), '--as-of', '2023-06-30']),
    );
    const first = await timed(() =>
      cli(['snapshot', file, '--as-of', '2023-06-30', '-o', path.join(dir, 's1.xlsx')]),
    );
    const second = await timed(() =>
      cli(['snapshot', path.join(dir, 's1.xlsx'), '--as-of', '2023-12-31', '-o', path.join(dir, 's2.xlsx')]),
    );
    const next = await timed(() => cli(['next-year', file, '-o', path.join(dir, 'n.xlsx')]));
    return [
      `core, ${measures} measures: snapshot sheet ${snapshotMs.toFixed(0)} ms, read back ${readMs.toFixed(0)} ms, changes ${changesMs.toFixed(1)} ms, next-year draft + sheet ${draftMs.toFixed(0)} ms`,
      `CLI, ${measures} measures: generate ${generate.toFixed(0)} ms | snapshot (first) ${first.toFixed(0)} ms | snapshot with changes (reads the earlier one back) ${second.toFixed(0)} ms | next-year ${next.toFixed(0)} ms`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
