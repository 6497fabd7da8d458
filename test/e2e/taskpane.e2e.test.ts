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
/** The README's pictures of the pane, at Office's default task-pane size. */
const DOCS = path.join(ROOT, 'docs');
const PANE = { width: 320, height: 540 };
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
  /** Content-Security-Policy violations the page reported. */
  violations: string[];
}

/** Open the pane; `office` decides what the office.js request gets: the stand-in, nothing, or a network error. */
async function openPane(
  config: Partial<StandInConfig> = {},
  office: 'stand-in' | 'empty' | 'offline' = 'stand-in',
): Promise<Opened> {
  const context = await browser.newContext({ viewport: PANE });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
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
  return { page, requests, consoleErrors, violations };
}

/** True when the element lies wholly inside the viewport, unscrolled. */
async function inFirstScreen(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  return (
    !!box &&
    scrolled === 0 &&
    box.y >= 0 &&
    box.y + box.height <= PANE.height &&
    box.x + box.width <= PANE.width
  );
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Налаштування|Settings)$/ }).click();
}

const findingButton = (page: Page, cell: string) => page.locator(`button[data-cell="${cell}"]`);

describe('task pane in Chromium', () => {
  it('opens at 320 × 540 with the two errors and «Перейти до заходу 18» on the first screen, notes collapsed', async () => {
    const { page, requests, violations } = await openPane();
    const bar = page.getByText('2 заходи без звіту про виконання: №\u00a018, 19 (термін минув 31.12.2023)');
    await bar.waitFor();
    const go = page.getByRole('button', { name: 'Перейти до заходу 18' });
    expect(await inFirstScreen(page, bar)).toBe(true);
    expect(await inFirstScreen(page, go)).toBe(true);
    await page.getByText(/План: аркуш «Лист1», 2023 рік/).waitFor();
    const errors = page.locator('button[data-cell]', { hasText: 'термін минув' });
    expect(await errors.evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')))).toEqual([
      'E27',
      'E28',
    ]);
    await expect(
      page.getByRole('heading', { name: /^Зауваження: 2 помилки, 22 примітки$/ }).count(),
    ).resolves.toBe(1);
    // The notes are one line, not 22 cards.
    await page.getByText('22 клітинки із зайвими пробілами').waitFor();
    expect(await page.locator('button[data-cell]', { hasText: 'пробіл' }).count()).toBe(0);
    // No page title of its own: Office's pane title says it.
    expect(await page.locator('h1').count()).toBe(0);
    await page.screenshot({ path: path.join(DOCS, 'taskpane-findings.png') });
    await go.click();
    await page.waitForFunction(() => window.__fake.wb.selection !== null);
    expect(await page.evaluate(() => window.__fake.wb.selection?.address)).toBe('Лист1!E27');
    expect(violations).toEqual([]);
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
    // Errors remain: it asks first, naming them.
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText('2 заходи без звіту про виконання: №\u00a018, 19 (термін минув 31.12.2023)')
      .waitFor();
    expect(await page.evaluate(() => window.__fake.sheetNames())).toEqual(['Лист1']);
    // The dialog fades in: the picture once it has.
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('.fui-DialogSurface') as Element).opacity === '1',
    );
    await page.screenshot({ path: path.join(DOCS, 'taskpane-generate-confirm.png') });
    await dialog.getByRole('button', { name: 'Сформувати все одно' }).click();
    await page.getByRole('button', { name: 'Відкрити звіт' }).waitFor();
    await page
      .getByText(/Виконання плану 2023/)
      .first()
      .waitFor();
    // The report is what Excel shows now.
    const active = await page.evaluate(() => window.__fake.wb.activeSheetId);
    expect(active).toBe(await page.evaluate(() => window.__fake.sheet('Виконання плану 2023').id));
    let names = await page.evaluate(() => window.__fake.sheetNames());
    expect(names).toEqual(['Лист1', 'Виконання плану 2023', 'Зведення 2023']);
    const table = await page.evaluate(() => window.__fake.values('Виконання плану 2023'));
    const flat = table.flat().map(String);
    expect(flat).toContain('ВИКОНАННЯ ПЛАНУ');
    expect(flat).toContain('Заплановані заходи');
    expect(table.filter((r) => /^\d+$/.test(String(r[0])))).toHaveLength(28);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(DOCS, 'taskpane-generated.png') });

    const syncsBefore = await page.evaluate(() => window.__fake.syncs);
    await page.getByRole('button', { name: 'Сформувати звіт' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Сформувати все одно' }).click();
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

  it('settings: the date field shows 15.01.2024; input helpers on the sample say why nothing can be added', async () => {
    const { page } = await openPane();
    await findingButton(page, 'E27').first().waitFor();
    await openSettings(page);
    const date = page.getByRole('combobox', { name: 'Дата перевірки' });
    await date.waitFor();
    // This field's own value (the requests section's reply-by date is a date picker too).
    await page.waitForFunction(
      (input) => (input as HTMLInputElement | null)?.value === '15.01.2024',
      await date.elementHandle(),
    );
    const helpers = page.getByRole('button', { name: 'Додати списки для введення' });
    expect(await helpers.isDisabled()).toBe(true);
    await page.getByText(/Список станів не додано: у плані немає стовпця стану виконання/).waitFor();
    await page.getByText(/Список посад не додано: немає переліку посад/).waitFor();
    await page.getByText('Кольори підсвічування').scrollIntoViewIfNeeded();
    await date.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(DOCS, 'taskpane-settings.png') });
    // The calendar: Ukrainian month, Monday first.
    await page
      .getByRole('button', { name: /календар|calendar/i })
      .first()
      .click()
      .catch(() => date.click());
    await page.getByText('січень 2024').first().waitFor();
    await page.context().close();
  });

  it('removes extra spaces only after showing what changes, and only the cells shown', async () => {
    const { page } = await openPane();
    await page.getByText('22 клітинки із зайвими пробілами').waitFor();
    const before = await page.evaluate(() => window.__fake.snapshot('Лист1'));
    await page.getByRole('button', { name: 'Прибрати зайві пробіли…' }).click();
    await page.locator('[data-fix]').first().waitFor();
    expect(await page.locator('[data-fix]').count()).toBe(22);
    expect(await page.evaluate(() => window.__fake.snapshot('Лист1'))).toBe(before);
    await page.getByRole('button', { name: 'Змінити клітинки' }).click();
    await page.getByText('Виправлено 22 клітинки.').waitFor();
    await page.getByText('22 клітинки із зайвими пробілами').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('an empty workbook shows the first-run state; the example plan inserted is read as a plan', async () => {
    const { page } = await openPane({ sheets: [{ name: 'Аркуш1', rows: [] }] });
    await page.getByRole('heading', { name: 'План ще не знайдено' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByText('«Заплановані заходи» — зміст заходу (обовʼязково)').waitFor();
    expect(await page.getByRole('button', { name: 'Сформувати звіт' }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(DOCS, 'taskpane-empty.png') });
    await page.getByRole('button', { name: 'Вставити зразок плану' }).click();
    await page.getByText(/План: аркуш «Зразок плану»/).waitFor();
    expect(await page.evaluate(() => window.__fake.sheetNames())).toEqual(['Аркуш1', 'Зразок плану']);
    expect(await page.getByRole('button', { name: 'Сформувати звіт' }).isDisabled()).toBe(false);
    await page.screenshot({ path: path.join(DOCS, 'taskpane-sample.png') });
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
    await page.getByRole('button', { name: 'Go to measure 18' }).waitFor();
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
    // Everything shown: the settings open, the notes' list too.
    await openSettings(page);
    await page.getByRole('button', { name: 'Показати' }).first().click();
    // Evaluated, not a script tag: the page's CSP rightly refuses inline scripts.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document | { exclude: string[][] },
            ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      // Fluent's focus sentinels (tabster's dummy inputs, which the TabList and the calendar use to keep focus
      // in place) are aria-hidden and focusable by design; Fluent's own axe checks leave them out too.
      const res = await axe.run({ exclude: [['[data-tabster-dummy]']] });
      return res.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
        where: (v.nodes as { html: string }[]).map((n) => n.html.slice(0, 160)),
      }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.context().close();
  });
});
