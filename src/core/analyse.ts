// The whole check in one call: read the plan, validate it, count it. Hosts call this.
import { Grid } from './grid';
import { readPlan } from './plan/read-plan';
import { validate } from './rules/validate';
import { summarise } from './summary/summarise';
import { Finding, Plan, PlanReadError, ReadOptions, Summary } from './types';

export interface AnalyseOptions {
  asOf: string;
  positions?: string[];
  read?: ReadOptions;
}

export type Analysis =
  { ok: true; plan: Plan; findings: Finding[]; summary: Summary } | { ok: false; error: PlanReadError };

export function analyse(grid: Grid, opts: AnalyseOptions): Analysis {
  const read = readPlan(grid, { today: opts.asOf, ...opts.read });
  if (!read.ok) return read;
  const findings = validate(read.plan, { asOf: opts.asOf, positions: opts.positions });
  return { ok: true, plan: read.plan, findings, summary: summarise(read.plan, findings, opts.asOf) };
}
