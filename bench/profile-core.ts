// Runs the core over a synthetic plan in a loop, for a CPU profile:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof -r ts-node/register/transpile-only bench/profile-core.ts [measures] [runs] [unique]
// Prints each run's time (ms). With `unique`, every execution and deadline text differs from the others (the
// measure's number is appended), so nothing is answered from the core's caches of repeated phrases.
import { performance } from 'perf_hooks';
import { readPlan } from '../src/core/plan/read-plan';
import { validate } from '../src/core/rules/validate';
import { summarise } from '../src/core/summary/summarise';
import { syntheticPlanGrid } from './synthetic-plan';

const measures = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 10);
const grid = syntheticPlanGrid(measures);
if (process.argv[4] === 'unique') {
  for (const row of grid.rows) {
    if (typeof row[0] !== 'number') continue;
    if (typeof row[2] === 'string') row[2] = `${row[2]} (${row[0]})`;
    if (typeof row[4] === 'string' && row[4] !== '') row[4] = `${row[4]} Захід ${row[0]}.`;
  }
}
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const res = readPlan(grid, { today: '2024-01-15' });
  if (!res.ok) throw new Error('synthetic plan not read');
  summarise(res.plan, validate(res.plan, { asOf: '2024-01-15' }), '2024-01-15');
  times.push(performance.now() - t);
}
console.log(times.map((t) => t.toFixed(1)).join(' '));
