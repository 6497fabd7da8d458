// Writing a workbook file safely (write-file.ts): a failed or interrupted write leaves nothing half-written
// under the name asked for, and a file that appeared meanwhile is replaced only with `overwrite`.
import type { GeneratedRole, SheetSpec } from '../core/report/sheet-spec';
import { writeFileWhole } from './write-file';
import { deflateEntries } from './xlsx-container';
import { generatedMarkName, specsToWorkbook } from './xlsx-write';

export async function writeBytesAtomic(
  file: string,
  bytes: Uint8Array,
  opts: { overwrite: boolean },
): Promise<void> {
  await writeFileWhole(file, bytes, opts);
}

/**
 * A new workbook of the specs. Sheets of the roles in `userRoles` are written without our mark: they are
 * the user's from the start (next year's plan is theirs to keep, never a sheet we would replace).
 */
export async function writeNewWorkbook(
  specs: SheetSpec[],
  file: string,
  userRoles: readonly GeneratedRole[] = [],
  opts: { overwrite: boolean } = { overwrite: false },
): Promise<void> {
  const wb = specsToWorkbook(specs);
  for (const spec of specs) {
    if (!userRoles.includes(spec.role)) continue;
    wb.definedNames.remove(`'${spec.name.replace(/'/g, "''")}'!$A$1`, generatedMarkName(spec.role));
  }
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  await writeBytesAtomic(file, deflateEntries(new Uint8Array(stored as ArrayBuffer)), opts);
}
