// `plan-report check`: the findings grouped by severity, then a count line; or one JSON object.
import { formatFinding } from '../core/i18n/messages';
import { dottedDate } from '../core/calendar';
import { periodPhrase } from '../core/i18n/period-phrase';
import { SEVERITIES } from '../core/types';
import type { CheckOptions } from './args';
import type { CliIO } from './io';
import { checkJson } from './json-output';
import { loadPlan } from './load-plan';
import { SEVERITY_HEADINGS, countOf, measuresIn, say } from './messages';
import { applyPeriod, asOfFor, periodLines, reportPeriodJson } from './period-option';

/** Exit code 1 when any finding is an error, 0 otherwise. */
export async function runCheck(file: string, opts: CheckOptions, io: Required<CliIO>): Promise<number> {
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
  const { plan } = loaded;
  const { findings, summary } = view ?? loaded;
  const exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;

  if (opts.json) {
    const reportPeriod = view ? reportPeriodJson(view, lang) : undefined;
    io.stdout.write(
      `${JSON.stringify(checkJson({ file, plan, findings, summary, asOf, lang, reportPeriod }), null, 2)}\n`,
    );
    return exitCode;
  }

  const out: string[] = [];
  const period = periodPhrase(plan.period, lang, 'dates');
  out.push(say(lang, 'checkHeading', { file, sheet: plan.sheetName, period, asOf: dottedDate(asOf) }));
  if (view) out.push(...periodLines(view, lang));
  if (loaded.positions) {
    out.push(
      say(lang, 'positionsUsed', { source: loaded.positions.source, count: String(loaded.positions.count) }),
    );
  }
  out.push(say(lang, 'read', { what: measuresIn(lang, plan.measures.length, plan.sections.length) }));
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push('', `${SEVERITY_HEADINGS[lang][severity]} (${group.length}):`);
    for (const f of group) out.push(`  ${formatFinding(f, lang)}`);
  }
  out.push('');
  if (findings.length === 0) out.push(say(lang, 'noFindings'));
  else {
    const counts = SEVERITIES.map((s) => countOf(lang, s, findings.filter((f) => f.severity === s).length));
    out.push(say(lang, 'totals', { counts: counts.join(', ') }));
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return exitCode;
}
