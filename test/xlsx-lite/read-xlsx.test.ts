// The pane's reader of .xlsx files: the answers of the CLI's round trip read as the CLI reads them (the same
// merge, change for change), the shapes SpreadsheetML allows, and crafted files refused in bounded memory.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { analyse } from '../../src/core/analyse';
import { mergeAnswers, readAnswerFile, type AnswerFileRead } from '../../src/core/requests';
import { readWorkbook } from '../../src/node/xlsx-read';
import { READ_LIMITS, readXlsx, XlsxReadError } from '../../src/xlsx-lite/read-xlsx';
import { roundTripScenario } from '../cli/round-trip-scenario';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'read-xlsx-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of one sheet whose parts are given as XML text. */
function book(sheet: string, extra: Record<string, string> = {}, workbookPr = ''): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(
      `<workbook ${NS} xmlns:r="${REL}">${workbookPr}<sheets><sheet name="Аркуш &amp; 1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="/xl/strings.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}

function refused(bytes: Uint8Array, limits = READ_LIMITS): XlsxReadError {
  try {
    readXlsx(bytes, limits);
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error('read');
}

describe('reading .xlsx in the browser', () => {
  it('reads the departments’ answers as the CLI reads them: the same merge, change for change', async () => {
    const s = await roundTripScenario(dir);
    const viaNode = async (file: string): Promise<AnswerFileRead> => {
      try {
        return readAnswerFile(path.basename(file), (await readWorkbook(await fs.readFile(file))).sheets);
      } catch {
        return { ok: false, file: path.basename(file), problem: { code: 'unreadable', details: '' } };
      }
    };
    const viaPane = async (file: string): Promise<AnswerFileRead> => {
      try {
        return readAnswerFile(path.basename(file), readXlsx(await fs.readFile(file)));
      } catch (e) {
        if (!(e instanceof XlsxReadError)) throw e;
        return { ok: false, file: path.basename(file), problem: { code: 'unreadable', details: '' } };
      }
    };
    const planRead = analyse((await readWorkbook(s.plan)).sheets[0].grid, { asOf: '2024-01-15' });
    if (!planRead.ok) throw new Error('plan');
    const node = mergeAnswers(planRead.plan, await Promise.all(s.answers.map(viaNode)));
    const pane = mergeAnswers(planRead.plan, await Promise.all(s.answers.map(viaPane)));
    expect(node.changes.length).toBeGreaterThan(1);
    expect(node.report.conflicts.length).toBeGreaterThan(0);
    expect(pane.changes).toEqual(node.changes);
    expect(pane.report.conflicts).toEqual(node.report.conflicts);
    expect(pane.report.files.map((f) => [f.file, f.status, f.reason])).toEqual(
      node.report.files.map((f) => [f.file, f.status, f.reason]),
    );
    expect(pane.report.respondents).toEqual(node.report.respondents);
  });

  it('takes rich text, inline strings, escapes, cells without addresses, booleans, errors and dates', () => {
    const sheet =
      `<worksheet ${NS}><sheetData>` +
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c t="inlineStr"><is><t xml:space="preserve"> вбудований </t></is></c><c t="b"><v>1</v></c></row>` +
      `<row r="3" hidden="1"><c r="C3" t="e"><v>#N/A</v></c><c r="D3" s="1"><v>45292</v></c><c r="E3"><v>12.5</v></c></row>` +
      `<row r="4"><c r="A4" t="str"><f>A1</f><v>з формули</v></c><c r="B4" t="s"><v>1</v></c></row>` +
      `</sheetData><mergeCells count="1"><mergeCell ref="A4:B4"/></mergeCells></worksheet>`;
    const strings = `<sst ${NS}><si><r><t>Жирний </t></r><r><rPr><b/></rPr><t>і_x000D_ні &amp; _x005F_x0041_</t></r><rPh><t>phon</t></rPh></si><si><t>під злиттям</t></si></sst>`;
    const styles =
      `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>` +
      `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const [s] = readXlsx(book(sheet, { 'xl/strings.xml': strings, 'xl/styles.xml': styles }));
    expect(s.name).toBe('Аркуш & 1');
    expect(s.grid.rows).toEqual([
      ['Жирний і\rні & _x0041_', ' вбудований ', true],
      [],
      [null, null, { error: '#N/A' }, { date: '2024-01-01' }, 12.5],
      ['з формули'],
    ]);
    expect(s.grid.hiddenRows).toEqual([2]);
    expect(s.grid.merges).toEqual([{ top: 3, left: 0, bottom: 3, right: 1 }]);
    const mac = readXlsx(
      book(sheet, { 'xl/strings.xml': strings, 'xl/styles.xml': styles }, '<workbookPr date1904="1"/>'),
    );
    expect(mac[0].grid.rows[2][3]).toEqual({ date: '2028-01-02' });
  });

  it('says why a file is not a workbook', () => {
    // In the CLI's words (one home: src/xlsx-lite/container.ts).
    expect(refused(new Uint8Array()).messageUk).toBe('Файл порожній (0 байтів)');
    const ole = refused(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect([ole.code, ole.messageUk]).toEqual([
      'old-xls',
      'Старий формат .xls або зашифрована книга. Відкрийте файл і збережіть його як книгу Excel (.xlsx)',
    ]);
    expect(refused(strToU8('№;Захід\n1;Моніторинг\n')).messageUk).toBe(
      'Файл не є книгою Excel .xlsx — це текстовий файл (CSV чи простий текст). Відкрийте файл і збережіть його як книгу Excel (.xlsx)',
    );
    const whole = book(`<worksheet ${NS}><sheetData/></worksheet>`);
    expect(refused(whole.subarray(0, whole.length >> 1)).messageUk).toBe(
      'Файл пошкоджено або обрізано (неповний архів)',
    );
    expect(refused(zipSync({ 'a.txt': strToU8('x') })).messageUk).toBe(
      'Архів не є книгою Excel (немає xl/workbook.xml)',
    );
    expect(refused(zipSync({ 'xl/workbook.bin': strToU8('x') })).code).toBe('not-xlsx');
    const missing = book(
      `<worksheet ${NS}><sheetData><row r="1"><c t="s"><v>7</v></c></row></sheetData></worksheet>`,
    );
    expect(refused(missing).messageUk).toMatch(/shared string 7/);
  });

  it('refuses crafted files before inflating them: a bomb, a lying size, too many entries or cells', () => {
    // 40 MB of one byte, deflated to some 40 KB.
    const bomb = book(`<worksheet ${NS}><sheetData>${' '.repeat(40 * 1024 * 1024)}</sheetData></worksheet>`);
    expect(bomb.length).toBeLessThan(200_000);
    expect(refused(bomb).code).toBe('too-large');
    expect(refused(bomb, { ...READ_LIMITS, ratio: 10_000, partBytes: 1024 * 1024 }).code).toBe('too-large');
    const many = zipSync(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, strToU8('x')])));
    expect(refused(many, { ...READ_LIMITS, entries: 20 }).code).toBe('too-large');
    // One cell far to the right: the row it makes counts, not the cells written.
    const wide = book(
      `<worksheet ${NS}><sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData></worksheet>`,
    );
    expect(refused(wide, { ...READ_LIMITS, cells: 10_000 }).code).toBe('too-large');
    expect(readXlsx(wide)[0].grid.rows[0]).toHaveLength(16384);
    // A central directory that understates an entry: inflated only into the size it declared.
    const honest = book(
      `<worksheet ${NS}><sheetData><row r="1"><c><v>1</v></c></row></sheetData></worksheet>`,
    );
    const lying = Uint8Array.from(honest);
    const view = new DataView(lying.buffer);
    for (let at = lying.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(lying.subarray(at + 46, at + 46 + nameLength));
      if (name === 'xl/worksheets/sheet1.xml') view.setUint32(at + 24, 10, true);
    }
    expect(() => readXlsx(lying)).toThrow(XlsxReadError);
  });
});
