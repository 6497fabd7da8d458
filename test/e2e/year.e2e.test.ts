// The officer's year in the built pane, in Chromium over the Office stand-in: the state recorded as of
// 30.06 and again as of 31.12 (a sheet per date, ours, the plan sheet only read; the same date replaced, not
// doubled; the changes since 30.06 listed), then next year's plan opened as a new workbook whose bytes read
// back as the plan for 2024.
import path from 'path';
import { mkdirSync, promises as fs } from 'fs';
import * as os from 'os';
import type { Browser, Page } from 'playwright-core';
import { analyse } from '../../src/core/analyse';
import { readWorkbook } from '../../src/node/xlsx-read';
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
let config: StandInConfig;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [standIn, server, browser] = await Promise.all([
    buildStandIn(),
    serveFolder(path.join(ROOT, 'dist')),
    launchChromium(),
  ]);
  config = {
    sheets: await sampleSeed(path.join(ROOT, 'samples', 'plan-2023.xlsx')),
    // As of the year's end, for the first half-year: the state recorded is the 30.06 one.
    settings: { [SETTINGS_KEY]: JSON.stringify({ asOf: '2023-12-31', period: '2023-H1' }) },
  };
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 1400 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) return route.fulfill({ contentType: 'text/javascript', body: standIn });
    return route.abort();
  });
  await page.addInitScript((cfg) => {
    (window as unknown as { __E2E__: unknown }).__E2E__ = cfg;
  }, config);
  await page.goto(`${server.url}/taskpane.html`);
  return { page, errors };
}

const ourNames = (page: Page) =>
  page.evaluate(() =>
    window.__fake
      .definedNames()
      .filter((n) => n.name.startsWith('anticorruption_plan_addin.'))
      .map((n) => `${n.name} -> ${n.value}`),
  );

describe('the officer’s year in Chromium', () => {
  it('records the state at 30.06 and 31.12, lists the changes, and opens next year’s plan as a new workbook', async () => {
    const { page, errors } = await openPane();
    const snapshot = page.getByRole('button', { name: 'Зафіксувати стан на 30.06.2023' });
    await snapshot.waitFor();
    const plan = await page.evaluate(() => window.__fake.snapshot('Лист1'));

    await snapshot.click();
    await page.getByText('Створено аркуш «Стан на 30.06.2023».').waitFor();
    // The same date again: ours replaced, not doubled.
    await snapshot.click();
    await page
      .getByText('Аркуш «Стан на 30.06.2023» оновлено (замість попереднього на ту саму дату).')
      .waitFor();
    expect(await page.evaluate(() => window.__fake.sheetNames())).toEqual(['Лист1', 'Стан на 30.06.2023']);
    expect(await ourNames(page)).toEqual([
      "anticorruption_plan_addin.snapshot_20230630 -> 'Стан на 30.06.2023'!$A$1",
    ]);

    // Half a year on: measure 18 reported, and the period is the whole year (the year section's own control).
    await page.evaluate(() =>
      window.__fake.userEdit('Лист1', 'E27', 'Перевірено подання декларацій 30.11.2023'),
    );
    await page.getByLabel('Звітний період').selectOption('2023');
    const december = page.getByRole('button', { name: 'Зафіксувати стан на 31.12.2023' });
    await december.waitFor();
    await page.getByRole('button', { name: 'Що змінилося з останнього знімка' }).click();
    await page.getByText('Зміни з 30.06.2023 по 31.12.2023').waitFor();
    await december.click();
    await page.getByText('Створено аркуш «Стан на 31.12.2023».').waitFor();
    const changes = page.locator('ul[aria-label="Зміни з 30.06.2023 по 31.12.2023"] li');
    expect(await changes.allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^№ 18 — Надійшов звіт\nСтало: Перевірено подання декларацій 30\.11\.2023$/),
      ]),
    );
    expect(await page.evaluate(() => window.__fake.sheetNames())).toEqual([
      'Лист1',
      'Стан на 30.06.2023',
      'Стан на 31.12.2023',
      'Зміни на 31.12.2023',
    ]);
    // The plan sheet holds only the user's own edit.
    const now = await page.evaluate(() => window.__fake.snapshot('Лист1'));
    expect(now).not.toBe(plan);
    expect(now.replace('Перевірено подання декларацій 30.11.2023', '')).not.toContain('Стан на');
    await page.screenshot({ path: path.join(SHOTS, 'pane-year-changes.png'), fullPage: true });

    await page.getByRole('button', { name: 'План на наступний рік' }).click();
    await page.getByText(/Відкрито нову книгу: план на 2024/).waitFor();
    await page.getByText(/Не виконано — перенесено/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'pane-year-next.png'), fullPage: true });
    const created = await page.evaluate(() => window.__fake.createdWorkbooks.map((b) => Array.from(b)));
    expect(created).toHaveLength(1);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-next-year-'));
    try {
      const file = path.join(dir, 'plan-2024.xlsx');
      await fs.writeFile(file, Uint8Array.from(created[0]));
      const wb = await readWorkbook(file);
      const next = analyse(wb.sheets[0].grid, { asOf: '2024-03-01' });
      expect(next.ok && next.plan.period).toEqual(
        expect.objectContaining({ from: '2024-01-01', to: '2024-12-31' }),
      );
      expect(next.ok && next.plan.measures).toHaveLength(28);
      expect(wb.sheets.map((s) => s.name)).toEqual(['Лист1', 'Перелік до плану 2024']);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
    // This workbook gained no sheet from it.
    expect(await page.evaluate(() => window.__fake.sheetNames())).toHaveLength(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
