import { editSheetXml, sheetFacts, type CellEdit } from '../../src/node/sheet-xml';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (data: string, extra = '') =>
  `<?xml version="1.0"?><worksheet ${NS}><dimension ref="A1:E3"/><sheetData>${data}</sheetData>${extra}</worksheet>`;
const text = (row: number, column: number, t: string): CellEdit => ({
  row,
  column,
  value: { kind: 'text', text: t },
});

describe('editing a sheet part', () => {
  it('replaces a cell in place, keeping its style and every other byte', () => {
    const xml = sheet(
      '<row r="1" spans="1:5"><c r="A1" s="2" t="s"><v>0</v></c><c r="E1" s="5"/></row><row r="2"><c r="E2" s="5" t="s"><v>3</v></c></row>',
    );
    const { xml: out, refused } = editSheetXml(xml, [text(1, 4, 'Нове'), text(2, 4, ' з пробілом')]);
    expect(refused).toEqual([]);
    expect(out).toBe(
      sheet(
        '<row r="1" spans="1:5"><c r="A1" s="2" t="s"><v>0</v></c><c r="E1" s="5" t="inlineStr"><is><t>Нове</t></is></c></row><row r="2"><c r="E2" s="5" t="inlineStr"><is><t xml:space="preserve"> з пробілом</t></is></c></row>',
      ),
    );
  });

  it('creates missing cells in column order, with the row’s or the column’s style, and missing rows in row order', () => {
    const cols = '<cols><col min="5" max="5" width="50" style="7" customWidth="1"/></cols>';
    const xml = `<worksheet ${NS}>${cols}<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="F1"><v>2</v></c></row><row r="3" s="4" customFormat="1"><c r="A3"><v>3</v></c></row></sheetData></worksheet>`;
    const { xml: out } = editSheetXml(xml, [
      text(1, 4, 'e1'),
      text(2, 4, 'e2'),
      text(3, 4, 'e3'),
      text(5, 0, 'a5'),
    ]);
    expect(out).toBe(
      `<worksheet ${NS}>${cols}<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="E1" s="7" t="inlineStr"><is><t>e1</t></is></c><c r="F1"><v>2</v></c></row>` +
        `<row r="2"><c r="E2" s="7" t="inlineStr"><is><t>e2</t></is></c></row>` +
        `<row r="3" s="4" customFormat="1"><c r="A3"><v>3</v></c><c r="E3" s="4" t="inlineStr"><is><t>e3</t></is></c></row>` +
        `<row r="5"><c r="A5" t="inlineStr"><is><t>a5</t></is></c></row></sheetData></worksheet>`,
    );
  });

  it('reads rows and cells without r by their order, and keeps a namespace prefix', () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c></x:row><x:row><x:c><x:v>2</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const { xml: out } = editSheetXml(xml, [text(2, 1, 'B2')]);
    expect(out).toBe(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c></x:row><x:row><x:c><x:v>2</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>B2</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    );
  });

  it('fills self-closing rows and an empty sheetData', () => {
    expect(editSheetXml(sheet('<row r="1" spans="1:1"/>'), [text(1, 2, 'c')]).xml).toBe(
      sheet('<row r="1" spans="1:3"><c r="C1" t="inlineStr"><is><t>c</t></is></c></row>'),
    );
    const empty = `<worksheet ${NS}><sheetData/></worksheet>`;
    expect(editSheetXml(empty, [text(2, 0, 'a')]).xml).toBe(
      `<worksheet ${NS}><sheetData><row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c></row></sheetData></worksheet>`,
    );
  });

  it('never writes over a formula, writes numbers and clears values', () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" vm="1" t="s"><v>2</v></c></row>',
    );
    const { xml: out, refused } = editSheetXml(xml, [
      text(1, 0, 'x'),
      { row: 1, column: 1, value: { kind: 'clear' } },
      { row: 1, column: 2, value: { kind: 'number', value: 45123 } },
    ]);
    expect(refused).toEqual([text(1, 0, 'x')]);
    expect(out).toBe(
      sheet('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"/><c r="C1"><v>45123</v></c></row>'),
    );
  });

  it('writes every character back as given: escapes, line breaks, carriage returns', () => {
    const { xml: out } = editSheetXml(sheet('<row r="1"/>'), [text(1, 0, 'a & b\r\n_x000D_ <c>')]);
    expect(out).toContain('<t xml:space="preserve">a &amp; b_x000D_\n_x005F_x000D_ &lt;c&gt;</t>');
  });

  it('grows the dimension to written cells outside it', () => {
    const { xml: out } = editSheetXml(sheet('<row r="1"><c r="A1"><v>1</v></c></row>'), [text(9, 6, 'g')]);
    expect(out).toContain('<dimension ref="A1:G9"/>');
  });

  it('knows the sheet’s formulas, merges and the styles of the cells asked for', () => {
    const xml = sheet(
      '<row r="1"><c r="A1" s="3"><f>1</f><v>1</v></c><c r="B1" s="9"/></row>',
      '<mergeCells count="2"><mergeCell ref="A5:E5"/><mergeCell ref="E7:E9"/></mergeCells>',
    );
    const facts = sheetFacts(xml, new Set(['B1']));
    expect([...facts.formulas]).toEqual(['A1']);
    expect(facts.merges).toEqual([
      { top: 4, left: 0, bottom: 4, right: 4 },
      { top: 6, left: 4, bottom: 8, right: 4 },
    ]);
    expect([...facts.styles]).toEqual([['B1', 9]]);
  });
});

describe('a damaged sheet part', () => {
  it('is refused, not guessed at, when its rows are out of order', () => {
    const xml = sheet('<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>');
    expect(() => editSheetXml(xml, [text(2, 1, 'x')])).toThrow(/out of order/);
    expect(() => sheetFacts(sheet('<row r="x"/>'))).toThrow(/invalid/);
  });

  it('is edited in time linear in its size', () => {
    const rows = Array.from(
      { length: 50_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="E${i + 1}" s="5"/></row>`,
    );
    const xml = sheet(rows.join(''));
    const edits = Array.from({ length: 5_000 }, (_, i) => text(i * 10 + 1, 4, `відповідь ${i}`));
    const t = Date.now();
    const { xml: out } = editSheetXml(xml, edits);
    sheetFacts(out);
    expect(Date.now() - t).toBeLessThan(5_000); // a guard against quadratic scans, not a benchmark
    expect(out).toContain('<c r="E49991" s="5" t="inlineStr"><is><t>відповідь 4999</t></is></c>');
  });
});
