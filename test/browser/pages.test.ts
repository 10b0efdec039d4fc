import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveExamples, type Served } from '../server/server-fixture.js';
import { hasChromium, launchChromium } from './chromium.js';

const SCREENSHOTS = 'test-output/screenshots';

let served: Served;
let browser: Browser;
let context: BrowserContext;
let base: string;
let folder: string;
const problems: string[] = [];

async function screenshot(page: Page, name: string) {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  expect(statSync(path).size).toBeGreaterThan(10_000);
}

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
  await page.goto(`${base}${path}`);
  return page;
}

describe.skipIf(!hasChromium)('the pages in Chromium, over the example corpus', () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    folder = mkdtempSync(join(tmpdir(), 'crosscheck-browser-'));
    served = await serveExamples(folder);
    await served.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(served.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('starts at the stories, searches them and opens one with its articles by source', async () => {
    const page = await open('/');
    expect(new URL(page.url()).pathname).toBe('/stories');
    expect(await page.title()).toBe('Stories · crosscheck');
    expect(await page.locator('.story-item').count()).toBe(4);
    await screenshot(page, 'story-list');
    await page.fill('input[name=q]', 'Busan');
    await page.press('input[name=q]', 'Enter');
    await page.waitForURL(/q=Busan/);
    expect(await page.locator('.story-item').count()).toBe(1);
    await Promise.all([
      page.waitForURL(/\/stories\/s-[0-9a-f]+$/),
      page.locator('.story-item a.title').first().click(),
    ]);
    expect(await page.locator('h1').textContent()).toMatch(/Busan/);
    expect(await page.locator('.story-source').count()).toBe(4);
    expect(await page.locator('.story-article').count()).toBe(6);
    expect(await page.locator('.mark-copy').count()).toBe(2);
    await screenshot(page, 'story');

    // The cross-check: a click on a fact lights up its evidence sentence in the article columns.
    expect(await page.locator('.fact-table tr.fact').count()).toBeGreaterThan(5);
    expect(await page.locator('.article-column').count()).toBe(6);
    const sentence =
      'All 24 crew members were taken off the ship by coast guard boats and a helicopter.';
    const fact = page.locator('.fact-table a[data-select]', { hasText: sentence }).first();
    await fact.click();
    const lit = page.locator('.article-column mark.focus');
    await expect.poll(() => lit.count()).toBeGreaterThan(0);
    expect(await lit.allTextContents()).toContain(sentence);
    expect(await fact.getAttribute('class')).toMatch(/\bselected\b/);
    expect(await lit.first().evaluate((mark) => getComputedStyle(mark).backgroundColor)).toBe(
      'rgb(255, 228, 107)',
    );
    // Each column scrolled to its own evidence: the lit sentence is in view within its column.
    const inView = await lit.first().evaluate((mark) => {
      const column = mark.closest('.article-text')!.getBoundingClientRect();
      const box = mark.getBoundingClientRect();
      return box.top >= column.top - 1 && box.top < column.bottom;
    });
    expect(inView).toBe(true);
    await screenshot(page, 'story-fact-selected');
    await lit.first().screenshot({ path: join(SCREENSHOTS, 'story-evidence.png') });
    await Promise.all([
      page.waitForURL(/\/articles\/a[0-9a-f]+$/),
      page.locator('.story-article a.title').first().click(),
    ]);
    await Promise.all([page.waitForURL(/\/stories\/s-/), page.locator('.story-link a').click()]);
    expect(await page.locator('h1').textContent()).toMatch(/Busan/);
  });

  it('lists the articles', async () => {
    const page = await open('/articles');
    expect(await page.title()).toBe('Articles · crosscheck');
    expect(await page.locator('.article-item').count()).toBe(25);
    expect(await page.locator('.count').textContent()).toBe('30 articles in the archive');
    await screenshot(page, 'article-list');
  });

  it('searches from the form and filters by outlet as soon as one is chosen', async () => {
    const page = await open('/articles');
    await page.fill('input[name=q]', 'salvage');
    await page.press('input[name=q]', 'Enter');
    await page.waitForURL(/q=salvage/);
    expect(await page.locator('.article-item').count()).toBeGreaterThan(0);
    expect((await page.locator('.snippet mark').first().textContent())?.toLowerCase()).toBe(
      'salvage',
    );
    await screenshot(page, 'search');
    await page.fill('input[name=q]', '');
    await Promise.all([
      page.waitForURL(/outlet=Harbourline/),
      page.selectOption('select[name=outlet]', 'Harbourline'),
    ]);
    const metas = await page.locator('.article-item .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/^Harbourline/);
  });

  it('opens an article with its quotes, people and dates marked, and lights up what is clicked', async () => {
    const list = await open('/articles?q=batteries');
    await Promise.all([
      list.waitForURL(/\/articles\/a[0-9a-f]+$/),
      list.locator('.article-item a.title').first().click(),
    ]);
    const page = list;
    expect(await page.locator('.article-text .quote').count()).toBeGreaterThan(2);
    expect(await page.locator('.article-text a.entity-person').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text time.time').count()).toBeGreaterThan(0);
    expect(await page.locator('form.layers').isVisible()).toBe(true);

    await page.locator('.annotations [data-quote="quote-2"]').click();
    await expect.poll(() => page.locator('#quote-2').getAttribute('class')).toMatch(/\blit\b/);
    const person = page.locator('.annotations .entities a[data-entity]').first();
    const key = await person.getAttribute('data-entity');
    await person.hover();
    await expect
      .poll(() =>
        page.locator(`.article-text [data-entity="${key}"]`).first().getAttribute('class'),
      )
      .toMatch(/\blit\b/);
    await screenshot(page, 'article');

    await page.locator('input[data-layer=quotes]').uncheck();
    expect(await page.locator('.article-text').getAttribute('class')).toMatch(/hide-quotes/);
    const background = await page
      .locator('.article-text .quote')
      .first()
      .evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(background).toBe('rgba(0, 0, 0, 0)');
  });

  it('goes from a name in the text to the person page with every quote', async () => {
    const list = await open('/entities?type=person');
    await Promise.all([
      list.waitForURL(/\/entities\/e[0-9a-f]+$/),
      list.locator('.entity-table a').first().click(),
    ]);
    expect(await list.locator('h1').textContent()).toBeTruthy();
    expect(await list.locator('.appearance').count()).toBeGreaterThan(0);
    await screenshot(list, 'person');
  });

  it('reads the same without JavaScript', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const page = await plain.newPage();
    await page.goto(`${base}/articles`);
    await page.fill('input[name=q]', 'Kestrel');
    await Promise.all([page.waitForURL(/q=Kestrel/), page.click('button[type=submit]')]);
    await Promise.all([
      page.waitForURL(/\/articles\/a/),
      page.locator('.article-item a.title').first().click(),
    ]);
    expect(await page.locator('.article-text .quote').count()).toBeGreaterThan(0);
    expect(await page.locator('form.layers').isVisible()).toBe(false);
    await page.locator('.annotations [data-quote="quote-1"]').click();
    expect(page.url()).toMatch(/#quote-1$/);
    // A story's report without script: a fact's link jumps to its first evidence, marked.
    await page.goto(`${base}/stories?q=Busan`);
    await Promise.all([
      page.waitForURL(/\/stories\/s-/),
      page.locator('.story-item a.title').first().click(),
    ]);
    const fact = page.locator('.fact-table a[data-select]').first();
    const ref = await fact.getAttribute('data-select');
    await fact.click();
    expect(new URL(page.url()).hash).toBe(`#evidence-${ref}`);
    // Several facts' anchors may stand before one mark: the first mark after the target.
    const target = page.locator('.anchor:target ~ mark.ev').first();
    expect((await target.getAttribute('data-ref'))!.split(' ')).toContain(ref);
    expect(await target.evaluate((mark) => getComputedStyle(mark).backgroundColor)).toBe(
      'rgb(255, 228, 107)',
    );
    await plain.close();
  });

  it('broke no rule of the Content-Security-Policy and threw no script error', () => {
    expect(problems).toEqual([]);
  });
});
