// The period in a report's title: `за І півріччя 2023 року` where the plan's title says `за 2023 рік`.
import type { Lang } from '../i18n/lang';
import type { Period } from '../types';

// `за 2023 рік`, `за 2024-2025 роки`, `за 2023 р.`: the period a report title names (not `на 2023 рік`, the plan's name).
const REPORTED_YEARS =
  /(?<![\p{L}\p{N}])за\s+((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?\s*(?:рік|року|роки|років|рр\.?|р\.?)(?![\p{L}\p{N}])/iu;

/**
 * The plan's title lines for a report on part of its period. The words `за 2023 рік` in a title name the
 * period of an execution report (as `ВИКОНАННЯ ПЛАНУ`, which the report builder replaces with its own
 * heading, names the kind of paper): when they name the plan's years they become `за І півріччя 2023 року`.
 * Every other character stays as written. Without such words the period is added on a line of its own.
 */
export function titleForPeriod(lines: string[], planPeriod: Period, phrase: string, lang: Lang): string[] {
  const title = `${lang === 'uk' ? 'за' : 'for'} ${phrase}`;
  if (lang !== 'uk') return [...lines, title];
  const fromYear = Number(planPeriod.from.slice(0, 4));
  const toYear = Number(planPeriod.to.slice(0, 4));
  for (let i = 0; i < lines.length; i++) {
    const m = REPORTED_YEARS.exec(lines[i]);
    if (!m) continue;
    const first = Number(m[1]);
    const last = m[2] === undefined ? first : Number(m[2]);
    if (first < fromYear || last > toYear) continue;
    const out = [...lines];
    out[i] = `${lines[i].slice(0, m.index)}${title}${lines[i].slice(m.index + m[0].length)}`;
    return out;
  }
  return [...lines, title];
}
