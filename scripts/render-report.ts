// Renders the sample's report as a clerk prints it, for the pictures in docs/ and README: the CLI writes
// the .xlsx and the .docx, LibreOffice prints both to PDF, pdftoppm takes the first page of the execution
// table and the first page of the summary of each. Run: npm run render:docs (needs soffice and pdftoppm).
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../src/cli/main';
import { convertToPdf, normalise, pdfPages } from '../test/helpers/render';

const ROOT = path.join(__dirname, '..');
const DOCS = path.join(ROOT, 'docs');

async function run(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'render-report-'));
  try {
    const xlsx = path.join(dir, 'report.xlsx');
    const args = [
      'generate',
      path.join(ROOT, 'samples', 'plan-2023.xlsx'),
      '-o',
      xlsx,
      '--format',
      'xlsx,docx',
    ];
    const code = await main([...args, '--as-of', '2024-01-15'], {
      stdout: process.stdout,
      stderr: process.stderr,
    });
    if (code !== 0) throw new Error(`generate failed (${code})`);
    const docx = path.join(dir, 'report-word.docx');
    await fs.rename(path.join(dir, 'report.docx'), docx);
    await convertToPdf([xlsx, docx], dir, 180_000);
    for (const [pdf, prefix] of [
      ['report.pdf', 'report'],
      ['report-word.pdf', 'report-word'],
    ] as const) {
      const file = path.join(dir, pdf);
      const pages = pdfPages(file);
      const summary = pages.findIndex((p) => normalise(p).includes('ЗВЕДЕННЯПРОВИКОНАННЯПЛАНУ')) + 1;
      console.log(`${pdf}: execution table ${summary - 1} pages, summary ${pages.length - summary + 1}`);
      for (const [page, name] of [
        [1, `${prefix}-page-1`],
        [summary, `${prefix}-summary`],
      ] as const) {
        const out = spawnSync('pdftoppm', [
          '-png',
          '-r',
          '70',
          '-f',
          String(page),
          '-l',
          String(page),
          '-singlefile',
          file,
          path.join(DOCS, name),
        ]);
        if (out.status !== 0) throw new Error(`pdftoppm: ${out.stderr}`);
        console.log(`wrote docs/${name}.png`);
      }
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

run().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
