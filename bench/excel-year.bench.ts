// The Excel host's year actions (#14) on the strict fake Excel: round trips, operations and request sizes of
// a snapshot (the first; a later one, which reads the earlier snapshot back and writes the changes too), the
// changes since the last snapshot, and next year's plan (its .xlsx built in the pane, sent in one request).
import { performance } from 'perf_hooks';
import { SETTINGS_KEY } from '../src/excel/settings';
import { FakeExcel, type RequestRecord } from '../test/excel/fake-excel';
import { requestsOf, serviceFor } from '../test/excel/plan-fixture';
import { gridToSeed } from '../test/e2e/support/sample-seed';
import { syntheticPlanGrid } from './synthetic-plan';

interface Figures {
  syncs: number;
  operations: number;
  maxRequestBytes: number;
  ms: number;
}

async function measure(fake: FakeExcel, action: () => Promise<unknown>): Promise<Figures> {
  const t = performance.now();
  const requests: RequestRecord[] = await requestsOf(fake, action);
  return {
    syncs: requests.length,
    operations: requests.reduce((n, r) => n + r.actions + r.paths, 0),
    maxRequestBytes: Math.max(0, ...requests.map((r) => r.requestBytes)),
    ms: performance.now() - t,
  };
}

export interface YearHostFigures {
  measures: number;
  first: Figures;
  later: Figures;
  changes: Figures;
  nextYear: Figures & { fileBytes: number };
}

export async function benchYearHost(measures: number): Promise<YearHostFigures> {
  const fake = new FakeExcel([gridToSeed(syntheticPlanGrid(measures))]);
  // Excel on the web's 5 MB holds for every request; the plan is as large as the bench makes it.
  const service = serviceFor(fake, { createWorkbookLimit: Number.POSITIVE_INFINITY });
  const asOf = (date: string) => fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: date }));
  asOf('2023-06-30');
  const first = await measure(fake, () => service.takeSnapshot());
  asOf('2023-09-30');
  const later = await measure(fake, () => service.takeSnapshot());
  const changes = await measure(fake, () => service.changesSinceSnapshot());
  const nextYear = await measure(fake, () => service.createNextYearPlan());
  const fileBytes = fake.createdWorkbooks[fake.createdWorkbooks.length - 1]?.length ?? 0;
  return { measures, first, later, changes, nextYear: { ...nextYear, fileBytes } };
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;

export function formatYearHost(r: YearHostFigures): string[] {
  const line = (name: string, f: Figures, extra = ''): string =>
    `    ${name.padEnd(22)} syncs ${String(f.syncs).padStart(2)} | operations ${String(f.operations).padStart(6)} | largest request ${mb(f.maxRequestBytes)} | ${f.ms.toFixed(0)} ms${extra}`;
  return [
    `  ${r.measures.toLocaleString('en-US')} measures:`,
    line('snapshot (first)', r.first),
    line('snapshot (+ changes)', r.later),
    line('changes since last', r.changes),
    line('next year (new book)', r.nextYear, ` | .xlsx ${mb(r.nextYear.fileBytes)}`),
  ];
}
