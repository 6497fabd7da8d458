import fc from 'fast-check';
import {
  MAX_NAME_BYTES,
  requestFileNames,
  safeFileStem,
  utf8Length,
} from '../../../src/core/requests/file-names';

// eslint-disable-next-line no-control-regex
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** What every file name must satisfy on Windows, macOS and Linux. */
function expectPortable(name: string): void {
  expect(name).toMatch(/\.xlsx$/);
  expect(name).not.toMatch(WINDOWS_FORBIDDEN);
  expect(name).not.toMatch(/[. ]$/);
  expect(name).not.toMatch(/^[. ]/);
  expect(RESERVED.test(name)).toBe(false);
  expect(utf8Length(name)).toBeLessThanOrEqual(MAX_NAME_BYTES + 2);
  expect(name.normalize('NFC')).toBe(name);
}

describe('request file names', () => {
  it('keeps Cyrillic, apostrophes and commas as written', () => {
    expect(
      requestFileNames(['Відділ цифрового розвитку, програмно-технічного забезпечення і захисту інформації']),
    ).toEqual(['Відділ цифрового розвитку, програмно-технічного забезпечення і захисту інформації.xlsx']);
    expect(safeFileStem("Відділ з питань зв’язків з громадськістю та об'єднаннями")).toBe(
      "Відділ з питань зв’язків з громадськістю та об'єднаннями",
    );
  });

  it('replaces characters Windows forbids and drops control characters', () => {
    expect(safeFileStem('КП "Благоустрій"')).toBe("КП 'Благоустрій'");
    expect(safeFileStem('Відділ ЖКГ/благоустрою\\транспорту')).toBe('Відділ ЖКГ-благоустрою-транспорту');
    expect(safeFileStem('Сектор: <контроль>?*|')).toBe('Сектор- _контроль___-');
    expect(safeFileStem('Начальник\nзагального\tвідділу\u0007')).toBe('Начальник загального відділу');
  });

  it('trims the dots and spaces Windows drops, and leading dots that hide a file', () => {
    expect(safeFileStem('Відділ кадрів. . ')).toBe('Відділ кадрів');
    expect(safeFileStem('...Відділ')).toBe('Відділ');
    expect(safeFileStem('. . .')).toBe('Без назви');
    expect(safeFileStem('')).toBe('Без назви');
    expect(safeFileStem('\u200b\u00ad')).toBe('Без назви');
  });

  it('never gives a Windows device name, with or without an extension', () => {
    for (const name of ['CON', 'con', 'Nul', 'COM1', 'lpt9', 'COM¹', 'AUX.old', 'prn '])
      expect(RESERVED.test(`${safeFileStem(name)}`)).toBe(false);
    expect(safeFileStem('CON')).toBe('CON_');
    expect(safeFileStem('CONSOLE')).toBe('CONSOLE');
  });

  it('cuts a long name by bytes (Cyrillic is two), between characters, at a word, marked with …', () => {
    const long =
      'Управління житлово-комунального господарства, благоустрою, транспорту та охорони навколишнього природного середовища міської ради';
    expect(utf8Length(`${long}.xlsx`)).toBeGreaterThan(MAX_NAME_BYTES);
    const [name] = requestFileNames([long]);
    expect(utf8Length(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toMatch(/^Управління житлово-комунального господарства, .*\S…\.xlsx$/);
    expect(long.startsWith(name.replace('….xlsx', ''))).toBe(true);
    // Emoji and other 4-byte characters are never split.
    const [emoji] = requestFileNames(['😀'.repeat(100)]);
    expect(emoji).toMatch(/^(😀)+…\.xlsx$/u);
  });

  it('gives names that collide after normalising, case folding or Unicode forms their own numbers', () => {
    const decomposed = 'Відділ кадрів'.normalize('NFD'); // й, ї written as letter + combining mark
    expect(
      requestFileNames(['Відділ кадрів', 'ВІДДІЛ КАДРІВ', decomposed, 'Відділ/кадрів', 'Відділ-кадрів']),
    ).toEqual([
      'Відділ кадрів.xlsx',
      'ВІДДІЛ КАДРІВ (2).xlsx',
      'Відділ кадрів (3).xlsx',
      'Відділ-кадрів.xlsx',
      'Відділ-кадрів (2).xlsx',
    ]);
    expect(requestFileNames(['Відділ кадрів'], ['ВІДДІЛ КАДРІВ.XLSX'])).toEqual(['Відділ кадрів (2).xlsx']);
  });

  it('is portable and distinct for any names (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { maxLength: 8 }), (names) => {
        const out = requestFileNames(names);
        out.forEach(expectPortable);
        const folded = out.map((n) => n.normalize('NFC').toLocaleLowerCase('uk'));
        expect(new Set(folded).size).toBe(out.length);
      }),
    );
  });
});
