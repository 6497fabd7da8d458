// `npm run bench`: every performance figure in one run. Figures, not pass/fail: README lists the goals.
import { benchCore } from './core.bench';
import { benchXlsx } from './xlsx.bench';

async function main(): Promise<void> {
  console.log('== Core (pure TypeScript, no I/O)');
  for (const n of [1000, 10000]) {
    const r = benchCore(n);
    console.log(
      `  read+validate+summarise, ${n} measures: ${r.coreMs.toFixed(1)} ms (median of 7) | plain pass over the same grid: ${r.plainMs.toFixed(2)} ms | ${r.findings} findings`,
    );
  }
  console.log('== xlsx host and CLI');
  for (const line of await benchXlsx(10000)) console.log(`  ${line}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
