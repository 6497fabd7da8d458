// One marking policy for both hosts (core/report/sheet-marks.ts): a snapshot the Excel host wrote is ours to
// the CLI — by its defined name, and, for sheets written before the host added names, by its custom
// properties as the file keeps them — and a snapshot the CLI wrote is ours to the Excel host. Either host
// then replaces the other's sheet of the same date (no `(2)`) and reads it back for the changes.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { SheetSpec } from '../../src/core/report/sheet-spec';
import { openPackage, readWorkbookInfo } from '../../src/node/xlsx-package';
import { readWorkbook } from '../../src/node/xlsx-read';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { writeXlsx } from '../../src/xlsx-lite';
import { runCli } from '../cli/run-cli';
import { SAMPLE } from '../cli/workbooks';
import { gridToSeed, sampleSeed } from '../e2e/support/sample-seed';
import { FakeExcel } from './fake-excel';
import { serviceFor } from './plan-fixture';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'marks-parity-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
const at = (name: string) => path.join(dir, name);

/**
 * What the fake workbook would be saved as: its sheets' values, its workbook-scoped names, and (unless
 * `names` is false) nothing else of ours; with `properties`, each sheet's custom properties as Excel keeps
 * them in the package (`<customPr name r:id>` and a customProperty part holding the value in UTF-16LE).
 */
function saved(fake: FakeExcel, opts: { names: boolean; properties: boolean }): Uint8Array {
  const names = fake.definedNames();
  const sheets = fake.wb.sheets.map((s) => {
    const spec: SheetSpec = {
      name: s.name,
      role: 'summary',
      values: fake
        .values(s.name)
        .map((r) => r.map((v) => (v === '' ? null : typeof v === 'boolean' ? String(v) : v))),
      styles: {},
      bands: [],
      merges: [],
      columnWidths: [],
      print: { paper: 'A4', orientation: 'portrait', fitToWidth: false },
    };
    const mark = opts.names
      ? names.find((n) => n.value.includes(`${s.name}'!`) || n.value.startsWith(`${s.name}!`))
      : undefined;
    return { spec, markName: mark?.name ?? null };
  });
  const files = unzipSync(writeXlsx(sheets));
  if (!opts.properties) return zipSync(files);
  let types = new TextDecoder().decode(files['[Content_Types].xml']);
  let n = 0;
  fake.wb.sheets.forEach((s, i) => {
    if (s.customProperties.size === 0) return;
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const rels: string[] = [];
    const prs: string[] = [];
    for (const [key, value] of s.customProperties) {
      n++;
      const bytes = new Uint8Array(value.length * 2);
      for (let k = 0; k < value.length; k++) {
        bytes[2 * k] = value.charCodeAt(k) & 0xff;
        bytes[2 * k + 1] = value.charCodeAt(k) >> 8;
      }
      files[`xl/customProperty${n}.bin`] = bytes;
      rels.push(
        `<Relationship Id="rIdCp${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty" Target="../customProperty${n}.bin"/>`,
      );
      prs.push(`<customPr name="${key}" r:id="rIdCp${n}"/>`);
    }
    const xml = new TextDecoder()
      .decode(files[part])
      .replace('</worksheet>', `<customProperties>${prs.join('')}</customProperties></worksheet>`);
    files[part] = strToU8(xml);
    files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    );
  });
  types = types.replace(
    '</Types>',
    '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty"/></Types>',
  );
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files);
}

async function excelSnapshotOfJune(): Promise<FakeExcel> {
  const fake = new FakeExcel(await sampleSeed(SAMPLE));
  fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2023-06-30' }));
  await serviceFor(fake).takeSnapshot();
  expect(fake.sheetNames()).toEqual(['Лист1', 'Стан на 30.06.2023']);
  return fake;
}

describe('the CLI reads the Excel host’s marks', () => {
  it.each([
    ['by the defined name', { names: true, properties: false }],
    ['by the custom properties alone (a sheet written before the names)', { names: false, properties: true }],
    ['by both', { names: true, properties: true }],
  ])('%s', async (_how, opts) => {
    const fake = await excelSnapshotOfJune();
    const file = at(`excel-${opts.names}-${opts.properties}.xlsx`);
    await fs.writeFile(file, saved(fake, opts));
    expect([...readWorkbookInfo(openPackage(await fs.readFile(file))).marks]).toEqual([
      ['Стан на 30.06.2023', 'snapshot'],
    ]);
    // The same date again: the Excel host's sheet is replaced, not doubled.
    const same = at(`same-${opts.names}-${opts.properties}.xlsx`);
    const run = await runCli(['snapshot', file, '--as-of', '2023-06-30', '-o', same]);
    expect(run.code).toBe(0);
    expect((await readWorkbook(same)).sheets.map((s) => s.name)).toEqual(['Лист1', 'Стан на 30.06.2023']);
    // A later date: the changes since the Excel host's snapshot.
    const later = at(`later-${opts.names}-${opts.properties}.xlsx`);
    const second = await runCli(['snapshot', file, '--as-of', '2023-12-31', '-o', later]);
    expect(second.stdout).toContain('30.06.2023');
    expect((await readWorkbook(later)).sheets.map((s) => s.name)).toEqual([
      'Лист1',
      'Стан на 30.06.2023',
      'Стан на 31.12.2023',
      'Зміни на 31.12.2023',
    ]);
  });

  it('a user’s copy of an Excel snapshot (its properties naming another sheet) is not ours to the CLI', async () => {
    const fake = await excelSnapshotOfJune();
    fake.userCopySheet('Стан на 30.06.2023');
    const file = at('copy.xlsx');
    await fs.writeFile(file, saved(fake, { names: true, properties: true }));
    expect([...readWorkbookInfo(openPackage(await fs.readFile(file))).marks]).toEqual([
      ['Стан на 30.06.2023', 'snapshot'],
    ]);
  });
});

describe('the Excel host reads the CLI’s marks', () => {
  it('replaces the CLI’s snapshot of the same date, and compares a later one with it', async () => {
    const cli = at('cli-june.xlsx');
    expect((await runCli(['snapshot', SAMPLE, '--as-of', '2023-06-30', '-o', cli])).code).toBe(0);
    const wb = await readWorkbook(cli);
    const fake = new FakeExcel(wb.sheets.map((s) => gridToSeed(s.grid)));
    // The workbook's defined names, as Excel opens them.
    for (const n of readWorkbookInfo(openPackage(await fs.readFile(cli))).definedNames) {
      const sheet = /^'?(.*?)'?!/.exec(n.value)?.[1];
      const model = fake.wb.sheets.find((s) => s.name === sheet);
      if (!model || n.localSheetId !== undefined) continue;
      fake.wb.names.push({
        name: n.name,
        sheet: model,
        box: { top: 0, left: 0, bottom: 0, right: 0 },
        comment: '',
        visible: true,
        scope: null,
      });
    }
    fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2023-06-30' }));
    const service = serviceFor(fake);
    expect(await service.takeSnapshot()).toMatchObject({ sheets: ['Стан на 30.06.2023'], replaced: true });
    expect(fake.sheetNames()).toEqual(['Лист1', 'Стан на 30.06.2023']);
    fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ asOf: '2023-12-31' }));
    const later = await service.takeSnapshot();
    expect(later.sheets).toEqual(['Стан на 31.12.2023', 'Зміни на 31.12.2023']);
    expect(later.changes).toMatchObject({ since: '2023-06-30', sinceSheet: 'Стан на 30.06.2023' });
  });
});
