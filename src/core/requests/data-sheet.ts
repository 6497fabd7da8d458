// The request's very hidden data sheet: written by buildRequests, read back (checked with zod, as any data
// entering from a file) by readAnswerFile. Row 1 is the marker that makes a workbook our request; then the
// request's facts as name/value rows; then one row of fingerprints per measure sent.
import { z } from 'zod';
import { isDateCell, type CellValue, type Grid } from '../grid';
import { cellText } from '../plan/cell-text';
import { GENERATED_MARK, type SpecValue } from '../report/sheet-spec';
import { ANSWER_FIELDS, LOCKED_FIELDS, type AnswerField, type LockedField } from './request-spec';

export const DATA_SHEET_NAME = '_plan-report-request';
export const REQUEST_MARKER = `${GENERATED_MARK}/request`;
/** Bumped when the layout changes incompatibly; a newer file is refused with a clear message. */
export const FORMAT_VERSION = 1;

export type Prints = Record<LockedField | AnswerField, string>;

export interface RequestFacts {
  planId: string;
  planTitle: string;
  planSheet: string;
  periodFrom: string;
  periodTo: string;
  person: string;
  personKey: string;
  asOf: string;
  due: string;
  requestSheet: string;
}

export interface RequestMeta extends RequestFacts {
  version: number;
  /** Fingerprints of what was sent, by measure key, in the order sent. */
  sent: Map<string, Prints>;
}

const FACT_NAMES = [
  'planId',
  'planTitle',
  'planSheet',
  'periodFrom',
  'periodTo',
  'person',
  'personKey',
  'asOf',
  'due',
  'requestSheet',
] as const satisfies readonly (keyof RequestFacts)[];

const PRINT_COLUMNS = [...LOCKED_FIELDS, ...ANSWER_FIELDS] as const;

export function dataSheetValues(facts: RequestFacts, sent: [string, Prints][]): SpecValue[][] {
  return [
    [REQUEST_MARKER, FORMAT_VERSION],
    ...FACT_NAMES.map((name): SpecValue[] => [name, facts[name]]),
    [],
    ['key', ...PRINT_COLUMNS],
    ...sent.map(([key, prints]): SpecValue[] => [key, ...PRINT_COLUMNS.map((c) => prints[c])]),
  ];
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const factsSchema = z.object({
  planId: z.string().min(1),
  planTitle: z.string(),
  planSheet: z.string(),
  periodFrom: isoDate,
  periodTo: isoDate,
  person: z.string().min(1),
  personKey: z.string(),
  asOf: isoDate,
  due: isoDate,
  requestSheet: z.string().min(1),
});
const printSchema = z.string().regex(/^[0-9a-f]{14}$/);
const keySchema = z.string().regex(/^m[0-9a-f]{14}(-\d+)?$/);

/** A cell as the text it was written as (dates, should a program have turned one into a date, as ISO). */
function text(v: CellValue | undefined): string {
  if (v !== undefined && v !== null && isDateCell(v)) return v.date;
  return cellText(v ?? null);
}

export type DataSheetRead =
  | { ok: true; meta: RequestMeta }
  | { ok: false; reason: 'no-marker' | 'newer-version' | 'damaged'; details: string };

/** True when the grid's first cell is our marker: the sheet is (or was) a request's data sheet. */
export function hasRequestMarker(grid: Grid): boolean {
  const origin = grid.origin ?? { row: 0, col: 0 };
  if (origin.row !== 0 || origin.col !== 0) return false;
  return text(grid.rows[0]?.[0]) === REQUEST_MARKER;
}

export function readDataSheet(grid: Grid): DataSheetRead {
  if (!hasRequestMarker(grid)) return { ok: false, reason: 'no-marker', details: 'A1' };
  const version = Number(text(grid.rows[0]?.[1]));
  if (!Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'damaged', details: 'format version' };
  if (version > FORMAT_VERSION) return { ok: false, reason: 'newer-version', details: String(version) };

  const raw: Record<string, string> = {};
  let r = 1;
  for (; r < grid.rows.length; r++) {
    const name = text(grid.rows[r]?.[0]);
    if (name === '') break;
    raw[name] = text(grid.rows[r]?.[1]);
  }
  const facts = factsSchema.safeParse(raw);
  if (!facts.success) {
    const issue = facts.error.issues[0];
    return { ok: false, reason: 'damaged', details: `${issue.path.join('.')}: ${issue.message}` };
  }
  while (r < grid.rows.length && text(grid.rows[r]?.[0]) !== 'key') r++;
  if (r >= grid.rows.length) return { ok: false, reason: 'damaged', details: 'no fingerprint table' };
  const sent = new Map<string, Prints>();
  for (r++; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const key = text(row[0]);
    if (key === '') continue;
    const prints = PRINT_COLUMNS.map((_, i) => text(row[i + 1]));
    if (!keySchema.safeParse(key).success || prints.some((p) => !printSchema.safeParse(p).success))
      return { ok: false, reason: 'damaged', details: `row ${r + 1}` };
    sent.set(key, Object.fromEntries(PRINT_COLUMNS.map((c, i) => [c, prints[i]])) as Prints);
  }
  return { ok: true, meta: { version, ...facts.data, sent } };
}
