// Figures for the printed report: laying the execution table out (text widths, continuation rows, page
// breaks) beside reading the plan, and the Word copy beside the workbook, on a synthetic plan.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { analyse } from '../src/core/analyse';
import { buildExecutionReport, buildExecutionTable } from '../src/core/report/execution-table';
import { buildSummaryReport } from '../src/core/report/summary-sheet';
import { layoutSheet } from '../src/core/report/sheet-layout';
import { docxBuffer } from '../src/node/docx-write';
import { specsToXlsx } from '../src/node/xlsx-write';
import { syntheticPlanGrid } from './synthetic-plan';

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

async function timed(fn: () => unknown, runs: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

export async function benchReport(measures: number, runs = 3): Promise<string[]> {
  const a = analyse(syntheticPlanGrid(measures), { asOf: '2024-01-15' });
  if (!a.ok) throw new Error('synthetic plan not read');
  const dir = mkdtempSync(path.join(tmpdir(), 'report-bench-'));
  try {
    const read = await timed(() => analyse(syntheticPlanGrid(measures), { asOf: '2024-01-15' }), runs);
    const layout = await timed(() => buildExecutionTable(a.plan), runs);
    const table = buildExecutionReport(a.plan);
    const summary = buildSummaryReport(a.plan, a.summary);
    const spec = layoutSheet(table);
    const xlsx = await timed(() => specsToXlsx([spec, layoutSheet(summary)]), runs);
    const docx = await timed(() => docxBuffer([table, summary]), runs);
    const pages = (spec.print.breaks?.length ?? 0) + 1;
    return [
      `layout of the execution table, ${measures} measures: ${layout.toFixed(0)} ms (reading the plan: ${read.toFixed(0)} ms) | ${spec.values.length} rows, ${pages} pages, ${spec.bands.length} style bands`,
      `writing, ${measures} measures: .xlsx ${xlsx.toFixed(0)} ms, .docx ${docx.toFixed(0)} ms`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
