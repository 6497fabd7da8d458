// The Excel host's requests per user action, measured on the strict fake Excel of the host tests: round
// trips (context.sync calls), operations per request (queued calls and object paths) and estimated request
// bytes (values and every operation, as Excel on the web counts them against its 5 MB limit), and response
// bytes. Goals (issue #10): syncs constant while the values fit one request; operations per generate at
// 20,000 measures at most 10 × those at 300; every request at most 4 MB.
// Two shapes of plan: the seed's (ten sections whatever the size, its kinds of texts: bench/synthetic-plan)
// and the host tests' fixture, a section every 10 measures (so 2,000 sections at 20,000 measures).
import { performance } from 'perf_hooks';
import { FakeExcel, type RequestRecord } from '../test/excel/fake-excel';
import { fakeWithPlan, requestsOf, serviceFor } from '../test/excel/plan-fixture';
import { gridToSeed } from '../test/e2e/support/sample-seed';
import { syntheticPlanGrid } from './synthetic-plan';

export type PlanShape = 'seed-like' | 'many-sections';

export interface ActionFigures {
  syncs: number;
  /** Operations (calls + object paths) over all requests of the action, and in the largest one. */
  operations: number;
  maxOperations: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export interface HostFigures {
  measures: number;
  check: ActionFigures;
  generate: ActionFigures;
  recheck: ActionFigures;
  generateMs: number;
}

function figures(requests: RequestRecord[]): ActionFigures {
  const ops = requests.map((r) => r.actions + r.paths);
  return {
    syncs: requests.length,
    operations: ops.reduce((a, b) => a + b, 0),
    maxOperations: Math.max(0, ...ops),
    maxRequestBytes: Math.max(0, ...requests.map((r) => r.requestBytes)),
    maxResponseBytes: Math.max(0, ...requests.map((r) => r.responseBytes)),
  };
}

export async function benchHost(measures: number, shape: PlanShape = 'seed-like'): Promise<HostFigures> {
  const fake =
    shape === 'seed-like' ? new FakeExcel([gridToSeed(syntheticPlanGrid(measures))]) : fakeWithPlan(measures);
  const service = serviceFor(fake, { debounceMs: 0 });
  const check = figures(await requestsOf(fake, () => service.check()));
  const t = performance.now();
  const generate = figures(await requestsOf(fake, () => service.generate()));
  const generateMs = performance.now() - t;
  let recheck: Promise<RequestRecord[]> = Promise.resolve([]);
  const fired = new Promise<void>((resolve) => {
    void service.watchPlan(() => {
      recheck = requestsOf(fake, () => service.check());
      resolve();
    });
  });
  await new Promise((r) => setTimeout(r, 10));
  fake.userEdit('Лист1', 'E5', 'нове');
  await fired;
  return { measures, check, generate, recheck: figures(await recheck), generateMs };
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;

export function formatHost(r: HostFigures): string[] {
  const line = (name: string, a: ActionFigures): string =>
    `    ${name.padEnd(14)} syncs ${String(a.syncs).padStart(2)} | operations ${String(a.operations).padStart(6)} (largest request ${String(a.maxOperations).padStart(6)}) | largest request ${mb(a.maxRequestBytes)} | largest response ${mb(a.maxResponseBytes)}`;
  return [
    `  ${r.measures.toLocaleString('en-US')} measures (generate ${r.generateMs.toFixed(0)} ms in the fake):`,
    line('check', r.check),
    line('generate', r.generate),
    line('live re-check', r.recheck),
  ];
}
