// Writing a workbook file safely: through a temporary file in the same folder, renamed at the end, so a
// failed or interrupted write leaves nothing half-written under the name asked for.
import { promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';
import type { GeneratedRole, SheetSpec } from '../core/report/sheet-spec';
import { deflateEntries } from './xlsx-container';
import { generatedMarkName, specsToWorkbook } from './xlsx-write';

export async function writeBytesAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const target = path.resolve(file);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}

/**
 * A new workbook of the specs. Sheets of the roles in `userRoles` are written without our mark: they are
 * the user's from the start (next year's plan is theirs to keep, never a sheet we would replace).
 */
export async function writeNewWorkbook(
  specs: SheetSpec[],
  file: string,
  userRoles: readonly GeneratedRole[] = [],
): Promise<void> {
  const wb = specsToWorkbook(specs);
  for (const spec of specs) {
    if (!userRoles.includes(spec.role)) continue;
    wb.definedNames.remove(`'${spec.name.replace(/'/g, "''")}'!$A$1`, generatedMarkName(spec.role));
  }
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  await writeBytesAtomic(file, deflateEntries(new Uint8Array(stored as ArrayBuffer)));
}
