// Every kind of character a clerk's text can hold goes through plan → generate → read back unchanged: control
// characters, CR LF and a lone CR, Word's line break (U+000B), DEL, U+FFFE/FFFF, lone surrogates, astral
// and combining characters, right-to-left scripts, and literal `_x000D_` / `_x005F_` text. The plan is
// written here by hand (its escapes spelled out, not made by the code under test), and every XML part
// of the report must be well-formed for xmllint.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { readWorkbook } from '../../src/node/xlsx-read';
import { runCli } from './run-cli';
import { NS, workbookParts, zipOf } from '../node/hostile-workbooks';

const TEXTS: Record<string, string> = {
  controls: 'Текст\u0001з\u0002керівними\u001Fсимволами\u0000',
  crlf: 'Абзац 1\r\nАбзац 2',
  loneCr: 'Рядок 1\rРядок 2',
  lf: 'Рядок 1\nРядок 2\n\nРядок 4',
  wordBreak: 'Абзац 1\u000bАбзац 2',
  del: 'до\u007fпісля',
  nonCharacters: 'p\ufffeq\uffffr',
  loneSurrogates: 'a\ud800b\udc00c',
  astral: '𝔘𝔨𝔯 😀 𠀀',
  combining: 'йи\u0306 е\u0301',
  rtl: 'שלום مرحبا \u202eобернено\u202c',
  literalCr: 'текст _x000D_ буквально',
  literalEscape: '_x005F_ і _x005f_ і _x0041_',
  blanks: '  з пробілами  \tі табуляцією ',
};

/** ST_Xstring as the spec spells it, written out here independently of src/xlsx-lite/xml-text.ts. */
function spelled(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const rest = text.slice(i);
    const high = code >= 0xd800 && code <= 0xdbff;
    const low = code >= 0xdc00 && code <= 0xdfff;
    const paired = high && /^[\ud800-\udbff][\udc00-\udfff]/.test(rest);
    const pairedLow =
      low && i > 0 && /[\ud800-\udbff]/.test(text[i - 1]) && !/[\udc00-\udfff]/.test(text[i - 1]);
    if (/^_x[0-9A-Fa-f]{4}_/.test(rest)) out += '_x005F_';
    else if (
      (code < 0x20 && code !== 9 && code !== 10) ||
      code === 0x7f ||
      code === 0xfffe ||
      code === 0xffff ||
      ((high || low) && !paired && !pairedLow)
    )
      out += `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
    else out += text[i].replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;');
    if (out.endsWith('_x005F_')) out += '_';
    if (out.endsWith('_x005F__')) out = out.slice(0, -1);
  }
  return out;
}

/** Excel's way: texts in the shared strings table. */
const shared: string[] = [];

function cell(ref: string, text: string | number, inline: boolean): string {
  if (typeof text === 'number') return `<c r="${ref}"><v>${text}</v></c>`;
  if (!inline) return `<c r="${ref}" t="s"><v>${shared.push(text) - 1}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${spelled(text)}</t></is></c>`;
}

function sharedStringsXml(): string {
  const items = shared.map((t) => `<si><t xml:space="preserve">${spelled(t)}</t></si>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${shared.length}" uniqueCount="${shared.length}">${items}</sst>`;
}

function planFile(inline: boolean): Buffer {
  shared.length = 0;
  const parts = workbookParts(planXml(inline));
  if (inline) return zipOf(parts);
  parts['xl/sharedStrings.xml'] = sharedStringsXml();
  parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace(
    '</Relationships>',
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  );
  return zipOf(parts);
}

function planXml(inline: boolean): string {
  const rows: (string | number)[][] = [
    ['ПЛАН заходів щодо запобігання корупції на 2023 рік'],
    [],
    ['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід'],
    ['І. Організаційні заходи'],
    ...Object.values(TEXTS).map((t, i) => [
      i + 1,
      `Захід ${i + 1}: ${t}`,
      'Постійно',
      'Начальник відділу',
      t,
    ]),
  ];
  const body = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((v, c) => cell(`${'ABCDE'[c]}${i + 1}`, v, inline)).join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${body}</sheetData></worksheet>`;
}

/** Every XML part of the package passes `xmllint --noout`. */
async function expectWellFormed(file: string): Promise<void> {
  const parts = unzipSync(await fs.readFile(file));
  const xmlDir = await fs.mkdtemp(path.join(dir, 'parts-'));
  for (const [name, data] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const part = path.join(xmlDir, name.replace(/[/[\]]/g, '_'));
    await fs.writeFile(part, data);
    expect(() => execFileSync('xmllint', ['--noout', part], { stdio: 'pipe' })).not.toThrow();
  }
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'plan-report-exact-text-'));
  await fs.writeFile(path.join(dir, 'план.xlsx'), planFile(true));
  await fs.writeFile(path.join(dir, 'план-excel.xlsx'), planFile(false));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each([
  ['inline strings', 'план.xlsx'],
  ['shared strings, as Excel writes them', 'план-excel.xlsx'],
])('exact text through plan → generate → read back: %s', (_kind, plan) => {
  it('the plan is read as written', async () => {
    const wb = await readWorkbook(path.join(dir, plan));
    const column = wb.sheets[0].grid.rows.slice(4).map((r) => r[4]);
    expect(column).toEqual(Object.values(TEXTS));
  });

  it.each([
    ['generate', [], true],
    ['snapshot', [], true],
    ['next-year', [], false],
  ] as const)(
    '%s: every text comes back character for character, in well-formed XML',
    async (command, extra, withExecution) => {
      const out = `${command}-${plan}`;
      const run = await runCli(
        [command, plan, '-o', out, '--as-of', '2024-01-15', ...extra].filter(
          (a) => command !== 'next-year' || (a !== '--as-of' && a !== '2024-01-15'),
        ),
        { cwd: dir },
      );
      expect(run.stderr).toBe('');
      const written = await readWorkbook(path.join(dir, out));
      const cells = new Set(
        written.sheets
          // The snapshot's workbook keeps the plan sheet as it was: only our sheet is looked at.
          .filter((s) => command !== 'snapshot' || s.name.startsWith('Стан на'))
          .flatMap((s) => s.grid.rows.flat())
          .filter((v) => typeof v === 'string'),
      );
      for (const [name, text] of Object.entries(TEXTS)) {
        if (withExecution) expect([name, cells.has(text)]).toEqual([name, true]);
        const measure = `Захід ${Object.keys(TEXTS).indexOf(name) + 1}: ${text}`;
        expect([name, cells.has(measure)]).toEqual([name, true]);
      }
      await expectWellFormed(path.join(dir, out));
    },
    30_000,
  );

  it('requests: the measure texts go out to the departments as written, in well-formed XML', async () => {
    const out = `запити-${plan}`;
    const run = await runCli(['requests', plan, '-o', out, '--as-of', '2024-01-15'], { cwd: dir });
    expect(run.stderr).toBe('');
    const files = await fs.readdir(path.join(dir, out));
    expect(files.length).toBeGreaterThan(0);
    const cells = new Set<unknown>();
    for (const f of files) {
      const wb = await readWorkbook(path.join(dir, out, f));
      for (const v of wb.sheets.flatMap((s) => s.grid.rows.flat())) cells.add(v);
      await expectWellFormed(path.join(dir, out, f));
    }
    for (const [name, text] of Object.entries(TEXTS)) {
      const measure = `Захід ${Object.keys(TEXTS).indexOf(name) + 1}: ${text}`;
      expect([name, cells.has(measure)]).toEqual([name, true]);
    }
  }, 30_000);
});
