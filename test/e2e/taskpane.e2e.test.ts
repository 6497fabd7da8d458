// The built task pane in Debian's Chromium, with the Office stand-in in place of office.js: what a person
// sees and what the workbook holds afterwards.
import path from 'path';
import { mkdirSync, readFileSync } from 'fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { serveFolder, type StaticServer } from './support/static-server';
import { buildStandIn } from './support/stand-in-bundle';
import { sampleSeed } from './support/sample-seed';
import type { StandInConfig } from './stand-in/office-stand-in';

const ROOT = path.join(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-results', 'e2e');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';
const SETTINGS_KEY = 'anticorruptionPlan.settings';

let browser: Browser;
let server: StaticServer;
let standIn: string;
let baseConfig: StandInConfig;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [standIn, server, browser] = await Promise.all([
    buildStandIn(),
    serveFolder(path.join(ROOT, 'dist')),
    launchChromium(),
  ]);
  baseConfig = {
    sheets: await sampleSeed(path.join(ROOT, 'samples', 'plan-2023.xlsx')),
    settings: { [SETTINGS_KEY]: JSON.stringify({ asOf: '2024-01-15' }) },
  };
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  requests: string[];
  consoleErrors: string[];
}

/** Open the pane; `office` decides what the office.js request gets: the stand-in, nothing, or a network error. */
async function openPane(
  config: Partial<StandInConfig> = {},
  office: 'stand-in' | 'empty' | 'offline' = 'stand-in',
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    if (url.startsWith(OFFICE_CDN) && office === 'stand-in')
      return route.fulfill({ contentType: 'text/javascript', body: standIn });
    if (url.startsWith(OFFICE_CDN) && office === 'empty')
      return route.fulfill({ contentType: 'text/javascript', body: '' });
    return route.abort();
  });
  await page.addInitScript(
    (cfg) => {
      (window as unknown as { __E2E__: unknown }).__E2E__ = cfg;
    },
    { ...baseConfig, ...config },
  );
  await page.goto(`${server.url}/taskpane.html`);
  return { page, requests, consoleErrors };
}

const findingButton = (page: Page, cell: string) => page.locator(`button[data-cell="${cell}"]`);

describe('task pane in Chromium', () => {
  it('opens in Ukrainian, names the sheet and period, and lists the two errors for measures 18 and 19', async () => {
    const { page, requests } = await openPane();
    await page.getByText(/Аркуш «Лист1», період: 2023/).waitFor();
    const errors = page.locator('button[data-cell]', { hasText: 'термін минув' });
    await errors.first().waitFor();
    expect(await errors.evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')))).toEqual([
      'E27',
      'E28',
    ]);
    await expect(page.getByRole('heading', { name: /Помилка \(2\)/ }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'pane-findings.png'), fullPage: true });
    // Nothing but the page itself and office.js was requested: no fonts, analytics or scripts from elsewhere.
    const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith(OFFICE_CDN));
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('selects the cell of a finding when it is clicked', async () => {
    const { page } = await openPane();
    await findingButton(page, 'E28').first().click();
    await page.waitForFunction(() => window.__fake.wb.selection !== null);
    const selection = await page.evaluate(() => window.__fake.wb.selection);
    const planSheetId = await page.evaluate(() => window.__fake.sheet('Лист1').id);
    expect(selection).toEqual({ sheetId: planSheetId, address: 'Лист1!E28' });
    await page.context().close();
  });

  it('generates the execution table and summary; a second click replaces them with no extra sheets', async () => {
    const { page } = await openPane();
    await findingButton(page, 'E27').first().waitFor();
    const before = await page.evaluate(() => window.__fake.snapshot('Лист1'));
    await page.getByRole('button', { name: 'Сформувати звіт' }).click();
    await page
      .getByText(/Виконання плану 2023/)
      .first()
      .waitFor();
    let names = await page.evaluate(() => window.__fake.sheetNames());
    expect(names).toEqual(['Лист1', 'Виконання плану 2023', 'Зведення 2023']);
    const table = await page.evaluate(() => window.__fake.values('Виконання плану 2023'));
    const flat = table.flat().map(String);
    expect(flat).toContain('ВИКОНАННЯ ПЛАНУ');
    expect(flat).toContain('Заплановані заходи');
    expect(table.filter((r) => /^\d+$/.test(String(r[0])))).toHaveLength(28);
    await page.screenshot({ path: path.join(SHOTS, 'pane-generated.png'), fullPage: true });

    const syncsBefore = await page.evaluate(() => window.__fake.syncs);
    await page.getByRole('button', { name: 'Сформувати звіт' }).click();
    await page.waitForFunction(
      (n) => window.__fake.syncs > n && !document.querySelector('[role="progressbar"]'),
      syncsBefore,
    );
    names = await page.evaluate(() => window.__fake.sheetNames());
    expect(names).toEqual(['Лист1', 'Виконання плану 2023', 'Зведення 2023']);
    expect(await page.evaluate(() => window.__fake.snapshot('Лист1'))).toBe(before);
    await page.context().close();
  });

  it('re-checks after an edit of a responsible cell without a click; filling it removes the warning', async () => {
    const { page } = await openPane();
    await findingButton(page, 'E27').first().waitFor();
    await page.evaluate(() => window.__fake.userEdit('Лист1', 'D7', ''));
    await findingButton(page, 'D7').filter({ hasText: 'не зазначено відповідальних' }).waitFor();
    await page.evaluate(() =>
      window.__fake.userEdit('Лист1', 'D7', 'Начальник відділу з питань запобігання та протидії корупції'),
    );
    await findingButton(page, 'D7')
      .filter({ hasText: 'не зазначено відповідальних' })
      .waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('speaks English when Office’s display language is en-US', async () => {
    const { page } = await openPane({ displayLanguage: 'en-US' });
    await page.getByRole('button', { name: 'Generate report' }).waitFor();
    await page
      .getByText(/the deadline passed on 31\.12\.2023 and nothing is reported/)
      .first()
      .waitFor();
    expect(await page.getByText('Сформувати звіт').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'pane-english.png'), fullPage: true });
    await page.context().close();
  });

  it('opened with no Office at all, shows its explanation and no console error', async () => {
    const { page, consoleErrors } = await openPane({}, 'empty');
    await page.getByText(/Excel/).first().waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toMatch(/надбудова|Excel add-in/i);
    expect(consoleErrors).toEqual([]);
    await page.context().close();

    const offline = await openPane({}, 'offline');
    await offline.page
      .getByText(/Excel add-in/i)
      .first()
      .waitFor();
    expect(offline.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await offline.page.context().close();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const { page } = await openPane();
    await findingButton(page, 'E27').first().waitFor();
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
            ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const res = await axe.run(document);
      return res.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.context().close();
  });
});
