// The printed report, as a clerk prints it: `plan-report generate --format xlsx,docx` on the sample, on the
// sample with extra columns, on a plan with 3,000- and 10,000-character texts, and in English; LibreOffice
// renders every file to PDF (one run for the set) and pdftotext reads the pages back. Every character of
// every plan text must be on paper; no page may end with a section; the sample's table must be short.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyse } from '../../src/core/analyse';
import { measureCell } from '../../src/core/report/row-pieces';
import { textBoxWidth } from '../../src/core/report/page-geometry';
import type { Plan, Summary } from '../../src/core/types';
import { readWorkbook } from '../../src/node/xlsx-read';
import { finishPackage } from '../../src/node/xlsx-write';
import { convertToPdf, findInOrder, hasTool, normalise, pdfPages, pdfWords } from '../helpers/render';
import { runCli } from './run-cli';
import { SAMPLE } from './workbooks';

const TIMEOUT = 300_000;
const TOOLS = ['soffice', 'pdftotext'];
const missing = TOOLS.filter((t) => !hasTool(t));
if (missing.length) {
  // CI and the dev machines have them (.ci/run installs them); say so rather than skip quietly.
  throw new Error(
    `The render tests need ${missing.join(', ')}: apt-get install libreoffice-calc libreoffice-writer poppler-utils fonts-liberation2`,
  );
}

interface Case {
  name: string;
  plan: string;
  args: string[];
  lang: 'uk' | 'en';
}

interface Rendered {
  plan: Plan;
  summary: Summary;
  xlsx: string[];
  docx: string[];
}

const paragraph = (n: number, words: number): string =>
  `${n}) Перевірено дотримання вимог Закону України «Про запобігання корупції» (№ 1700-VII) у підрозділі ${n}: ` +
  'проаналізовано декларації, повідомлення про конфлікт інтересів та звернення громадян; '.repeat(words);

/** A plan whose texts a row cannot hold: 3,000 and 10,000 characters, a long measure, a word of 2,500. */
async function writeLongPlan(file: string): Promise<Record<string, string>> {
  const three = Array.from({ length: 8 }, (_, i) => paragraph(i + 1, 3))
    .join('\n\n')
    .slice(0, 3000);
  const tenParts = Array.from({ length: 30 }, (_, i) => paragraph(i + 1, 3));
  tenParts.splice(12, 0, `Посилання: https://example.gov.ua/${'документ'.repeat(312)}`);
  const ten = tenParts.join('\n').slice(0, 10_000);
  const measure = `Здійснення контролю за виконанням ${'заходів, визначених антикорупційною програмою, '.repeat(40)}`;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('План');
  ws.addRow(['ПЛАН заходів щодо запобігання корупції на 2023 рік']);
  ws.addRow(['№ з/п', 'Заплановані заходи', 'Термін виконання', 'Відповідальні особи', 'Проведений захід']);
  ws.addRow(['І. Контроль']);
  ws.addRow([1, 'Перевірки комунальних підприємств', 'Протягом року', 'Начальник відділу', three]);
  ws.addRow([2, measure, 'Постійно', 'Начальник відділу\nГоловний спеціаліст', ten]);
  ws.addRow(['ІІ. Інше']);
  ws.addRow([3, 'Навчання', 'Грудень 2023 року', 'Головний спеціаліст', 'Проведено 2 семінари']);
  for (const c of ['A3:E3', 'A6:E6']) ws.mergeCells(c);
  await wb.xlsx.writeFile(file);
  return { three, ten, measure };
}

const LATIN: Record<string, string> = Object.fromEntries(
  [...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'].map((c, i) => [c, 'abvggdeezzyiijklmnoprstufhccss_uy'[i]]),
);

/**
 * The sample with every Cyrillic letter of the plan's own texts (titles, sections, measures) spelt in Latin
 * letters; only the header row, which the reader needs and the report never copies, stays Ukrainian.
 */
async function writeLatinSample(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.worksheets[0];
  const latin = (t: string) =>
    t.replace(/[\u0400-\u04ff]/g, (c) => {
      const l = LATIN[c.toLowerCase()] ?? 'x';
      return c === c.toLowerCase() ? l : l.toUpperCase();
    });
  ws.eachRow((row) => {
    if (row.values && (row.values as unknown[]).includes('Заплановані заходи')) return;
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') cell.value = latin(cell.value);
    });
  });
  await wb.xlsx.writeFile(file);
}

/** Each text of the sample at each width, one a page, to set the width table against LibreOffice's wrapping. */
async function writeWrapCheck(file: string, texts: string[], widths: number[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ширини');
  let r = 1;
  for (const w of widths) {
    for (const t of texts) {
      const cell = ws.getCell(r, 1 + widths.indexOf(w));
      cell.value = t;
      cell.font = { name: 'Times New Roman', size: 12 };
      cell.alignment = { wrapText: true, vertical: 'top' };
      ws.getRow(r).height = 409;
      ws.getRow(r).addPageBreak(1, 16384);
      r++;
    }
  }
  widths.forEach((w, i) => {
    // Each in its own column, so a page shows one text: widths as the xlsx writer writes them.
    ws.getColumn(i + 1).width = (w * 5.25) / 6;
  });
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', scale: 100, fitToPage: false } as never;
  // With the report's standard font, as the xlsx writer finishes its packages.
  const stored = await wb.xlsx.writeBuffer();
  await fs.writeFile(file, finishPackage(new Uint8Array(stored as ArrayBuffer), []));
}

const plainText = (v: string) => normalise(v);

describe('the printed report (LibreOffice)', () => {
  let dir: string;
  let long: Record<string, string>;
  const rendered = new Map<string, Rendered>();
  const cases: Case[] = [
    { name: 'sample', plan: SAMPLE, args: [], lang: 'uk' },
    { name: 'extra', plan: SAMPLE, args: ['--extra', 'status,actualDate'], lang: 'uk' },
    { name: 'long', plan: '', args: [], lang: 'uk' },
    { name: 'english', plan: SAMPLE, args: ['--lang', 'en'], lang: 'en' },
    { name: 'latin', plan: '', args: ['--lang', 'en'], lang: 'en' },
  ];
  const wrapTexts: string[] = [];
  const wrapWidths = [14, 28, 60];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'render-'));
    const longPlan = path.join(dir, 'long-plan.xlsx');
    long = await writeLongPlan(longPlan);
    const latinPlan = path.join(dir, 'latin-plan.xlsx');
    await writeLatinSample(latinPlan);
    const files: string[] = [];
    for (const c of cases) {
      const plan = c.plan || (c.name === 'long' ? longPlan : latinPlan);
      const out = path.join(dir, `${c.name}.xlsx`);
      const run = await runCli([
        'generate',
        plan,
        '-o',
        out,
        '--format',
        'xlsx,docx',
        '--as-of',
        '2024-01-15',
        ...c.args,
      ]);
      if (run.code !== 0) throw new Error(`generate ${c.name}: ${run.stderr}`);
      // Both files share a name; LibreOffice writes one PDF per name.
      await fs.rename(path.join(dir, `${c.name}.docx`), path.join(dir, `${c.name}-word.docx`));
      files.push(out, path.join(dir, `${c.name}-word.docx`));
      const a = analyse((await readWorkbook(plan)).sheets[0].grid, { asOf: '2024-01-15' });
      if (!a.ok) throw new Error('no plan');
      rendered.set(c.name, { plan: a.plan, summary: a.summary, xlsx: [], docx: [] });
    }
    const sample = rendered.get('sample')!.plan;
    for (const m of sample.measures)
      for (const t of [m.measure, m.execution]) if (t && t.length < 1500) wrapTexts.push(t);
    const wrap = path.join(dir, 'wrap-check.xlsx');
    await writeWrapCheck(wrap, wrapTexts, wrapWidths);
    files.push(wrap);

    await convertToPdf(files, dir, TIMEOUT - 30_000);
    for (const c of cases) {
      const r = rendered.get(c.name)!;
      r.xlsx = pdfPages(path.join(dir, `${c.name}.pdf`));
      r.docx = pdfPages(path.join(dir, `${c.name}-word.pdf`));
    }
  }, TIMEOUT);

  afterAll(async () => {
    if (dir && !process.env.KEEP_RENDER) await fs.rm(dir, { recursive: true, force: true });
    if (process.env.KEEP_RENDER) console.log(`rendered files kept in ${dir}`);
  });

  /** The pages of the execution table: those before the summary's title. */
  const tablePages = (pages: string[], lang: 'uk' | 'en'): string[] => {
    const title = lang === 'uk' ? 'ЗВЕДЕННЯПРОВИКОНАННЯПЛАНУ' : 'PLANEXECUTIONSUMMARY';
    const at = pages.findIndex((p) => normalise(p).includes(title));
    expect(at).toBeGreaterThan(0);
    return pages.slice(0, at);
  };
  const footer = /^\s*(Сторінка \d+ з \d+|Page \d+ of \d+)\s*$/m;

  for (const c of cases) {
    for (const kind of ['xlsx', 'docx'] as const) {
      it(`${c.name} (.${kind}): prints every character of every measure, deadline, responsible and execution text`, () => {
        const r = rendered.get(c.name)!;
        const text = normalise(tablePages(r[kind], c.lang).join('\n'));
        for (const m of r.plan.measures) {
          for (const t of [m.measure, m.deadline.text, m.responsibleText, m.execution]) {
            const want = plainText(t);
            if (!want) continue;
            const found = findInOrder(text, want);
            expect({
              measure: m.number,
              missingFrom: found.ok ? null : want.slice(found.failedAt!, found.failedAt! + 60),
            }).toEqual({
              measure: m.number,
              missingFrom: null,
            });
          }
        }
      });

      it(`${c.name} (.${kind}): never ends a page with a section row; page numbers on every page`, () => {
        const r = rendered.get(c.name)!;
        const pages = tablePages(r[kind], c.lang);
        pages.forEach((page) => expect(page).toMatch(footer));
        for (const s of r.plan.sections) {
          const section = normalise(s.text);
          const first = r.plan.measures.find((m) => m.section === r.plan.sections.indexOf(s));
          const at = pages.findIndex((p) => normalise(p).includes(section));
          expect(at).toBeGreaterThanOrEqual(0);
          const body = normalise(pages[at].replace(footer, ''));
          expect(body.endsWith(section)).toBe(false);
          // Its first measure starts on the same page.
          if (first) expect(body).toContain(normalise(first.measure).slice(0, 20));
        }
      });
    }
  }

  it("prints the sample's execution table on fewer than 8 pages", () => {
    const r = rendered.get('sample')!;
    const xlsx = tablePages(r.xlsx, 'uk').length;
    const docx = tablePages(r.docx, 'uk').length;
    // Printed so the README and the report can quote them.
    console.log(`sample execution table: ${xlsx} pages (.xlsx), ${docx} pages (.docx)`);
    expect(xlsx).toBeLessThan(8);
  });

  it('continues the 3,000- and 10,000-character texts over rows and pages of the .xlsx, in order', () => {
    const r = rendered.get('long')!;
    const text = normalise(tablePages(r.xlsx, 'uk').join('\n'));
    for (const t of [long.three, long.ten, long.measure])
      expect(findInOrder(text, normalise(t)).ok).toBe(true);
    expect(tablePages(r.xlsx, 'uk').length).toBeGreaterThan(2);
  });

  it("in English prints no Cyrillic at all when the plan's own texts have none (.xlsx and .docx)", () => {
    // Every word the product writes is English; the only Ukrainian on the English report is the plan's.
    const r = rendered.get('latin')!;
    expect(r.plan.measures).toHaveLength(28);
    for (const kind of ['xlsx', 'docx'] as const) {
      const left = r[kind].join('\n').match(/\S*[\u0400-\u04ff]\S*/g) ?? [];
      expect({ kind, cyrillic: left }).toEqual({ kind, cyrillic: [] });
    }
  });

  it('prints the summary for paper: the same chart as Excel, what overdue means, no cell addresses', () => {
    const r = rendered.get('sample')!;
    const summary = r.xlsx.slice(tablePages(r.xlsx, 'uk').length).join('\n');
    // The chart LibreOffice drew from the DrawingML part: its data labels "count; share".
    for (const [status, n] of Object.entries(r.summary.byStatus)) {
      if (n > 0) expect(summary).toContain(`${n}; ${Math.round((n / r.summary.total) * 100)}%`);
      void status;
    }
    expect(normalise(summary)).toContain(
      normalise('Прострочені — заходи, термін виконання яких минув до 15.01.2024'),
    );
    for (const o of r.summary.overdue)
      expect(normalise(summary)).toContain(normalise(o.measure).slice(0, 30));
    expect(summary).not.toMatch(/![A-Z]{1,3}\d+|Комірка/);
  });

  it('wraps as LibreOffice does: each text takes as many lines as estimated, or one fewer', () => {
    const words = pdfWords(path.join(dir, 'wrap-check.pdf'));
    expect(words.length).toBe(wrapTexts.length * wrapWidths.length);
    const misses: string[] = [];
    wrapWidths.forEach((w, wi) => {
      wrapTexts.forEach((t, ti) => {
        const page = words[wi * wrapTexts.length + ti];
        const ys = [...new Set(page.map((p) => p.y))].sort((a, b) => a - b);
        const pitch = Math.min(
          ...ys
            .slice(1)
            .map((y, i) => y - ys[i])
            .filter((d) => d > 1),
          13.3,
        );
        const rendered = ys.length ? Math.round((ys[ys.length - 1] - ys[0]) / pitch) + 1 : 1;
        const lines = measureCell(t, textBoxWidth(w), { size: 12 }).lines;
        let est = lines.length;
        while (est > 1 && lines[est - 1].start === lines[est - 1].end) est--;
        if (rendered > 28) return; // longer than the 409 pt test row: clipped there by design
        if (est < rendered || est > rendered + 1)
          misses.push(`width ${w}: ${rendered} rendered, ${est} estimated: ${t.slice(0, 40)}`);
      });
    });
    expect(misses).toEqual([]);
  });
});
