// `plan-report check`: the findings grouped by severity, then a count line; or one JSON object. A check is
// done once (checkPlan) and said as text (checkLines) or JSON (checkObject): the batch check reuses both.
import { formatFinding } from '../core/i18n/messages';
import { dottedDate } from '../core/calendar';
import { periodPhrase } from '../core/i18n/period-phrase';
import type { Lang } from '../core/i18n/lang';
import type { PeriodView } from '../core/year/period-view';
import { SEVERITIES, type Finding, type Summary } from '../core/types';
import type { CheckOptions } from './args';
import type { CliIO } from './io';
import { checkJson, type CheckJson } from './json-output';
import { loadPlan, type LoadedPlan } from './load-plan';
import { SEVERITY_HEADINGS, countOf, measuresIn, say } from './messages';
import { applyPeriod, asOfFor, periodLines, reportPeriodJson } from './period-option';
import { terminalBlock } from './terminal-text';

export interface CheckedPlan {
  file: string;
  loaded: LoadedPlan;
  view: PeriodView | null;
  findings: Finding[];
  summary: Summary;
  asOf: string;
  /** 1 when any finding is an error, 0 otherwise. */
  exitCode: 0 | 1;
}

export async function checkPlan(file: string, opts: CheckOptions, io: Required<CliIO>): Promise<CheckedPlan> {
  const { lang } = opts;
  const asOf = asOfFor(opts.period, opts.asOf ?? io.today);
  const loaded = await loadPlan({
    file,
    cwd: io.cwd,
    sheet: opts.sheet,
    asOf,
    positions: opts.positions,
    lang,
  });
  const view = opts.period ? applyPeriod(loaded, opts.period, asOf, lang) : null;
  const { findings, summary } = view ?? loaded;
  const exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
  return { file, loaded, view, findings, summary, asOf, exitCode };
}

/** The --json object of one checked plan (the public shape, checked against its schema). */
export function checkObject(c: CheckedPlan, lang: Lang): CheckJson {
  const reportPeriod = c.view ? reportPeriodJson(c.view, lang) : undefined;
  const { file, findings, summary, asOf } = c;
  return checkJson({ file, plan: c.loaded.plan, findings, summary, asOf, lang, reportPeriod });
}

/** The text report of one checked plan, a line each. */
export function checkLines(c: CheckedPlan, lang: Lang): string[] {
  const { plan } = c.loaded;
  const out: string[] = [];
  const period = periodPhrase(plan.period, lang, 'dates');
  out.push(
    say(lang, 'checkHeading', { file: c.file, sheet: plan.sheetName, period, asOf: dottedDate(c.asOf) }),
  );
  if (c.view) out.push(...periodLines(c.view, lang));
  if (c.loaded.positions) {
    const { source, count } = c.loaded.positions;
    out.push(say(lang, 'positionsUsed', { source, count: String(count) }));
  }
  out.push(say(lang, 'read', { what: measuresIn(lang, plan.measures.length, plan.sections.length) }));
  for (const severity of SEVERITIES) {
    const group = c.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push('', `${SEVERITY_HEADINGS[lang][severity]} (${group.length}):`);
    for (const f of group) out.push(`  ${formatFinding(f, lang)}`);
  }
  out.push('');
  out.push(findingCounts(c.findings, lang) ?? say(lang, 'noFindings'));
  return out;
}

/** `Разом: 2 помилки, 1 попередження.`, or null when there are no findings. */
export function findingCounts(findings: Finding[], lang: Lang): string | null {
  if (findings.length === 0) return null;
  const counts = SEVERITIES.map((s) => countOf(lang, s, findings.filter((f) => f.severity === s).length));
  return say(lang, 'totals', { counts: counts.join(', ') });
}

/** Exit code 1 when any finding is an error, 0 otherwise. */
export async function runCheck(file: string, opts: CheckOptions, io: Required<CliIO>): Promise<number> {
  const checked = await checkPlan(file, opts, io);
  if (opts.json) io.stdout.write(`${JSON.stringify(checkObject(checked, opts.lang), null, 2)}\n`);
  else io.stdout.write(terminalBlock(checkLines(checked, opts.lang)));
  return checked.exitCode;
}
