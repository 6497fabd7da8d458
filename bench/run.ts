// `npm run bench`: every performance figure in one run. Figures, not pass/fail: README lists the goals.
// The pane figures need `npm run build` first (dist/) and Debian's Chromium.
import { existsSync } from 'fs';
import path from 'path';
import { benchCore } from './core.bench';
import { benchReader } from './reader.bench';
import { benchXlsx } from './xlsx.bench';
import { benchReport } from './report.bench';
import { benchYear } from './year.bench';
import { benchRoundTrip } from './round-trip.bench';
import { benchBatch } from './batch.bench';
import { benchExcelRequests } from './excel-requests.bench';
import { benchHost, formatHost } from './excel.bench';
import { benchYearHost, formatYearHost } from './excel-year.bench';
import { paneFirstRenderMs, paneInitialJs } from './pane.bench';
import { benchScale } from './scale.bench';
import { benchTexts } from './text.bench';
import { benchSpaces, formatSpaces } from './spaces.bench';

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  for (const shape of ['seed-like', 'many-sections'] as const) {
    console.log(
      shape === 'seed-like'
        ? '== Excel host: requests per action (strict fake Excel; a plan shaped like the seed, ten sections)'
        : '== Excel host, the same with a section every 10 measures (the host tests’ fixture)',
    );
    const host = [];
    for (const n of [300, 5000, 20000]) {
      const r = await benchHost(n, shape).catch((e: Error) => e);
      if (r instanceof Error) {
        console.log(`  ${n} measures: failed — ${r.message}`);
        continue;
      }
      host.push(r);
      for (const line of formatHost(r)) console.log(line);
    }
    if (host.length === 3) {
      const [small, , large] = host;
      const ratio = large.generate.operations / small.generate.operations;
      const maxRequest = Math.max(
        ...host.flatMap((h) => [h.check, h.generate, h.recheck].map((a) => a.maxRequestBytes)),
      );
      console.log(
        `  operations per generate, 20,000 / 300 measures: ${ratio.toFixed(1)} × (goal ≤ 10 ×); largest request of all: ${(maxRequest / 1024 / 1024).toFixed(2)} MB (goal ≤ 4 MB)`,
      );
    }
  }

  console.log('== Excel host: the year’s actions (strict fake Excel, a plan shaped like the seed)');
  for (const n of [300, 5000, 20000])
    for (const line of formatYearHost(await benchYearHost(n))) console.log(line);

  console.log('== Excel host: «Прибрати зайві пробіли» (preview, then the fix)');
  for (const n of [300, 5000, 20000]) console.log(formatSpaces(await benchSpaces(n)));

  console.log('== Core (pure TypeScript, no I/O)');
  for (const n of [1000, 10000]) {
    const r = benchCore(n);
    console.log(
      `  read+validate+summarise, ${n} measures: ${r.coreMs.toFixed(1)} ms (median of 7) | plain pass over the same grid: ${r.plainMs.toFixed(2)} ms | ${r.findings} findings`,
    );
  }

  for (const line of benchReader()) console.log(`  reader, ${line}`);

  console.log('== xlsx host and CLI');
  for (const line of await benchXlsx(10000)) console.log(`  ${line}`);

  console.log('== Printed report (layout, .xlsx and .docx)');
  for (const n of [1000, 10000]) for (const line of await benchReport(n)) console.log(`  ${line}`);

  console.log('== The officer’s year: snapshots, changes, next year (#14)');
  for (const line of await benchYear(10000)) console.log(`  ${line}`);

  console.log('== Requests to departments and answers merged back');
  for (const line of await benchRoundTrip(1000, 40)) console.log(`  ${line}`);
  for (const line of await benchExcelRequests(1000, 40)) console.log(`  ${line}`);

  console.log('== Batch checks: plan-report check DIR vs a process per file (built CLI, spawned)');
  for (const line of await benchBatch(200)) console.log(`  ${line}`);

  console.log(
    '== Hostile input and scale (#11): the built CLI in a child process, wall time and peak memory',
  );
  for (const line of await benchScale()) console.log(`  ${line}`);
  console.log('== Adversarial cell texts through the core (#11): one such cell in each column of a plan');
  for (const line of benchTexts()) console.log(`  ${line}`);

  console.log('== Task pane');
  if (!existsSync(path.join(__dirname, '..', 'dist', 'taskpane.html'))) {
    console.log('  skipped: run `npm run build` first');
    return;
  }
  const js = paneInitialJs();
  console.log(
    `  initial JavaScript: ${kb(js.raw)} raw, ${kb(js.gzip)} gzipped (goal ≤ 250 KB gzipped); loaded inside Excel only: ${kb(js.lazy)} raw`,
  );
  const ms = await paneFirstRenderMs();
  console.log(
    `  first render to findings on screen, headless Chromium: ${typeof ms === 'number' ? `${ms} ms (median of 5)` : ms}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
