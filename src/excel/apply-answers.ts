// «Внести відповіді» in Excel: the answer files read in the pane (xlsx-lite's reader, loaded only now), the
// core's merge against the plan as read (mergeAnswers, as `plan-report merge`), a preview, and — only on
// the user's confirmation — the changes written into the plan sheet: values only, never a format, never a
// formula cell or a cell merged across measures (the core keeps those out and lists them as conflicts).
// Round trips: preview 4 (the plan as a check, then its answer columns' formulas and number formats);
// apply 5 (the same 4, to see the plan is still what the preview saw, and one write of every change) —
// whatever the number of answers (more only past Excel's 4 MB request, far beyond any plan).
import { ServiceError } from '../app/plan-service';
import type { AnswersApplied, AnswersPreview, AnswerUpload } from '../app/requests-service';
import { cellAddress, columnLetter } from '../core/grid';
import type { Lang } from '../core/i18n/lang';
import { isoToSerial } from '../core/requests/answer-values';
import { mergeAnswers } from '../core/requests/merge';
import type { CellChange, MergePreference } from '../core/requests/merge-types';
import { measureRows } from '../core/requests/measure-rows';
import { readAnswerFile, type AnswerFileRead } from '../core/requests/read-answers';
import { ANSWER_FIELDS } from '../core/requests/request-spec';
import { textHash } from '../core/requests/hash';
import { isDateFormat, parseMergedAddress } from './cell-values';
import { type IsSetSupported, supports } from './requirements';
import { type LocateEnv, type LocatedPlan, locatePlan } from './locate-plan';
import { ACTION_BYTES, asExcelText, packRequests, PATH_BYTES, utf8Length } from './write-spec';

/** The answer files as the core reads them; a file no reader can open is listed as unreadable. */
async function readUploads(files: AnswerUpload[], lang: Lang): Promise<AnswerFileRead[]> {
  const { readXlsx, XlsxReadError } = await import(
    /* webpackChunkName: "xlsx-lite" */ '../xlsx-lite/read-xlsx'
  );
  return files.map((f): AnswerFileRead => {
    try {
      return readAnswerFile(f.name, readXlsx(f.bytes));
    } catch (e) {
      const details =
        e instanceof XlsxReadError
          ? lang === 'uk'
            ? e.messageUk
            : e.messageEn
          : e instanceof Error
            ? e.message
            : String(e);
      return { ok: false, file: f.name, problem: { code: 'unreadable', details } };
    }
  });
}

interface AnswerColumns {
  formulas: Set<string>;
  /** Answer cells whose number format shows a date: a date goes in as one. */
  dateCells: Set<string>;
}

/**
 * Round trip 4: which answer cells hold a formula, and which date cells show dates. With ExcelApi 1.9 the
 * formula cells come as addresses (Range.getSpecialCells), and only the date column's number formats are
 * read: the response stays small whatever the plan's texts. Without it, `formulas` of the answer columns
 * (which carries their texts too).
 */
async function readAnswerColumns(
  context: Excel.RequestContext,
  located: LocatedPlan,
  isSet: IsSetSupported,
): Promise<AnswerColumns> {
  const { plan } = located;
  const rows = plan.measures.flatMap((m) => measureRows(m));
  const out: AnswerColumns = { formulas: new Set(), dateCells: new Set() };
  const cols = ANSWER_FIELDS.map((f) => plan.columns[f]).filter((c): c is number => c !== undefined);
  if (rows.length === 0 || cols.length === 0) return out;
  const top = Math.min(...rows);
  // Two rows at least: a one-cell range is never what Excel's special cells are asked of.
  const bottom = Math.max(top + 1, ...rows);
  const ws = context.workbook.worksheets.getItem(located.sheet.id);
  const column = (c: number) => ws.getRange(`${columnLetter(c)}${top}:${columnLetter(c)}${bottom}`);
  const dateCol = plan.columns.actualDate;
  const special = supports(isSet, '1.9');
  const reads = cols.map((c) => {
    const range = column(c);
    if (!special) {
      range.load(['formulas', 'numberFormat']);
      return { c, range, areas: null };
    }
    const areas = range.getSpecialCellsOrNullObject('Formulas');
    areas.load('address');
    if (c === dateCol) range.load('numberFormat');
    return { c, range, areas };
  });
  await context.sync();
  for (const { c, range, areas } of reads) {
    if (areas) {
      if (!areas.isNullObject)
        for (const a of parseMergedAddress(areas.address))
          for (let r = a.top; r <= a.bottom; r++)
            for (let col = a.left; col <= a.right; col++) out.formulas.add(cellAddress(r, col));
    } else
      range.formulas.forEach((row, i) => {
        if (typeof row[0] === 'string' && row[0].startsWith('='))
          out.formulas.add(cellAddress(top - 1 + i, c));
      });
    if (c !== dateCol) continue;
    range.numberFormat.forEach((row, i) => {
      if (isDateFormat(String(row[0] ?? ''))) out.dateCells.add(cellAddress(top - 1 + i, c));
    });
  }
  return out;
}

interface Merged {
  located: LocatedPlan;
  columns: AnswerColumns;
  preview: AnswersPreview;
}

/** What the preview depends on: every change and conflict with the plan's text it saw, and where. */
function tokenOf(p: Omit<AnswersPreview, 'token'>): string {
  return textHash(
    JSON.stringify([
      p.sheetName,
      p.prefer,
      p.changes.map((c) => [c.cell, c.old, c.value]),
      p.report.conflicts.map((c) => [c.cell, c.kind, c.plan, c.resolution]),
    ]),
  );
}

async function merged(
  context: Excel.RequestContext,
  env: LocateEnv,
  files: AnswerUpload[],
  prefer: MergePreference,
): Promise<Merged> {
  const reads = await readUploads(files, env.lang());
  const located = await locatePlan(context, env);
  const columns = await readAnswerColumns(context, located, env.isSet);
  const { changes, report } = mergeAnswers(located.plan, reads, {
    prefer,
    formulaCells: columns.formulas,
    merges: located.grid.merges ?? [],
  });
  const base = { sheetName: located.plan.sheetName, prefer, changes, report };
  return { located, columns, preview: { ...base, token: tokenOf(base) } };
}

export async function previewAnswers(
  context: Excel.RequestContext,
  env: LocateEnv,
  files: AnswerUpload[],
  prefer: MergePreference,
): Promise<AnswersPreview> {
  return (await merged(context, env, files, prefer)).preview;
}

function planChanged(lang: Lang): ServiceError {
  const message =
    lang === 'en'
      ? 'The plan changed after the answers were previewed: nothing was written. Preview them again.'
      : 'План змінився після перегляду відповідей: нічого не записано. Перегляньте відповіді ще раз.';
  return new ServiceError('plan-changed', message);
}

/** A change as the value Excel stores: texts kept as written, a date as a date where the cell shows one. */
function cellValue(c: CellChange, columns: AnswerColumns, date1904: boolean): string | number {
  const v = c.value;
  if (v.kind === 'clear') return '';
  if (v.kind === 'date' && columns.dateCells.has(c.cell)) return isoToSerial(v.date) - (date1904 ? 1462 : 0);
  return asExcelText(v.text);
}

/** Runs of changes in one column on consecutive rows: one range written for each. */
function runs(changes: CellChange[]): CellChange[][] {
  const sorted = [...changes].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: CellChange[][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && prev.column === c.column && prev.row === c.row - 1) last.push(c);
    else out.push([c]);
  }
  return out;
}

export async function applyAnswers(
  context: Excel.RequestContext,
  env: LocateEnv,
  files: AnswerUpload[],
  shown: AnswersPreview,
  leftOut: readonly string[] = [],
): Promise<AnswersApplied> {
  const { located, columns, preview } = await merged(context, env, files, shown.prefer);
  if (preview.token !== shown.token || preview.sheetName !== shown.sheetName) throw planChanged(env.lang());
  const date1904 = located.info.date1904;
  // The changes the user left ticked: the same preview, less the cells she unticked.
  const skip = new Set(leftOut);
  const chosen = preview.changes.filter((c) => !skip.has(c.cell));
  const writes = runs(chosen).map((run) => {
    const values = run.map((c) => [cellValue(c, columns, date1904)]);
    const address = `${columnLetter(run[0].column)}${run[0].row}:${columnLetter(run[0].column)}${run[run.length - 1].row}`;
    const bytes = ACTION_BYTES + PATH_BYTES + utf8Length(JSON.stringify(values));
    return { address, values, bytes };
  });
  const ws = context.workbook.worksheets.getItem(located.sheet.id);
  // One request while the changes fit Excel's 4 MB budget (always, for any plan a person keeps); past it,
  // sequential requests (a reduce keeps the syncs out of a loop, as report-write does).
  await (writes.length ? packRequests(writes) : []).reduce(async (previous, request) => {
    await previous;
    for (const w of request) ws.getRange(w.address).values = w.values;
    await context.sync();
  }, Promise.resolve());
  return { sheetName: preview.sheetName, cells: chosen.map((c) => c.cell) };
}
