// Reads a snapshot sheet back (the grid of `Стан на 30.06.2024`, as any host reads a sheet) into the
// Snapshot it was written from, so the next snapshot can say what changed. Either language's headings.
import { isoDate, isValidDay } from '../calendar';
import type { Grid } from '../grid';
import { LANGS, type Lang } from '../i18n/lang';
import { severityLabel, statusLabel } from '../i18n/messages';
import { cellText } from '../plan/cell-text';
import { statusFromColumn } from '../status/status-words';
import { RULE_IDS, SEVERITIES, STATUSES, type RuleId, type Severity, type Status } from '../types';
import { measureKeys, type Snapshot, type SnapshotFinding, type SnapshotMeasure } from './snapshot';
import { SNAPSHOT_COLUMNS, type SnapshotColumn } from './snapshot-sheet';
import { SNAPSHOT_LABELS } from './year-labels';

export type SnapshotReadResult =
  { ok: true; snapshot: Snapshot; lang: Lang } | { ok: false; reason: 'no-header' | 'no-date' };

const COL = Object.fromEntries(SNAPSHOT_COLUMNS.map((c, i) => [c, i])) as Record<SnapshotColumn, number>;
const RULES = new Set<string>(RULE_IDS);

/** `30.06.2024` -> `2024-06-30`, or null. */
function isoOf(dotted: string): string | null {
  const m = /^\s*(\d{2})\.(\d{2})\.(\d{4})\s*$/.exec(dotted);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? isoDate(y, mo, d) : null;
}

const STATUS_BY_LABEL = new Map<string, Status>(
  LANGS.flatMap((lang) => STATUSES.map((s) => [statusLabel(s, lang).toLowerCase(), s] as const)),
);
const SEVERITY_BY_LABEL = new Map<string, Severity>(
  LANGS.flatMap((lang) => SEVERITIES.map((s) => [severityLabel(s, lang), s] as const)),
);

function statusOf(label: string): Status {
  const known = STATUS_BY_LABEL.get(label.trim().toLowerCase());
  return known ?? statusFromColumn(label)?.status ?? 'none';
}

function findingsOf(messages: string, codes: string): SnapshotFinding[] {
  const lines = messages === '' ? [] : messages.split('\n');
  const rules = codes === '' ? [] : codes.split('\n').map((c) => c.trim());
  const out: SnapshotFinding[] = [];
  rules.forEach((rule, i) => {
    if (!RULES.has(rule)) return;
    const line = lines[i] ?? '';
    const colon = line.indexOf(': ');
    const severity = colon > 0 ? SEVERITY_BY_LABEL.get(line.slice(0, colon)) : undefined;
    out.push({
      rule: rule as RuleId,
      severity: severity ?? 'warning',
      message: severity ? line.slice(colon + 2) : line,
    });
  });
  return out;
}

export function readSnapshotSheet(grid: Grid): SnapshotReadResult {
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  const text = (r: number, c: number): string => cellText(grid.rows[r - originRow]?.[c - originCol]);
  const height = grid.rows.length + originRow;

  let header = -1;
  let lang: Lang = 'uk';
  for (let r = originRow; r < height && header < 0; r++) {
    for (const l of LANGS) {
      if (SNAPSHOT_LABELS[l].headers.every((h, c) => text(r, c).trim() === h)) {
        header = r;
        lang = l;
        break;
      }
    }
  }
  if (header < 0) return { ok: false, reason: 'no-header' };

  const meta = new Map<string, string>();
  for (let r = originRow; r < header; r++) {
    const row = grid.rows[r - originRow] ?? [];
    const filled = row.map((v) => cellText(v).trim()).filter((t) => t !== '');
    if (filled.length >= 1) meta.set(filled[0], filled[1] ?? '');
  }
  const value = (key: 'asOf' | 'planSheet' | 'planPeriod' | 'reportPeriod' | 'taken'): string => {
    for (const l of LANGS) {
      const v = meta.get(SNAPSHOT_LABELS[l][key]);
      if (v !== undefined) return v;
    }
    return '';
  };
  const asOf = isoOf(value('asOf'));
  if (!asOf) return { ok: false, reason: 'no-date' };
  const [from, to] = value('planPeriod')
    .split(/\s+[–-]\s+/)
    .map((d) => isoOf(d));
  const code = /\(([^()]+)\)$/.exec(value('reportPeriod').trim())?.[1] ?? null;

  type Draft = Omit<SnapshotMeasure, 'key' | 'status' | 'overdue' | 'findings'> & {
    statusLabel: string;
    overdueText: string;
    findingText: string;
    codeText: string;
  };
  const drafts: Draft[] = [];
  const fields = {
    number: 'number',
    measure: 'measure',
    deadline: 'deadline',
    statusText: 'statusText',
    execution: 'execution',
    actualDate: 'actualDate',
    status: 'statusLabel',
    overdue: 'overdueText',
    findings: 'findingText',
    codes: 'codeText',
  } as const;
  for (let r = header + 1; r < height; r++) {
    const planRow = Number(text(r, COL.row).trim());
    const isMeasure = Number.isInteger(planRow) && planRow > 0;
    const last = drafts[drafts.length - 1];
    if (!isMeasure) {
      // A continuation row: the pieces of texts too long for one cell.
      if (!last) continue;
      for (const [col, key] of Object.entries(fields)) last[key] += text(r, COL[col as SnapshotColumn]);
      continue;
    }
    const draft = { row: planRow } as Draft;
    for (const [col, key] of Object.entries(fields)) draft[key] = text(r, COL[col as SnapshotColumn]);
    drafts.push(draft);
  }
  const keys = measureKeys(drafts);
  const measures: SnapshotMeasure[] = drafts.map((d, i) => ({
    key: keys[i],
    number: d.number,
    measure: d.measure,
    deadline: d.deadline,
    statusText: d.statusText,
    execution: d.execution,
    actualDate: d.actualDate,
    status: statusOf(d.statusLabel),
    overdue: d.overdueText.trim() !== '',
    findings: findingsOf(d.findingText, d.codeText),
    row: d.row,
  }));
  return {
    ok: true,
    lang,
    snapshot: {
      asOf,
      taken: isoOf(value('taken')) ?? asOf,
      planSheet: value('planSheet'),
      planPeriod: { from: from ?? asOf, to: to ?? asOf },
      reportPeriod: code,
      measures,
    },
  };
}
