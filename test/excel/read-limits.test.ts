// Reads sized by cells: Excel limits a get to 5,000,000 cells and may answer `values: null` past it
// (office-js#4783, #6781) instead of an error, and only Excel on the web refuses a 5 MB response. One stray
// value at XFD1048576 makes a used range of 17 billion cells: it must change nothing.
import { FakeExcel } from './fake-excel';
import { fakeWithPlan, findingKeys, planSheet, requestsOf, serviceFor, syncsOf } from './plan-fixture';

const STRAY = { XFD1048576: 'випадкове значення' };

async function checkOf(fake: FakeExcel) {
  const service = serviceFor(fake);
  let result: Awaited<ReturnType<typeof service.check>> | undefined;
  const requests = await requestsOf(fake, async () => (result = await service.check()));
  return { result: result!, requests };
}

describe('a stray value at XFD1048576', () => {
  const notes = { name: 'Нотатки', rows: [['нотатка']] };
  it.each([
    ['on the plan sheet', () => [{ ...planSheet(40), cells: STRAY }, notes]],
    ['on another sheet', () => [planSheet(40), { ...notes, cells: STRAY }]],
  ])('%s changes nothing: same findings, same round trips', async (_where, sheets) => {
    const plain = await checkOf(new FakeExcel([planSheet(40), notes]));
    for (const payloadLimit of [5 * 1024 * 1024, Number.POSITIVE_INFINITY]) {
      // Infinity: desktop Excel, which never refuses a large response and so never prompts block reads.
      const fake = new FakeExcel(sheets());
      fake.payloadLimit = payloadLimit;
      const strayed = await checkOf(fake);
      expect(strayed.result.measureCount).toBe(40);
      expect(findingKeys(strayed.result.findings)).toEqual(findingKeys(plain.result.findings));
      expect(strayed.requests.length).toBe(plain.requests.length);
      for (const r of strayed.requests) expect(r.responseBytes).toBeLessThan(1024 * 1024);
    }
  });

  it('on the plan sheet does not break generate or the live re-check', async () => {
    const fake = new FakeExcel([{ ...planSheet(40), cells: STRAY }]);
    const service = serviceFor(fake);
    await expect(service.generate()).resolves.toEqual(expect.objectContaining({ sheets: expect.any(Array) }));
    await expect(service.check()).resolves.toMatchObject({ measureCount: 40 });
  });
});

describe('large sheets beside the plan', () => {
  it('are looked at through a bounded window, not read whole', async () => {
    const big = {
      name: 'Дані',
      rows: Array.from({ length: 30_000 }, (_, i) => [`рядок ${i}`, i, 'текст'.repeat(20)]),
    };
    const fake = fakeWithPlan(28, [big]);
    const { result, requests } = await checkOf(fake);
    expect(result.sheetName).toBe('Лист1');
    expect(Math.max(...requests.map((r) => r.responseBytes))).toBeLessThan(512 * 1024);
  }, 60_000);
});

describe('a plan column with a value at its very bottom', () => {
  it('is read in blocks under the cell limit, and the plan comes out whole', async () => {
    const fake = new FakeExcel([{ ...planSheet(60), cells: { E1048576: 'x' } }]);
    fake.payloadLimit = Number.POSITIVE_INFINITY;
    const service = serviceFor(fake);
    const syncs = await syncsOf(fake, async () => expect((await service.check()).measureCount).toBe(60));
    expect(syncs).toBeLessThanOrEqual(8);
  });
});
