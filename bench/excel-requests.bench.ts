// The Excel host's requests and answers (#13) on the strict fake Excel, for a plan of 1,000 measures and 40
// departments: «Створити запити» (the plan read, 40 request workbooks built by xlsx-lite and opened), then
// every department's answer read in the pane's reader, previewed and applied — round trips, operations,
// the largest request and the time of each, and the reader's share of the preview.
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import type { AnswerUpload } from '../src/app/requests-service';
import { SETTINGS_KEY } from '../src/excel/settings';
import { readXlsx } from '../src/xlsx-lite/read-xlsx';
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

/** The synthetic plan with `departments` departments; every third measure names two (as the CLI's bench). */
function planSeed(measures: number, departments: number) {
  const grid = syntheticPlanGrid(measures);
  const names = Array.from({ length: departments }, (_, i) => `Відділ № ${i + 1} з питань напряму ${i + 1}`);
  let n = 0;
  for (const row of grid.rows) {
    if (typeof row[0] !== 'number') continue;
    row[3] =
      n % 3 === 0 ? `${names[n % departments]}\n${names[(n + 7) % departments]}` : names[n % departments];
    n++;
  }
  return gridToSeed(grid);
}

/** A department answers every measure its request left empty (ExcelJS: another program than ours). */
async function answered(bytes: Uint8Array, name: string): Promise<AnswerUpload> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  wb.getWorksheet('Запит')!.eachRow((row) => {
    if (row.getCell(7).value && !row.getCell(4).value) row.getCell(4).value = `Виконано відділом: ${name}`;
  });
  return { name, bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) };
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
const line = (name: string, f: Figures, extra = ''): string =>
  `${name.padEnd(26)} syncs ${String(f.syncs).padStart(2)} | operations ${String(f.operations).padStart(6)} | largest request ${mb(f.maxRequestBytes)} | ${f.ms.toFixed(0)} ms${extra}`;

export async function benchExcelRequests(measures = 1000, departments = 40): Promise<string[]> {
  const fake = new FakeExcel([planSeed(measures, departments)]);
  fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2024-01-15' }));
  const service = serviceFor(fake);
  const create = await measure(fake, () => service.createRequests('2024-01-29'));
  const made = fake.createdWorkbooks.slice();
  const files = await Promise.all(made.map((b, i) => answered(b, `відповідь-${i + 1}.xlsx`)));
  const t = performance.now();
  for (const f of files) readXlsx(f.bytes);
  const readMs = performance.now() - t;
  let changes = 0;
  const preview = await measure(fake, async () => {
    changes = (await service.previewAnswers(files, 'plan')).changes.length;
  });
  const shown = await service.previewAnswers(files, 'plan');
  const apply = await measure(fake, () => service.applyAnswers(files, shown));
  const bytes = made.reduce((n, b) => n + b.length, 0);
  return [
    `${measures.toLocaleString('en-US')} measures, ${departments} departments (Excel host, strict fake Excel):`,
    line('  create requests', create, ` | ${made.length} workbooks, ${mb(bytes)} in all`),
    `  reader (xlsx-lite), ${files.length} answer files: ${readMs.toFixed(0)} ms`,
    line('  preview answers', preview, ` | ${changes} changes`),
    line('  apply answers', apply),
  ];
}
