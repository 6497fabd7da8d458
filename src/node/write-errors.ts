// Why a file could not be written, in words (Ukrainian first, English second) with the system's code after
// them for whoever must look further: the one mapping every command uses for its "could not write" line.
import type { Lang } from '../core/i18n/lang';
import { CellTextTooLongError } from './cell-limit';

const REASONS: Record<string, { uk: string; en: string }> = {
  EACCES: {
    uk: 'немає дозволу на запис у цю теку чи файл',
    en: 'no permission to write to this folder or file',
  },
  EPERM: { uk: 'система не дозволяє цей запис', en: 'the system does not allow this write' },
  EROFS: { uk: 'диск чи тека лише для читання', en: 'the disk or folder is read-only' },
  ENOSPC: { uk: 'на диску не лишилося місця', en: 'no space left on the disk' },
  EDQUOT: { uk: 'вичерпано дискову квоту', en: 'the disk quota is used up' },
  EISDIR: { uk: 'за цим шляхом тека, а не файл', en: 'this path is a folder, not a file' },
  ENOTDIR: { uk: 'частина шляху — файл, а не тека', en: 'part of the path is a file, not a folder' },
  ENOENT: { uk: 'теки для цього файлу не існує', en: 'the folder for this file does not exist' },
  ENAMETOOLONG: { uk: 'назва файлу чи шлях задовгі', en: 'the file name or path is too long' },
  EEXIST: { uk: 'файл з такою назвою вже існує', en: 'a file of this name already exists' },
  EBUSY: { uk: 'файл зайнятий іншою програмою', en: 'the file is in use by another program' },
  EMFILE: { uk: 'забагато відкритих файлів', en: 'too many open files' },
  EIO: { uk: 'помилка введення-виведення диска', en: 'a disk input/output error' },
  EFBIG: { uk: 'файл завеликий для цього диска', en: 'the file is too large for this disk' },
  ETXTBSY: { uk: 'файл зайнятий', en: 'the file is busy' },
  ELOOP: { uk: 'шлях містить замкнене коло посилань', en: 'the path holds a loop of links' },
};

/** The reason of a failed write as words: `на диску не лишилося місця (ENOSPC)`. */
export function writeErrorReason(err: unknown, lang: Lang): string {
  if (err instanceof CellTextTooLongError) return err.say(lang);
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const known = code ? REASONS[code] : undefined;
  if (known) return `${known[lang]} (${code})`;
  if (code) return code;
  const text = err instanceof Error ? err.message : String(err);
  return text.split(/\r?\n/)[0];
}
