// Requests and merge for a plan of 1,000 measures and 40 departments: the CLI commands end to end (files
// read and written), and the pure core steps inside them, so a slow run shows where its time goes.
import { mkdtempSync, promises as fs, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import { analyse } from '../src/core/analyse';
import { buildRequests } from '../src/core/requests/build-requests';
import { mergeAnswers } from '../src/core/requests/merge';
import { readAnswerFile } from '../src/core/requests/read-answers';
import { main } from '../src/cli/main';
import { readWorkbook } from '../src/node/xlsx-read';
import { applyChanges, openPackage, readPlanSheet, savePackage } from '../src/node/xlsx-answer-package';
import { syntheticPlanGrid } from './synthetic-plan';

const sink = { write: () => true };
const cli = (args: string[]) => main(args, { stdout: sink, stderr: sink, today: '2024-01-15' });

/** The synthetic plan with 40 departments; every third measure names two. */
async function writePlan(file: string, measures: number, departments: number): Promise<void> {
  const grid = syntheticPlanGrid(measures);
  const names = Array.from({ length: departments }, (_, i) => `Відділ № ${i + 1} з питань напряму ${i + 1}`);
  let n = 0;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheetName);
  for (const row of grid.rows) {
    const values = row.map((v) => (v === null || typeof v === 'object' ? null : v));
    if (typeof values[0] === 'number') {
      values[3] =
        n % 3 === 0 ? `${names[n % departments]}\n${names[(n + 7) % departments]}` : names[n % departments];
      n++;
    }
    ws.addRow(values);
  }
  for (const m of grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await wb.xlsx.writeFile(file);
}

/** Every department answers every measure the request left empty. */
async function answerAll(folder: string, out: string): Promise<string[]> {
  const files: string[] = [];
  for (const name of (await fs.readdir(folder)).sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(folder, name));
    const ws = wb.getWorksheet('Запит')!;
    ws.eachRow((row) => {
      if (row.getCell(7).value && !row.getCell(4).value) row.getCell(4).value = `Виконано відділом: ${name}`;
    });
    const file = path.join(out, name);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t = performance.now();
  const result = await fn();
  return [performance.now() - t, result];
}

export async function benchRoundTrip(measures = 1000, departments = 40): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-bench-rt-'));
  try {
    const plan = path.join(dir, 'plan.xlsx');
    await writePlan(plan, measures, departments);
    const requests = path.join(dir, 'requests');
    const [requestsMs, code] = await timed(() =>
      cli(['requests', plan, '-o', requests, '--as-of', '2024-01-15']),
    );
    if (code !== 0) throw new Error(`requests failed (${code})`);
    const files = (await fs.readdir(requests)).length;

    const sheet = (await readWorkbook(plan)).sheets[0];
    const analysis = analyse(sheet.grid, { asOf: '2024-01-15' });
    if (!analysis.ok) throw new Error('bench plan not read');
    const [buildMs] = await timed(() =>
      buildRequests(analysis.plan, { asOf: '2024-01-15', due: '2024-01-29' }),
    );

    await fs.mkdir(path.join(dir, 'answers'));
    const answers = await answerAll(requests, path.join(dir, 'answers'));
    const out = path.join(dir, 'merged.xlsx');
    const [mergeMs, mergeCode] = await timed(() =>
      cli(['merge', plan, ...answers, '-o', out, '--as-of', '2024-01-15']),
    );
    if (mergeCode > 1) throw new Error(`merge failed (${mergeCode})`);

    const reads = await Promise.all(
      answers.map(async (f) => readAnswerFile(f, (await readWorkbook(f)).sheets)),
    );
    const [coreMergeMs, result] = await timed(() => mergeAnswers(analysis.plan, reads));
    const bytes = await fs.readFile(plan);
    const [editMs] = await timed(() => {
      const pkg = openPackage(bytes);
      applyChanges(pkg, readPlanSheet(pkg, sheet.name, new Set()), result.changes);
      return savePackage(pkg);
    });
    const answered = result.report.respondents.reduce((n, r) => n + r.answered, 0);
    return [
      `requests, ${measures} measures, ${departments} departments: CLI ${requestsMs.toFixed(0)} ms for ${files} files (core descriptions ${buildMs.toFixed(0)} ms)`,
      `merge of ${answers.length} answer files (${answered} answers, ${result.changes.length} cells written): CLI ${mergeMs.toFixed(0)} ms end to end (reads, merge, package edit, write, check of the result); core merge ${coreMergeMs.toFixed(0)} ms; package edit + zip ${editMs.toFixed(0)} ms`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void benchRoundTrip().then((lines) => lines.forEach((l) => console.log(l)));
}
