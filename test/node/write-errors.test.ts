import { writeErrorReason } from '../../src/node/write-errors';

const fault = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: raw`), { code });

describe('writeErrorReason', () => {
  it.each([
    ['EACCES', 'немає дозволу на запис', 'no permission to write'],
    ['EROFS', 'лише для читання', 'read-only'],
    ['ENOSPC', 'не лишилося місця', 'no space left'],
    ['EISDIR', 'тека, а не файл', 'a folder, not a file'],
    ['ENAMETOOLONG', 'задовгі', 'too long'],
    ['EEXIST', 'вже існує', 'already exists'],
    ['ENOTDIR', 'файл, а не тека', 'a file, not a folder'],
  ])('%s in words, the code after them', (code, uk, en) => {
    expect(writeErrorReason(fault(code), 'uk')).toMatch(new RegExp(`${uk}.*\\(${code}\\)$`));
    expect(writeErrorReason(fault(code), 'en')).toMatch(new RegExp(`${en}.*\\(${code}\\)$`));
  });

  it('an unknown code as it is, a plain error by its first line', () => {
    expect(writeErrorReason(fault('EWHATEVER'), 'uk')).toBe('EWHATEVER');
    expect(writeErrorReason(new Error('one\ntwo'), 'en')).toBe('one');
  });
});
