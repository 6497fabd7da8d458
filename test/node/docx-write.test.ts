import { unzipSync } from 'fflate';
import { analyse } from '../../src/core/analyse';
import { buildExecutionReport } from '../../src/core/report/execution-table';
import { buildSummaryReport } from '../../src/core/report/summary-sheet';
import type { ReportDocument } from '../../src/core/report/report-model';
import { docxBuffer, wordSafe } from '../../src/node/docx-write';
import { sampleGrid } from '../helpers/sample';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const unescape = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
  );

/** The text of each cell of each row of a table, as Word shows it: paragraphs joined by line breaks. */
function tableCells(table: string): string[][] {
  return [...table.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) =>
      [...tc[1].matchAll(/<w:p\b[\s\S]*?<\/w:p>|<w:p\/>/g)]
        .map((p) =>
          [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
            .map((m) => (m[0] === '<w:tab/>' ? '\t' : unescape(m[1])))
            .join(''),
        )
        .join('\n'),
    ),
  );
}

describe('the Word copy', () => {
  let doc: string;
  let parts: Record<string, Uint8Array>;
  let table: ReportDocument;
  let tables: string[];

  beforeAll(async () => {
    const a = analyse(await sampleGrid(), { asOf: '2024-01-15' });
    if (!a.ok) throw new Error('no plan');
    table = buildExecutionReport(a.plan);
    const summary = buildSummaryReport(a.plan, a.summary);
    parts = unzipSync(new Uint8Array(await docxBuffer([table, summary])));
    doc = decode(parts['word/document.xml']);
    tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  });

  it('is A4 landscape for the table, then the summary as a second section', () => {
    const sizes = [...doc.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(sizes[1]).toMatch(/w:w="11906" w:h="16838"/);
    expect(doc.indexOf('ЗВЕДЕННЯ ПРО ВИКОНАННЯ ПЛАНУ')).toBeGreaterThan(doc.indexOf('<w:sectPr'));
  });

  it('is set in Times New Roman 12 and never hyphenates', () => {
    const styles = decode(parts['word/styles.xml']);
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="24"\/>/);
    expect(decode(parts['word/settings.xml'])).not.toContain('autoHyphenation');
  });

  it('has the title lines, a header row repeated on every page and bordered cells', () => {
    const first = tables[0];
    expect(doc.indexOf('ВИКОНАННЯ ПЛАНУ')).toBeLessThan(doc.indexOf(first));
    const header = /<w:tr\b[\s\S]*?<\/w:tr>/.exec(first)![0];
    expect(header).toContain('<w:tblHeader/>');
    expect(tableCells(first)[0]).toEqual([
      '№ з/п',
      'Заплановані заходи',
      'Термін виконання',
      'Відповідальні особи',
      'Проведений захід',
    ]);
    expect([...first.matchAll(/<w:gridCol /g)]).toHaveLength(5);
    expect(/<w:insideH w:val="single"/.test(first)).toBe(true);
  });

  it('writes section rows across the table and every measure text as written, line breaks kept', () => {
    const rows = tableCells(tables[0]).slice(1);
    const t = table.blocks.find((b) => b.kind === 'table')!;
    if (t.kind !== 'table') throw new Error('no table');
    expect(rows).toHaveLength(t.rows.length);
    t.rows.forEach((row, i) => {
      if (row.kind === 'band') expect(rows[i]).toEqual([row.text]);
      else expect(rows[i]).toEqual(row.cells.map((c) => (c.value === null ? '' : String(c.value))));
    });
    expect((tables[0].match(/<w:gridSpan w:val="5"\/>/g) ?? []).length).toBe(5);
  });

  it('numbers its pages "Сторінка N з M"', () => {
    const footer = decode(parts['word/footer1.xml']);
    expect(footer).toContain('Сторінка ');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toContain(' з ');
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });

  it('writes the few characters XML cannot carry as their visible stand-ins, nothing else changed', () => {
    expect(wordSafe('a\u0007b\u000bc\u001fd\u007fe')).toBe('a\u2407b\u240bc\u241fd\u2421e');
    expect(wordSafe('\ud800x')).toBe('\ufffdx');
    expect(wordSafe('😀 «Про» \t тест')).toBe('😀 «Про» \t тест');
  });
});
