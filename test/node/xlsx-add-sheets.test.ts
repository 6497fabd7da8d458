import { promises as fs } from 'fs';
import { analyse } from '../../src/core/analyse';
import { readSnapshotSheet } from '../../src/core/year/read-snapshot';
import { takeSnapshot } from '../../src/core/year/snapshot';
import { buildSnapshotSheet } from '../../src/core/year/snapshot-sheet';
import { addSheetsToWorkbook, markNameFor } from '../../src/node/xlsx-add-sheets';
import { openPackage, PackageError, readWorkbookInfo } from '../../src/node/xlsx-package';
import { readWorkbook } from '../../src/node/xlsx-read';
import { SAMPLE_PATH } from '../helpers/sample';
import { malformedParts, parts, prefixed, text, withUserParts } from './package-fixtures';

let sample: Buffer;
beforeAll(async () => {
  sample = await fs.readFile(SAMPLE_PATH);
});

async function snapshotSpec(asOf: string) {
  const wb = await readWorkbook(SAMPLE_PATH);
  const a = analyse(wb.sheets[0].grid, { asOf });
  if (!a.ok) throw new Error('no plan');
  const s = takeSnapshot(a.plan, a.findings, a.summary, { asOf, taken: asOf });
  return { snapshot: s, spec: buildSnapshotSheet(s) };
}

const add = async (bytes: Uint8Array, asOf: string, replaces: string | null = null) => {
  const { spec, snapshot } = await snapshotSpec(asOf);
  const out = await addSheetsToWorkbook(bytes, [
    { spec, replaces, markName: markNameFor('snapshot', asOf.replace(/-/g, '')) },
  ]);
  return { out, spec, snapshot };
};

describe('adding a sheet of ours to a user’s workbook', () => {
  it('keeps every other part byte for byte, the plan sheet included', async () => {
    const input = withUserParts(sample);
    const { out } = await add(input, '2024-01-15');
    const before = parts(input);
    const after = parts(out);
    const changed = Object.keys(before).filter(
      (n) => !Buffer.from(before[n]).equals(Buffer.from(after[n] ?? [])),
    );
    expect(changed.sort()).toEqual([
      '[Content_Types].xml',
      'docProps/app.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
    ]);
    expect(Object.keys(after).filter((n) => !(n in before))).toEqual(['xl/worksheets/sheet2.xml']);
    expect(text(after, 'xl/workbook.xml')).toContain(
      '<definedName name="Виконавці">\'Лист1\'!$D$7:$D$38</definedName>',
    );
    expect(malformedParts(out) ?? []).toEqual([]);
  });

  it('lists the new sheet among the document’s titles of parts, counts kept consistent', async () => {
    const { out } = await add(sample, '2024-01-15');
    const app = text(parts(out), 'docProps/app.xml');
    expect(app).toContain('<vt:variant><vt:i4>2</vt:i4></vt:variant>');
    expect(app).toContain(
      '<vt:vector size="2" baseType="lpstr"><vt:lpstr>Лист1</vt:lpstr><vt:lpstr>Стан на 15.01.2024</vt:lpstr></vt:vector>',
    );
    const again = text(parts((await add(out, '2024-01-15', 'Стан на 15.01.2024')).out), 'docProps/app.xml');
    expect(again).toBe(app);
  });

  it('reads back: the plan sheet as it was, the snapshot sheet as written, marked as ours', async () => {
    const { out, snapshot, spec } = await add(sample, '2024-01-15');
    const wb = await readWorkbook(out);
    const original = await readWorkbook(sample);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Лист1', 'Стан на 15.01.2024']);
    expect(wb.sheets[0].grid).toEqual(original.sheets[0].grid);
    const back = readSnapshotSheet(wb.sheets[1].grid);
    expect(back.ok && back.snapshot).toEqual(snapshot);
    const info = readWorkbookInfo(openPackage(out));
    expect([...info.marks]).toEqual([['Стан на 15.01.2024', 'snapshot']]);
    expect(info.definedNames).toContainEqual({
      name: '_xlnm.Print_Titles',
      localSheetId: 1,
      value: `'${spec.name}'!$8:$8`,
    });
  });

  it('keeps the user’s cell formats where they were and adds ours after them', async () => {
    const { out } = await add(sample, '2024-01-15');
    const xfs = (bytes: Uint8Array) =>
      /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text(parts(bytes), 'xl/styles.xml'))![1];
    expect(xfs(out).startsWith(xfs(sample))).toBe(true);
    const sheet = text(parts(out), 'xl/worksheets/sheet2.xml');
    expect(sheet).not.toMatch(/t="s"/);
    expect(sheet).toContain('<c r="A1" s="');
    const title = /<c r="A1" s="(\d+)"/.exec(sheet)![1];
    const xf = [...xfs(out).matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)][Number(title)][0];
    const font = Number(/fontId="(\d+)"/.exec(xf)![1]);
    const fonts = [...text(parts(out), 'xl/styles.xml').matchAll(/<font>[\s\S]*?<\/font>/g)].map((m) => m[0]);
    expect(fonts[font]).toContain('Times New Roman');
    expect(fonts[font]).toContain('<sz val="14"/>');
  });

  it('replaces our sheet for the same date in place: same position, id and part, no duplicate', async () => {
    const first = (await add(withUserParts(sample), '2024-01-15')).out;
    const again = (await add(first, '2024-01-15', 'Стан на 15.01.2024')).out;
    const a = readWorkbookInfo(openPackage(first));
    const b = readWorkbookInfo(openPackage(again));
    expect(b.sheets).toEqual(a.sheets);
    expect(b.definedNames).toEqual(a.definedNames);
    expect(Object.keys(parts(again)).sort()).toEqual(Object.keys(parts(first)).sort());
    // The calculation chain keeps the plan sheet's entries, each with its sheet written out.
    expect(text(parts(again), 'xl/calcChain.xml')).toContain('<c r="F7" i="1"/><c r="F8" i="1"/>');
  });

  it('drops the replaced sheet’s entries from the calculation chain, and an emptied chain altogether', async () => {
    const first = (await add(withUserParts(sample), '2024-01-15')).out;
    const p = parts(first);
    p['xl/calcChain.xml'] = new TextEncoder().encode(
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="2"/><c r="B1"/></calcChain>',
    );
    const { zipSync } = await import('fflate');
    const again = parts((await add(zipSync(p), '2024-01-15', 'Стан на 15.01.2024')).out);
    expect(again['xl/calcChain.xml']).toBeUndefined();
    expect(text(again, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(text(again, '[Content_Types].xml')).not.toContain('calcChain');
  });

  it('never replaces a sheet that is not ours', async () => {
    await expect(add(sample, '2024-01-15', 'Лист1')).rejects.toThrow(PackageError);
  });

  it('works on a package written with a namespace prefix', async () => {
    const { out } = await add(prefixed(sample), '2024-01-15');
    const book = text(parts(out), 'xl/workbook.xml');
    expect(book).toMatch(/<x:sheet name="Стан на 15.01.2024" sheetId="2" r:id="rId\d+"\/><\/x:sheets>/);
    expect(book).toContain('<x:definedName name="anticorruption_plan_addin.snapshot_20240115">');
    const styles = text(parts(out), 'xl/styles.xml');
    // Every element keeps a prefix: ours got the user's `x:`.
    expect(styles).not.toMatch(/<\/?(?!\w+:)[a-zA-Z]+[\s>/]/);
    expect(malformedParts(out) ?? []).toEqual([]);
    const info = readWorkbookInfo(openPackage(out));
    expect(info.sheets.map((s) => s.name)).toEqual(['Лист1', 'Стан на 15.01.2024']);
    expect([...info.marks.values()]).toEqual(['snapshot']);
  });

  it('tells a macro workbook', async () => {
    const p = parts(sample);
    p['[Content_Types].xml'] = new TextEncoder().encode(
      text(p, '[Content_Types].xml').replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      ),
    );
    const { zipSync } = await import('fflate');
    expect(readWorkbookInfo(openPackage(zipSync(p))).macroEnabled).toBe(true);
    expect(readWorkbookInfo(openPackage(sample)).macroEnabled).toBe(false);
  });
});
