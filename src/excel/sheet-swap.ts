// Writing our sheets, part two: the swap, one request. Excel applies a failing request's operations up to the
// failure, so the order decides what a failure leaves, and every state it can leave is one the next run
// recognises:
//   1. the new sheets get our mark (naming themselves), and the mark list lists old and new alike; the defined
//      names marking the old sheets (and names of ours left by deleted sheets) go, the new sheets get theirs;
//   2. our old sheets step aside (`~old-…`), or, when the user changed one, take a `(змінено …)` name;
//   3. the new sheets take their names;  4. the old ones are deleted;  5. a changed one loses our mark;
//   6. the mark list is written as it ends up;  7. the lock goes.
// A failure with the workbook still there is put right at once (recoverSwap); with the workbook gone, the
// next run deletes whatever still has a temporary name and replaces what is ours: never a `(2)` copy.
import type { Lang } from '../core/i18n/lang';
import { danglingMarks, freeMarkName, sheetOfReference, roleOfMark } from '../core/report/sheet-marks';
import type { SheetSpec } from '../core/report/sheet-spec';
import { specFingerprint } from './fingerprint';
import { queueRelease } from './generate-lock';
import type { LocatedPlan } from './locate-plan';
import { mergedMarks, queueMark, queueUnmark } from './ownership';
import { keptNote } from './plan-errors';
import { MARKS_KEY, type MarkList } from './settings';
import type { NamePlan } from './sheet-naming';
import { keptName } from './sheet-naming';
import { isWorkSheet, type WorkbookInfo } from './workbook-info';

/** Shown in Excel's Name Manager beside the names that mark our sheets. */
const MARK_COMMENT = 'Аркуш надбудови «План заходів»: позначка для повторного формування';

export interface SwapPlan {
  located: LocatedPlan;
  specs: SheetSpec[];
  fresh: Excel.Worksheet[];
  naming: NamePlan;
  /** Temporary names of the old sheets while the new ones take their names. */
  parked: string[];
  /** Old sheet id -> the name it is kept under (the user changed it). */
  kept: Map<string, string>;
  withProps: boolean;
  /** Defined names marking our sheets (ExcelApi 1.4), the CLI's mark too: the new sheets' names, in order. */
  marks: string[];
  /** Our names that go: those of the old sheets, and those left behind by deleted sheets. */
  dropNames: string[];
  /** The old sheets' names, by old sheet id, to give back if the swap is undone. */
  oldMarks: Map<string, string[]>;
  withNames: boolean;
}

/** Our names that mark each sheet, by sheet name (lower case). */
function namesBySheet(info: WorkbookInfo): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of info.names) {
    if (!roleOfMark(n.name)) continue;
    const sheet = sheetOfReference(n.value)?.toLowerCase();
    if (sheet === undefined) continue;
    out.set(sheet, [...(out.get(sheet) ?? []), n.name]);
  }
  return out;
}

/**
 * Which defined names the swap removes and adds: the old sheets' go, with ours that mark nothing live (a
 * deleted sheet leaves its name as `#REF!`, office-js#4772; one on a temporary sheet of a lost run); each new
 * sheet gets `anticorruption_plan_addin.<role>_<key>`, numbered past names that stay.
 */
export function planMarkNames(
  info: WorkbookInfo,
  specs: SheetSpec[],
  keys: string[],
  replaced: { id: string; name: string }[],
): { marks: string[]; dropNames: string[]; oldMarks: Map<string, string[]> } {
  const bySheet = namesBySheet(info);
  const oldMarks = new Map(replaced.map((s) => [s.id, bySheet.get(s.name.toLowerCase()) ?? []]));
  const live = info.sheets.filter((s) => !isWorkSheet(s.name)).map((s) => s.name);
  const drop = new Set([...[...oldMarks.values()].flat(), ...danglingMarks(info.names, live)]);
  const staying = info.names.map((n) => n.name).filter((n) => !drop.has(n));
  const marks: string[] = [];
  specs.forEach((spec, i) => marks.push(freeMarkName(spec.role, keys[i] ?? '', [...staying, ...marks])));
  return { marks, dropNames: [...drop], oldMarks };
}

export function planSwap(
  located: LocatedPlan,
  specs: SheetSpec[],
  fresh: Excel.Worksheet[],
  naming: NamePlan,
  parked: string[],
  changed: Set<string>,
  today: string,
  withProps: boolean,
  withNames: boolean,
  markKeys: string[],
): SwapPlan {
  const kept = new Map<string, string>();
  const taken = [...located.info.sheets.map((s) => s.name), ...naming.names];
  for (const old of naming.replace) {
    if (!changed.has(old.id)) continue;
    const name = keptName(old.name, today, taken);
    taken.push(name);
    kept.set(old.id, name);
  }
  const names = withNames
    ? planMarkNames(located.info, specs, markKeys, naming.replace)
    : { marks: [], dropNames: [], oldMarks: new Map<string, string[]>() };
  return { located, specs, fresh, naming, parked, kept, withProps, withNames, ...names };
}

function newMarks(p: SwapPlan): MarkList {
  return p.specs.map((spec, i) => ({
    id: p.fresh[i].id,
    role: spec.role,
    name: p.naming.names[i],
    fingerprint: specFingerprint(spec),
  }));
}

/** The mark list once the swap is done: replaced and kept sheets are no longer ours. */
function finalMarks(p: SwapPlan): MarkList {
  const gone = new Set(p.naming.replace.map((s) => s.id));
  return mergedMarks(p.located.info, p.located.owned, gone, newMarks(p));
}

/** `activate`: the first new sheet becomes the active one (generate shows the report it wrote). */
export async function swapSheets(
  context: Excel.RequestContext,
  p: SwapPlan,
  activate = false,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const marks = newMarks(p);
  if (p.withProps) p.fresh.forEach((ws, i) => queueMark(ws, marks[i] as Required<(typeof marks)[number]>));
  context.workbook.settings.add(
    MARKS_KEY,
    JSON.stringify(mergedMarks(p.located.info, p.located.owned, new Set(), marks)),
  );
  if (p.withNames) {
    for (const name of p.dropNames) context.workbook.names.getItem(name).delete();
    p.fresh.forEach((ws, i) => context.workbook.names.add(p.marks[i], ws.getRange('A1'), MARK_COMMENT));
  }
  const old = p.naming.replace.map((s) => sheets.getItem(s.id));
  old.forEach((ws, i) => (ws.name = p.kept.get(p.naming.replace[i].id) ?? p.parked[i]));
  p.fresh.forEach((ws, i) => (ws.name = p.naming.names[i]));
  old.forEach((ws, i) => {
    if (!p.kept.has(p.naming.replace[i].id)) ws.delete();
  });
  old.forEach((ws, i) => {
    if (p.kept.has(p.naming.replace[i].id)) queueUnmark(ws, p.withProps);
  });
  context.workbook.settings.add(MARKS_KEY, JSON.stringify(finalMarks(p)));
  if (activate && p.fresh[0]) p.fresh[0].activate();
  queueRelease(context);
  await context.sync();
}

/**
 * After a swap failed half-way: while every old sheet is still there, the new ones go and the old ones get
 * their names back (a changed one stays kept under its new name: it is the user's); once any old sheet is
 * gone, the swap is finished instead. Two requests (the lock is released apart).
 */
export async function recoverSwap(context: Excel.RequestContext, p: SwapPlan): Promise<void> {
  const sheets = context.workbook.worksheets;
  const fresh = p.fresh.map((ws) => sheets.getItemOrNullObject(ws.id));
  const old = p.naming.replace.map((s) => sheets.getItemOrNullObject(s.id));
  [...fresh, ...old].forEach((ws) => ws.load('name'));
  // Which of our names exist now (the swap may have stopped anywhere between dropping and adding them).
  const names = p.withNames
    ? new Map(
        [...new Set([...p.marks, ...p.dropNames])].map((n) => {
          const item = context.workbook.names.getItemOrNullObject(n);
          item.load('value');
          return [n, item] as const;
        }),
      )
    : new Map<string, Excel.NamedItem>();
  await context.sync();
  const exists = (n: string): boolean => names.has(n) && !names.get(n)!.isNullObject;
  const kept = (i: number): string | undefined => p.kept.get(p.naming.replace[i].id);
  if (old.every((ws) => !ws.isNullObject)) {
    fresh.filter((ws) => !ws.isNullObject).forEach((ws) => ws.delete());
    old.forEach((ws, i) => {
      const name = kept(i) ?? p.naming.replace[i].name;
      if (ws.name !== name) ws.name = name;
      if (kept(i)) queueUnmark(ws, p.withProps);
    });
    const gone = new Set([...p.kept.keys()]);
    context.workbook.settings.add(
      MARKS_KEY,
      JSON.stringify(mergedMarks(p.located.info, p.located.owned, gone, [])),
    );
    // The new sheets' names go; the old sheets get theirs back (not a kept one: it is the user's now).
    for (const n of p.marks) if (exists(n)) context.workbook.names.getItem(n).delete();
    old.forEach((ws, i) => {
      if (kept(i)) return;
      for (const n of p.oldMarks.get(p.naming.replace[i].id) ?? [])
        if (!exists(n) || p.marks.includes(n)) context.workbook.names.add(n, ws.getRange('A1'), MARK_COMMENT);
    });
  } else {
    const marks = newMarks(p);
    fresh.forEach((ws, i) => {
      if (ws.isNullObject) return;
      if (p.withProps) queueMark(ws, marks[i] as Required<(typeof marks)[number]>);
      if (ws.name !== p.naming.names[i]) ws.name = p.naming.names[i];
    });
    old.forEach((ws, i) => {
      if (ws.isNullObject) return;
      if (!kept(i)) ws.delete();
      else {
        if (ws.name !== kept(i)) ws.name = kept(i)!;
        queueUnmark(ws, p.withProps);
      }
    });
    context.workbook.settings.add(MARKS_KEY, JSON.stringify(finalMarks(p)));
    for (const n of p.dropNames)
      if (exists(n) && !p.marks.includes(n)) context.workbook.names.getItem(n).delete();
    fresh.forEach((ws, i) => {
      const n = p.marks[i];
      if (ws.isNullObject || n === undefined) return;
      if (exists(n)) {
        const on = sheetOfReference(String(names.get(n)!.value))?.toLowerCase();
        if (on === ws.name.toLowerCase()) return;
        context.workbook.names.getItem(n).delete();
      }
      context.workbook.names.add(n, ws.getRange('A1'), MARK_COMMENT);
    });
  }
  await context.sync();
}

/** What the user is told of the sheets kept. */
export function keptReport(
  p: SwapPlan,
  lang: Lang,
): { kept: { sheet: string; keptAs: string }[]; notes: string[] } {
  const kept = p.naming.replace
    .filter((s) => p.kept.has(s.id))
    .map((s) => ({ sheet: s.name, keptAs: p.kept.get(s.id)! }));
  return { kept, notes: kept.map((k) => keptNote(k.sheet, k.keptAs, lang)) };
}
