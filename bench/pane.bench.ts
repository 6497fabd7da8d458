// The task pane's initial JavaScript (raw and gzipped) as built in dist/, and its first render in
// headless Chromium with the Office stand-in (time from navigation to the findings on screen).
import { readFileSync, readdirSync, existsSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

/** Scripts the pane's HTML loads up front (lazy chunks come later, inside Excel only). */
export function paneInitialJs(): { files: string[]; raw: number; gzip: number; lazy: number } {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ''));
  const bytes = files.map((f) => readFileSync(path.join(DIST, f)));
  const initial = new Set(files);
  const lazy = readdirSync(DIST)
    .filter((f) => f.endsWith('.js') && !initial.has(f) && !/^(commands|notice)\./.test(f))
    .reduce((sum, f) => sum + readFileSync(path.join(DIST, f)).length, 0);
  return {
    files,
    raw: bytes.reduce((s, b) => s + b.length, 0),
    gzip: bytes.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
    lazy,
  };
}

export async function paneFirstRenderMs(runs = 5): Promise<number | string> {
  if (!existsSync('/usr/bin/chromium')) return 'skipped: /usr/bin/chromium not installed';
  const { launchChromium } = await import('../test/e2e/support/browser');
  const { serveFolder } = await import('../test/e2e/support/static-server');
  const { buildStandIn } = await import('../test/e2e/support/stand-in-bundle');
  const { sampleSeed } = await import('../test/e2e/support/sample-seed');
  const standIn = await buildStandIn();
  const server = await serveFolder(DIST);
  const browser = await launchChromium();
  const config = {
    sheets: await sampleSeed(path.join(ROOT, 'samples', 'plan-2023.xlsx')),
    settings: { 'anticorruptionPlan.settings': JSON.stringify({ asOf: '2024-01-15' }) },
  };
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(server.url)) return route.continue();
        if (url.startsWith('https://appsforoffice.microsoft.com/'))
          return route.fulfill({ contentType: 'text/javascript', body: standIn });
        return route.abort();
      });
      await page.addInitScript((cfg) => {
        (window as unknown as { __E2E__: unknown }).__E2E__ = cfg;
      }, config);
      const t = Date.now();
      await page.goto(`${server.url}/taskpane.html`);
      await page.locator('button[data-cell="E27"]').first().waitFor();
      times.push(Date.now() - t);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}
