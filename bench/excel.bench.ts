// Round trips (context.sync calls) per user action of the Excel host, measured on the fake Excel of the
// host tests: the count must not grow with the number of rows. It may grow with the size of the data past
// Excel on the web's 5 MB request limit, where one request cannot carry it (see README).
import { performance } from 'perf_hooks';
import { fakeWithPlan, serviceFor, syncsOf } from '../test/excel/plan-fixture';

export interface SyncFigures {
  measures: number;
  check: number;
  generate: number;
  recheck: number;
  maxRequestMB: number;
  generateMs: number;
}

export async function benchSyncs(measures: number, compact: boolean): Promise<SyncFigures> {
  const fake = fakeWithPlan(measures, [], compact);
  const service = serviceFor(fake, { debounceMs: 0 });
  const check = await syncsOf(fake, () => service.check());
  const t = performance.now();
  const generate = await syncsOf(fake, () => service.generate());
  const generateMs = performance.now() - t;
  let recheck: Promise<number> = Promise.resolve(-1);
  const fired = new Promise<void>((resolve) => {
    void service.watchPlan(() => {
      recheck = syncsOf(fake, () => service.check());
      resolve();
    });
  });
  await new Promise((r) => setTimeout(r, 0));
  fake.userEdit('Лист1', 'E5', 'нове');
  await fired;
  return {
    measures,
    check,
    generate,
    recheck: await recheck,
    maxRequestMB: fake.maxRequestBytes / 1024 / 1024,
    generateMs,
  };
}
