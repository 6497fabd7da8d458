// Requests to departments in the built pane, in Chromium over the Office stand-in: the request workbooks
// opened as new workbooks, one answered by another program, the answers picked through the file input, the
// preview (the plan sheet untouched), the confirmation, and the plan's cell changed. Without ExcelApi 1.8 the
// same files come as downloads, and they are requests the CLI merges.
import path from 'path';
import { mkdirSync, promises as fs } from 'fs';
import * as os from 'os';
import type { Browser, Page } from 'playwright-core';
import { readAnswerFile } from '../../src/core/requests';
import { readWorkbook } from '../../src/node/xlsx-read';
import { answerRequest } from '../cli/answer-script';
import { writeNoPlan } from '../cli/workbooks';
import { launchChromium } from './support/browser';
import { serveFolder, type StaticServer } from './support/static-server';
import { buildStandIn } from './support/stand-in-bundle';
import { sampleSeed } from './support/sample-seed';
import type { StandInConfig } from './stand-in/office-stand-in';

const ROOT = path.join(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-results', 'e2e');
const DOCS = path.join(ROOT, 'docs');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';
const SETTINGS_KEY = 'anticorruptionPlan.settings';
const OFFICER = 'Начальник відділу з питань запобігання та протидії корупції';
const M18 = 'Проведено 3 навчання:\n12.10.2023 — для керівників;\n05.12.2023 — для працівників.';

let browser: Browser;
let server: StaticServer;
let standIn: string;
let config: StandInConfig;
let dir: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-requests-'));
  [standIn, server, browser] = await Promise.all([
    buildStandIn(),
    serveFolder(path.join(ROOT, 'dist')),
    launchChromium(),
  ]);
  config = {
    sheets: await sampleSeed(path.join(ROOT, 'samples', 'plan-2023.xlsx')),
    settings: { [SETTINGS_KEY]: JSON.stringify({ asOf: '2024-01-15' }) },
  };
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function openPane(cfg: StandInConfig): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 1600 }, acceptDownloads: true });
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
  await page.addInitScript((c) => {
    (window as unknown as { __E2E__: unknown }).__E2E__ = c;
  }, cfg);
  await page.goto(`${server.url}/taskpane.html`);
  return { page, errors };
}

describe('requests to departments in Chromium', () => {
  it('creates the requests, imports an answer, previews it and writes it into the plan on confirmation', async () => {
    const { page, errors } = await openPane(config);
    await page.getByText(/^Зауваження: /).waitFor();
    const create = page.getByRole('button', { name: 'Створити запити' });
    // The reply-by date as a Ukrainian pane writes it (a date picker, not the browser's own date input).
    const due = page.getByRole('combobox', { name: 'Відповісти до' });
    await due.waitFor();
    expect(await due.inputValue()).toBe('29.01.2024');
    await create.click();
    await page.getByText(/^Відкрито нові книги: /).waitFor();
    const created = await page.evaluate(() => window.__fake.createdWorkbooks.map((b) => Array.from(b)));
    expect(created).toHaveLength(6);
    // The officer's own request: found by what it holds, as any department would open it.
    let request = '';
    for (const [i, bytes] of created.entries()) {
      const file = path.join(dir, `request-${i}.xlsx`);
      await fs.writeFile(file, Uint8Array.from(bytes));
      const read = readAnswerFile(file, (await readWorkbook(file)).sheets);
      if (read.ok && read.answers.meta.person === OFFICER) request = file;
    }
    expect(request).not.toBe('');
    const answer = path.join(dir, 'відповідь відділу.xlsx');
    await answerRequest(request, answer, (s) =>
      s.set(18, 'execution', M18).set(1, 'execution', 'Інший текст'),
    );
    const notes = path.join(dir, 'нотатки.xlsx');
    await writeNoPlan(notes);

    const before = await page.evaluate(() => window.__fake.snapshot('Лист1'));
    await page.setInputFiles('#answers-input', [answer, notes]);
    await page.getByText('Відповіді з 2 файлів').waitFor();
    const changes = page.locator('ul[aria-label^="Буде внесено"] li');
    expect(await changes.allTextContents()).toEqual([
      `№ 18 — що зроблено (E27)\nБуло: (порожньо)\nСтане: ${M18}`,
    ]);
    const conflicts = await page.locator('ul[aria-label^="Розбіжності"] li').allTextContents();
    expect(conflicts).toEqual([
      expect.stringMatching(/^№ 1 — що зроблено \(E7\): у плані вже інший текст; залишено текст плану/),
    ]);
    expect(await page.locator('ul[aria-label="Файли не внесено"] li').allTextContents()).toEqual([
      expect.stringMatching(/^нотатки\.xlsx: це не запит/),
    ]);
    await page.screenshot({ path: path.join(SHOTS, 'pane-requests-preview.png'), fullPage: true });
    await page
      .locator('section[aria-labelledby="requests-heading"]')
      // README's picture of the section, redrawn by every run from the production bundle.
      .screenshot({ path: path.join(DOCS, 'taskpane-requests.png') });
    // Nothing written before the confirmation.
    expect(await page.evaluate(() => window.__fake.snapshot('Лист1'))).toBe(before);

    await page.getByRole('button', { name: 'Застосувати' }).click();
    await page.getByRole('button', { name: 'Так, записати' }).click();
    await page.getByText('Внесено 1 зміну в аркуш «Лист1».').waitFor();
    const values = await page.evaluate(() => window.__fake.values('Лист1'));
    expect(values[26][4]).toBe(M18);
    // The conflict kept the plan's text.
    expect(values[6][4]).not.toBe('Інший текст');
    expect(await page.evaluate(() => window.__fake.sheetNames())).toEqual(['Лист1']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without ExcelApi 1.8 offers the requests as downloads that are requests the CLI reads', async () => {
    const { page, errors } = await openPane({ ...config, maxExcelApi: '1.7' });
    await page.getByText(/^Зауваження: /).waitFor();
    await page.getByRole('button', { name: 'Створити запити' }).click();
    await page.getByText(/Підготовлено 6 файлів\. Ця версія Excel не відкриває нових книг/).waitFor();
    const item = page.locator('li', { hasText: 'Начальник загального відділу.xlsx' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('button', { name: 'Завантажити' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Начальник загального відділу.xlsx');
    const file = path.join(dir, 'downloaded.xlsx');
    await download.saveAs(file);
    const read = readAnswerFile(file, (await readWorkbook(file)).sheets);
    expect(read.ok && read.answers.entries.map((e) => e.locked.number)).toEqual(['5']);
    expect(await page.evaluate(() => window.__fake.createdWorkbooks.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
