// The bundled sample plan, read once per test file through the Node xlsx host.
import path from 'path';
import { Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/node/xlsx-read';

export const SAMPLE_PATH = path.join(__dirname, '..', '..', 'samples', 'plan-2023.xlsx');

let cached: Promise<Grid> | null = null;

export function sampleGrid(): Promise<Grid> {
  cached ??= readWorkbook(SAMPLE_PATH).then((wb) => wb.sheets[0].grid);
  return cached;
}
