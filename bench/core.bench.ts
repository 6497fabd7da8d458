// Prints how long the core takes to read, validate and summarise a big plan, beside a plain pass over
// the same grid (touching every cell once): the ratio says how much work the core adds per cell.
import { performance } from 'perf_hooks';
import { readPlan } from '../src/core/plan/read-plan';
import { validate } from '../src/core/rules/validate';
import { summarise } from '../src/core/summary/summarise';
import { Grid } from '../src/core/grid';
import { syntheticPlanGrid } from './synthetic-plan';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function plainPass(grid: Grid): number {
  let chars = 0;
  for (const row of grid.rows)
    for (const v of row) if (typeof v === 'string') chars += v.trim().toLowerCase().length;
  return chars;
}

export function benchCore(measures: number, runs = 7): { coreMs: number; plainMs: number; findings: number } {
  const grid = syntheticPlanGrid(measures);
  const core: number[] = [];
  const plain: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    plainPass(grid);
    plain.push(performance.now() - t);
    t = performance.now();
    const res = readPlan(grid, { today: '2024-01-15' });
    if (!res.ok) throw new Error('synthetic plan not read');
    const fs = validate(res.plan, { asOf: '2024-01-15' });
    summarise(res.plan, fs, '2024-01-15');
    core.push(performance.now() - t);
    findings = fs.length;
  }
  return { coreMs: median(core), plainMs: median(plain), findings };
}

if (require.main === module) {
  for (const n of [1000, 10000]) {
    const r = benchCore(n);
    console.log(
      `core read+validate+summarise, ${n} measures: ${r.coreMs.toFixed(1)} ms (median of 7); plain pass over the grid: ${r.plainMs.toFixed(2)} ms; ratio ${(r.coreMs / r.plainMs).toFixed(0)}x; ${r.findings} findings`,
    );
  }
}
