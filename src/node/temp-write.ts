// Writes a file through a temp file in the same folder renamed over it at the end, so a failed write leaves
// nothing half-written: the .xlsx writer's way, shared with the .docx writer.
import { promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

export async function writeViaTemp(file: string, bytes: () => Promise<Uint8Array>): Promise<void> {
  const target = path.resolve(file);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await fs.writeFile(temp, await bytes());
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}
