// Where each generated sheet goes: our previous sheet of the same role and period is replaced; a user's
// sheet that happens to carry the name is never touched, ours then becomes `Зведення 2023 (2)`.
import type { SheetSpec } from '../core/report/sheet-spec';
import type { SheetInfo } from './workbook-info';
import { isNumberedVariant, numberedSheetName } from '../core/report/sheet-names';

const MAX_NAME = 31;

export interface NamePlan {
  /** Final name per spec, in the specs' order. */
  names: string[];
  /** Our old sheets to delete before the new ones take their names. */
  replace: SheetInfo[];
}

export function planSheetNames(
  specs: Pick<SheetSpec, 'name' | 'role'>[],
  sheets: SheetInfo[],
  generated: Map<string, SheetSpec['role']>,
): NamePlan {
  const replace: SheetInfo[] = [];
  const names: string[] = [];
  const ours = (s: SheetInfo): boolean => generated.has(s.id);
  for (const spec of specs) {
    const mine = sheets.filter(
      (s) => ours(s) && generated.get(s.id) === spec.role && isNumberedVariant(s.name, spec.name),
    );
    replace.push(...mine.filter((s) => !replace.includes(s)));
    const exact = mine.find((s) => s.name.toLowerCase() === spec.name.slice(0, MAX_NAME).toLowerCase());
    const reuse = exact ?? mine[0];
    if (reuse) {
      names.push(reuse.name);
      continue;
    }
    const taken = (name: string): boolean =>
      names.some((n) => n.toLowerCase() === name.toLowerCase()) ||
      sheets.some((s) => s.name.toLowerCase() === name.toLowerCase() && !replace.includes(s));
    let n = 1;
    while (taken(numberedSheetName(spec.name, n))) n++;
    names.push(numberedSheetName(spec.name, n));
  }
  return { names, replace };
}

/**
 * The name a changed report of ours is kept under: `Виконання плану (змінено 12.01)`, shortened to fit
 * Excel's 31 characters and numbered if taken.
 */
export function keptName(name: string, today: string, taken: string[]): string {
  const day = `${today.slice(8, 10)}.${today.slice(5, 7)}`;
  // A name that fits whole with the short note keeps it whole (`Стан на 30.06.2023 (зм. 15.01)`: the date is
  // what tells snapshots apart); otherwise the name gives way (`Виконання плану (змінено 12.01)`).
  const full = ` (змінено ${day})`;
  const short = ` (зм. ${day})`;
  const note = name.length + full.length > MAX_NAME && name.length + short.length <= MAX_NAME ? short : full;
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n < 2 ? note : `${note} ${n}`;
    const candidate = `${name.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
