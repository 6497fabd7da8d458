// Renders the request the sample plan sends to the officer's own department as docs/request-workbook.png:
// the CLI's request workbook, printed by LibreOffice (soffice -> PDF -> pdftoppm, first page).
// Run: npx ts-node --transpile-only scripts/render-request.ts
import { execFileSync } from 'child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { main } from '../src/cli/main';

const ROOT = path.join(__dirname, '..');
const PERSON = 'Начальник відділу з питань запобігання та протидії корупції';

async function render(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'render-request-'));
  try {
    const io = { stdout: process.stdout, stderr: process.stderr, today: '2024-01-15' };
    const code = await main(
      ['requests', path.join(ROOT, 'samples', 'plan-2023.xlsx'), '-o', dir, '--as-of', '2024-01-15'],
      io,
    );
    if (code !== 0) throw new Error(`requests failed (${code})`);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        `${PERSON}.xlsx`,
      ],
      {
        cwd: dir,
        stdio: 'ignore',
      },
    );
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', `${PERSON}.pdf`, 'page'], {
      cwd: dir,
    });
    const page = readdirSync(dir).find((f) => /^page.*\.png$/.test(f));
    if (!page) throw new Error('pdftoppm made no page');
    copyFileSync(path.join(dir, page), path.join(ROOT, 'docs', 'request-workbook.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

render().catch((err) => {
  console.error(err);
  process.exit(1);
});
