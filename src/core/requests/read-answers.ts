// An answer workbook (its sheets' grids, read by a host) -> the answers it holds, each tied to its measure's
// key, or why it is not one of our requests. Rows may come back sorted, deleted, added or with a locked
// cell edited: every row is judged on its own, against the fingerprints the request carries.
import { cellAddress, type CellValue, type Grid } from '../grid';
import { cellText } from '../plan/cell-text';
import { isBlank } from '../text';
import { datePrint } from './answer-values';
import {
  DATA_SHEET_NAME,
  hasRequestMarker,
  readDataSheet,
  type Prints,
  type RequestMeta,
} from './data-sheet';
import { canonicalText, textPrint } from './keys';
import { REQUEST_LABELS } from './labels';
import { LOCKED_FIELDS, type AnswerField, type LockedField } from './request-spec';

export interface AnswerSheet {
  name: string;
  grid: Grid;
}

export interface AnswerEntry {
  key: string;
  /** 1-based row of the answer sheet. */
  row: number;
  locked: Record<LockedField, string>;
  execution: string;
  status: string;
  actualDate: CellValue;
  /** Locked cells whose text is not what was sent (the person unprotected the sheet and edited them). */
  lockedChanged: LockedField[];
  /** The key cell did not match the row (a sort that left the hidden column behind): re-attached by its texts. */
  realigned: boolean;
}

/** A row with answers but no key of this request: added by the person, or pasted from another file. */
export interface ExtraRow {
  row: number;
  /** The key cell's text, if any. */
  key: string;
  texts: Partial<Record<LockedField | AnswerField, string>>;
}

export interface AnswerFile {
  file: string;
  meta: RequestMeta;
  sheetName: string;
  /** 0-based columns found by their headings. */
  columns: Partial<Record<LockedField | AnswerField | 'key', number>>;
  entries: AnswerEntry[];
  /** Keys sent whose row is not in the answer any more. */
  missingKeys: string[];
  extraRows: ExtraRow[];
  /** Extra rows beyond the first MAX_EXTRA_ROWS, counted only. */
  extraRowsOmitted: number;
}

/** Why a file is not an answer to merge; `unreadable` is the host's (a file no workbook reader could open). */
export type FileProblemCode = 'unreadable' | 'not-request' | 'newer-version' | 'damaged';

export type AnswerFileRead =
  | { ok: true; answers: AnswerFile }
  | { ok: false; file: string; problem: { code: FileProblemCode; details: string } };

/** How many extra rows a file lists one by one; a hostile file with a million gets a count. */
export const MAX_EXTRA_ROWS = 100;
/** How far down the header row is looked for. */
const HEADER_SEARCH_ROWS = 200;

const H = REQUEST_LABELS.headers;
const HEADINGS: [LockedField | AnswerField | 'key', string][] = [
  ['key', H.key],
  ['number', H.number],
  ['measure', H.measure],
  ['deadline', H.deadline],
  ['execution', H.execution],
  ['status', H.status],
  ['actualDate', H.actualDate],
];

/** Rows of a grid in sheet coordinates (0-based), whatever its origin. */
function at(grid: Grid, r: number, c: number): CellValue {
  const origin = grid.origin ?? { row: 0, col: 0 };
  return grid.rows[r - origin.row]?.[c - origin.col] ?? null;
}

function findHeader(grid: Grid): { row: number; columns: AnswerFile['columns'] } | null {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const keyHeading = canonicalText(H.key);
  const last = Math.min(origin.row + grid.rows.length, origin.row + HEADER_SEARCH_ROWS);
  for (let r = origin.row; r < last; r++) {
    const cells = grid.rows[r - origin.row] ?? [];
    const texts = cells.map((v) => canonicalText(cellText(v)));
    if (!texts.includes(keyHeading)) continue;
    const columns: AnswerFile['columns'] = {};
    for (const [field, heading] of HEADINGS) {
      const c = texts.indexOf(canonicalText(heading));
      if (c >= 0) columns[field] = c + origin.col;
    }
    return { row: r, columns };
  }
  return null;
}

/**
 * A row whose cells all show one text: a section title across the table (a program that unmerges or moves
 * merged cells may copy the title into every cell of its row), never an answer.
 */
function isTitleRow(grid: Grid, r: number): boolean {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const texts = (grid.rows[r - origin.row] ?? []).map((v) => cellText(v)).filter((t) => !isBlank(t));
  return texts.length > 1 && texts.every((t) => t === texts[0]);
}

function lockedPrints(locked: Record<LockedField, string>): string {
  return LOCKED_FIELDS.map((f) => textPrint(locked[f])).join(':');
}

export function readAnswerFile(file: string, sheets: AnswerSheet[]): AnswerFileRead {
  const fail = (code: FileProblemCode, details: string): AnswerFileRead => ({
    ok: false,
    file,
    problem: { code, details },
  });
  const dataSheet =
    sheets.find((s) => s.name === DATA_SHEET_NAME && hasRequestMarker(s.grid)) ??
    sheets.find((s) => hasRequestMarker(s.grid));
  if (!dataSheet) return fail('not-request', 'no marker');
  const data = readDataSheet(dataSheet.grid);
  if (!data.ok) return fail(data.reason === 'no-marker' ? 'not-request' : data.reason, data.details);
  const meta = data.meta;

  // The sheet the request was written as; renamed, the one holding our key heading.
  const candidates = [
    ...sheets.filter((s) => s.name === meta.requestSheet),
    ...sheets.filter((s) => s.name !== meta.requestSheet && s !== dataSheet),
  ];
  let sheet: AnswerSheet | undefined;
  let header: ReturnType<typeof findHeader> = null;
  for (const s of candidates) {
    header = findHeader(s.grid);
    if (header) {
      sheet = s;
      break;
    }
  }
  if (!sheet || !header || header.columns.key === undefined)
    return fail('damaged', `no sheet with the heading «${H.key}»`);
  const { columns } = header;
  const text = (r: number, field: LockedField | AnswerField): string => {
    const c = columns[field];
    return c === undefined ? '' : cellText(at(sheet.grid, r, c));
  };

  // Locked texts -> key, for rows whose key cell no longer matches them; ambiguous texts map to nothing.
  const byLocked = new Map<string, string | null>();
  for (const [key, p] of meta.sent) {
    const print = [p.number, p.measure, p.deadline].join(':');
    byLocked.set(print, byLocked.has(print) ? null : key);
  }

  const entries: AnswerEntry[] = [];
  const extraRows: ExtraRow[] = [];
  let extraRowsOmitted = 0;
  const origin = sheet.grid.origin ?? { row: 0, col: 0 };
  const end = origin.row + sheet.grid.rows.length;
  for (let r = header.row + 1; r < end; r++) {
    const key = cellText(at(sheet.grid, r, columns.key!)).trim();
    const locked = { number: text(r, 'number'), measure: text(r, 'measure'), deadline: text(r, 'deadline') };
    const execution = text(r, 'execution');
    const status = text(r, 'status');
    const dateCell = columns.actualDate === undefined ? null : at(sheet.grid, r, columns.actualDate);
    const actualDate = cellText(dateCell);
    const sent: Prints | undefined = meta.sent.get(key);
    if (!sent) {
      // A section title, a blank row, or a row the person added: only the last matters, if it says anything.
      if ([execution, status, actualDate].every((t) => isBlank(t))) continue;
      if (isTitleRow(sheet.grid, r)) continue;
      if (extraRows.length >= MAX_EXTRA_ROWS) {
        extraRowsOmitted++;
        continue;
      }
      const texts: ExtraRow['texts'] = {};
      for (const [field, value] of Object.entries({ ...locked, execution, status, actualDate }))
        if (!isBlank(value)) texts[field as keyof ExtraRow['texts']] = value;
      extraRows.push({ row: r + 1, key, texts });
      continue;
    }
    let entryKey = key;
    let realigned = false;
    let expected = sent;
    const changed = (p: Prints) => LOCKED_FIELDS.filter((f) => textPrint(locked[f]) !== p[f]);
    let lockedChanged = changed(sent);
    if (lockedChanged.length > 0) {
      const owner = byLocked.get(lockedPrints(locked));
      if (owner && owner !== key) {
        entryKey = owner;
        realigned = true;
        expected = meta.sent.get(owner)!;
        lockedChanged = changed(expected);
      }
    }
    entries.push({
      key: entryKey,
      row: r + 1,
      locked,
      execution,
      status,
      actualDate: dateCell,
      lockedChanged,
      realigned,
    });
  }
  const present = new Set(entries.map((e) => e.key));
  const missingKeys = [...meta.sent.keys()].filter((k) => !present.has(k));
  return {
    ok: true,
    answers: {
      file,
      meta,
      sheetName: sheet.name,
      columns,
      entries,
      missingKeys,
      extraRows,
      extraRowsOmitted,
    },
  };
}

/** `Запит!D12`-style address of a cell of the answer sheet (1-based row, 0-based column). */
export function answerCell(row: number, col: number | undefined): string {
  return col === undefined ? `${row}` : cellAddress(row - 1, col);
}

/** Has the answer in this field changed from what the request sent? */
export function answerChanged(entry: AnswerEntry, field: AnswerField, sent: Prints): boolean {
  if (field === 'actualDate') return datePrint(entry.actualDate) !== sent.actualDate;
  return textPrint(entry[field]) !== sent[field];
}
