// The .xlsx and .docx writers' way to a file: writeFileWhole (temp file, fsync, no silent replacing).
import { writeFileWhole } from './write-file';

export async function writeViaTemp(
  file: string,
  bytes: () => Promise<Uint8Array>,
  opts: { overwrite: boolean },
): Promise<void> {
  await writeFileWhole(file, bytes, opts);
}
