// What generate writes, against the limits Excel really has: the chart made after its data, every request
// under 5 MB counting its operations, operations that grow with sections and columns rather than cells,
// widths that print one page wide at 100 %, one screen-updating suspension per action, texts kept exactly.
import { analyse } from '../../src/core/analyse';
import { buildSummarySheet } from '../../src/core/report/summary-sheet';
import { FakeExcel } from './fake-excel';
import {
  fakeWithPlan,
  planSheet,
  requestsOf,
  seedGrid,
  serviceFor,
  SUMMARY,
  TABLE,
  TODAY,
} from './plan-fixture';

describe('the summary chart', () => {
  it('is made after its data is written, with its series set to the status labels and counts', async () => {
    const fake = fakeWithPlan(28);
    await serviceFor(fake).generate();
    const analysis = analyse(seedGrid(planSheet(28)), { asOf: TODAY });
    if (!analysis.ok) throw new Error('fixture is not a plan');
    const spec = buildSummarySheet(analysis.plan, analysis.summary, { lang: 'uk' });
    const chart = spec.charts![0];
    const column = (c: number) =>
      spec.values.slice(chart.values.top, chart.values.bottom + 1).map((row) => row[c]);
    const [drawn] = fake.chartData(SUMMARY);
    expect(drawn.title).toBe(chart.title);
    expect(drawn.series).toEqual([
      { categories: column(chart.categories.left), values: column(chart.values.left) },
    ]);
  });
});

describe('requests', () => {
  it('stay under 5 MB with every queued operation counted, at 5,000 measures', async () => {
    const fake = fakeWithPlan(5000);
    const requests = await requestsOf(fake, () => serviceFor(fake).generate());
    expect(fake.sheetNames()).toEqual(['Лист1', TABLE, SUMMARY]);
    for (const r of requests) expect(r.requestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    for (const r of requests) expect(r.responseBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  }, 120_000);

  it('carry operations that grow with sections and columns, not with cells', async () => {
    const ops = async (n: number): Promise<number> => {
      const fake = fakeWithPlan(n, [], true);
      const requests = await requestsOf(fake, () => serviceFor(fake).generate());
      return requests.reduce((sum, r) => sum + r.actions + r.paths, 0);
    };
    const small = await ops(300);
    const large = await ops(6000);
    expect(large).toBeLessThanOrEqual(10 * small);
  }, 120_000);
});

describe('the printed table', () => {
  it('fits one A4 landscape page wide at its scale; fit-to-pages, which Excel ignores (office-js#1860), is not relied on', async () => {
    const fake = fakeWithPlan(28);
    await serviceFor(fake).generate();
    expect(fake.sheet(TABLE).pageLayout.orientation).toBe('Landscape');
    expect(fake.printedPagesWide(TABLE)).toBe(1);
    expect(fake.sheet(TABLE).pageLayout.zoom).not.toHaveProperty('horizontalFitToPages');
  });
});

describe('screen updating', () => {
  it('is suspended once per action, even when the values take several requests', async () => {
    const seed = planSheet(1500);
    for (const row of seed.rows!.slice(2)) if (typeof row[4] === 'string') row[4] = 'Проведено. '.repeat(110);
    const fake = new FakeExcel([seed]);
    const requests = await requestsOf(fake, () => serviceFor(fake).generate());
    expect(requests.length).toBeGreaterThan(5);
    expect(fake.maxScreenSuspendsPerRun).toBe(1);
  }, 60_000);
});

describe('texts Excel would parse', () => {
  it.each([
    '#N/A',
    '#REF!',
    '1e5',
    '1E+05',
    'TRUE',
    'false',
    '=SUM(A1:A3)',
    '+380',
    '@імені',
    '1.1',
    '1,000',
    '50%',
    '$5',
    '(5)',
    '1 1/2',
    '01.03.2024',
    '2024-03-01',
    '10:30',
    'Jan 5',
    '1 січня 2024',
    'Грудень 2023 року',
    "'цитата",
    "''",
    ' 12 ',
  ])('%j is written as the same text', async (text) => {
    const seed = planSheet(3);
    seed.rows![3][1] = text;
    seed.rows![4][2] = text;
    const fake = new FakeExcel([seed]);
    await serviceFor(fake).generate();
    const cells = [...fake.sheet(TABLE).cells.values()];
    const written = cells.filter((c) => c.value === text && !c.error);
    expect(written.length).toBeGreaterThanOrEqual(2);
  });
});
