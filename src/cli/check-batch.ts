// `plan-report check FILE… | DIR`: many workbooks in one process. A line per file (its counts, or the one
// reason it could not be checked) as each is done, then a total; `--verbose` prints each file's full report
// first. `--json`: one object per line. The exit code is the worst of all (2 > 1 > 0); a file that cannot be
// read is its own line and never stops the others. One file on its own is checked as it always was.
import { promises as fs } from 'fs';
import { unzipSync } from 'fflate';
import type { Lang } from '../core/i18n/lang';
import { hasRequestMarker } from '../core/requests/data-sheet';
import { SEVERITIES, type Finding } from '../core/types';
import { readWorkbookInfo } from '../node/xlsx-package';
import type { CheckOptions } from './args';
import { batchErrorJsonSchema, batchSkippedJsonSchema, type SkipReason } from './batch-json';
import { checkLines, checkObject, checkPlan, runCheck, type CheckedPlan } from './check';
import { checkTargets, type CheckTarget } from './check-targets';
import { CliError } from './cli-error';
import type { CliIO } from './io';
import type { LoadedPlan } from './load-plan';
import { countOf, measuresIn, say } from './messages';
import { filesCount } from './round-trip-messages';
import { terminalBlock } from './terminal-text';

export type BatchCheckOptions = CheckOptions & { verbose: boolean };

type Outcome =
  | { kind: 'checked'; file: string; checked: CheckedPlan }
  | { kind: 'failed'; file: string; reason: string }
  | { kind: 'skipped'; file: string; why: SkipReason };

export async function runCheckCommand(
  args: string[],
  opts: BatchCheckOptions,
  io: Required<CliIO>,
): Promise<number> {
  const { lang } = opts;
  const targets = await checkTargets(args, io.cwd, lang);
  const [only] = targets;
  if (targets.length === 1 && only.kind === 'file' && !only.inFolder) return runCheck(only.file, opts, io);
  // One folder with nothing to check: the run could not be done, as for one unreadable file.
  if (targets.length === 1 && only.kind === 'problem') throw new CliError(`${only.file}: ${only.reason}`);

  const outcomes: Outcome[] = [];
  for (const target of targets) {
    const outcome = await checkTarget(target, opts, io);
    outcomes.push(outcome.kind === 'checked' ? { ...outcome, checked: lean(outcome.checked) } : outcome);
    if (opts.json) io.stdout.write(`${JSON.stringify(jsonOf(outcome, lang))}\n`);
    else if (opts.verbose) io.stdout.write(terminalBlock([...verboseLines(outcome, lang), '']));
    else io.stdout.write(terminalBlock([summaryLine(outcome, lang)]));
  }
  if (!opts.json) {
    const lines = opts.verbose ? outcomes.map((o) => summaryLine(o, lang)) : [];
    io.stdout.write(terminalBlock([...lines, totalLine(outcomes, lang)]));
  }
  return Math.max(0, ...outcomes.map(exitCodeOf));
}

async function checkTarget(target: CheckTarget, opts: CheckOptions, io: Required<CliIO>): Promise<Outcome> {
  const { file } = target;
  if (target.kind === 'problem') return { kind: 'failed', file, reason: target.reason };
  try {
    const checked = await checkPlan(file, opts, io);
    const why = target.inFolder ? await oursNotAPlan(checked.loaded) : null;
    return why ? { kind: 'skipped', file, why } : { kind: 'checked', file, checked };
  } catch (err) {
    if (err instanceof CliError) return { kind: 'failed', file, reason: err.message };
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { kind: 'failed', file, reason: say(opts.lang, 'unexpected', { reason }) };
  }
}

/** Only what the total needs is kept of a file already printed: a long batch does not hold every plan. */
function lean(c: CheckedPlan): CheckedPlan {
  return { ...c, loaded: { ...c.loaded, workbook: { sheets: [] } }, view: null };
}

/**
 * A folder's workbook that is ours and no plan: a request to a department, or a report whose plan-like
 * sheet is one we generated (marked by its defined name). Only the package's workbook part and its
 * relationships are inflated, after the reader has accepted the file.
 */
async function oursNotAPlan(loaded: LoadedPlan): Promise<SkipReason | null> {
  if (loaded.workbook.sheets.some((s) => hasRequestMarker(s.grid))) return 'request';
  try {
    const parts = unzipSync(await fs.readFile(loaded.path), {
      filter: (f) =>
        /^_rels\/\.rels$|(^|\/)workbook[^/]*\.xml(\.rels)?$/i.test(f.name) && f.originalSize < 1 << 24,
    });
    const info = readWorkbookInfo({ parts: new Map(Object.entries(parts)) });
    return info.marks.has(loaded.plan.sheetName) ? 'generated-report' : null;
  } catch {
    return null;
  }
}

function exitCodeOf(o: Outcome): number {
  return o.kind === 'checked' ? o.checked.exitCode : o.kind === 'failed' ? 2 : 0;
}

function counts(findings: readonly Finding[], lang: Lang): string {
  return SEVERITIES.map((s) => countOf(lang, s, findings.filter((f) => f.severity === s).length)).join(', ');
}

function summaryLine(o: Outcome, lang: Lang): string {
  if (o.kind === 'failed') return say(lang, 'batchUnreadable', { file: o.file, reason: o.reason });
  if (o.kind === 'skipped')
    return say(lang, o.why === 'request' ? 'batchSkippedRequest' : 'batchSkippedGenerated', { file: o.file });
  const { plan } = o.checked.loaded;
  const { findings } = o.checked;
  return say(lang, 'batchFile', {
    file: o.file,
    counts: counts(findings, lang),
    what: measuresIn(lang, plan.measures.length, plan.sections.length),
  });
}

function verboseLines(o: Outcome, lang: Lang): string[] {
  return o.kind === 'checked' ? checkLines(o.checked, lang) : [summaryLine(o, lang)];
}

function totalLine(outcomes: readonly Outcome[], lang: Lang): string {
  const of = (kind: Outcome['kind']) => String(outcomes.filter((o) => o.kind === kind).length);
  const findings = outcomes.flatMap((o) => (o.kind === 'checked' ? o.checked.findings : []));
  return say(lang, 'batchTotal', {
    files: filesCount(lang, outcomes.length),
    checked: of('checked'),
    failed: of('failed'),
    skipped: of('skipped'),
    counts: counts(findings, lang),
  });
}

function jsonOf(o: Outcome, lang: Lang): unknown {
  if (o.kind === 'checked') return checkObject(o.checked, lang);
  if (o.kind === 'failed') return batchErrorJsonSchema.parse({ file: o.file, error: o.reason });
  return batchSkippedJsonSchema.parse({ file: o.file, skipped: o.why });
}
