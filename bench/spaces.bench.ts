// «Прибрати зайві пробіли» in the Excel host (strict fake Excel, a plan shaped like the seed with a double
// space in every responsible cell): the preview (a check's requests, nothing written) and the fix (2 round
// trips; its operations grow with the runs of adjacent cells, i.e. with sections, not with cells).
import { FakeExcel } from '../test/excel/fake-excel';
import { requestsOf, serviceFor } from '../test/excel/plan-fixture';
import { gridToSeed } from '../test/e2e/support/sample-seed';
import { syntheticPlanGrid } from './synthetic-plan';

export interface SpacesFigures {
  measures: number;
  cells: number;
  previewSyncs: number;
  fixSyncs: number;
  fixOperations: number;
  fixRequestBytes: number;
}

export async function benchSpaces(measures: number): Promise<SpacesFigures> {
  const grid = syntheticPlanGrid(measures);
  const seed = gridToSeed(grid);
  // Column D holds the responsible persons in the synthetic plan: one double space in each.
  for (const row of seed.rows ?? [])
    if (typeof row[3] === 'string' && /\S \S/.test(row[3]) && typeof row[0] === 'number')
      row[3] = row[3].replace(' ', '  ');
  const fake = new FakeExcel([seed]);
  const service = serviceFor(fake);
  let preview = { sheet: '', fixes: [] as { cell: string; before: string; after: string }[] };
  const previewReqs = await requestsOf(fake, async () => {
    preview = await service.previewSpaces();
  });
  const fixReqs = await requestsOf(fake, () => service.fixSpaces(preview));
  return {
    measures,
    cells: preview.fixes.length,
    previewSyncs: previewReqs.length,
    fixSyncs: fixReqs.length,
    fixOperations: fixReqs.reduce((n, r) => n + r.actions + r.paths, 0),
    fixRequestBytes: Math.max(0, ...fixReqs.map((r) => r.requestBytes)),
  };
}

export function formatSpaces(r: SpacesFigures): string {
  return `  ${r.measures.toLocaleString('en-US')} measures, ${r.cells.toLocaleString('en-US')} cells: preview syncs ${r.previewSyncs} | fix syncs ${r.fixSyncs}, operations ${r.fixOperations}, largest request ${(r.fixRequestBytes / 1024 / 1024).toFixed(2)} MB`;
}
