import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeForStories } from '../../src/analyze/analyzed-article.js';
import { makeArticle, serve, type Served } from '../server/server-fixture.js';
import { hasChromium, launchChromium } from './chromium.js';

const SCREENSHOTS = 'test-output/screenshots';

const SCRIPT = '<script>window.__ran = "text"</script>';
const HANDLER = '<img src=x onerror="window.__ran = \'handler\'">';
const LINK = '<a href="javascript:window.__ran=\'link\'">click</a>';
const SVG = '<svg onload="window.__ran = \'svg\'"></svg>';
const SENTENCE = 'Dock workers at the port of Lisbon began a strike on Monday over pay.';

/** Two outlets' hostile articles on one event: facts, quotes and columns all carry the markup. */
function hostileText(n: number): string {
  return [
    `LISBON — ${SENTENCE} ${SCRIPT}`,
    `"We will not go back ${HANDLER} until we are paid," said Ana Reis, a union leader. ${LINK}`,
    `About ${1200 + n} workers joined the walkout ${SVG} on Monday, the union said.`,
  ].join('\n\n');
}

let served: Served;
let browser: Browser;
let base: string;
let storyId: string;

describe.skipIf(!hasChromium)('a story of hostile articles in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    served = await serve();
    const articles = [0, 1].map((n) =>
      makeArticle({
        text: hostileText(n),
        title: `Strike ${SCRIPT} in Lisbon ${n}`,
        outlet: `<b onmouseover="window.__ran='outlet'">Outlet ${n}</b>`,
        url: `javascript:window.__ran='url${n}'`,
        published: `2031-04-0${n + 2}`,
      }),
    );
    const analysed = analyzeForStories(articles);
    const features = analysed[0] instanceof Error ? null : analysed[0]!.features;
    if (!features) throw new Error('no features');
    for (const [index, article] of articles.entries()) {
      const own = analysed[index]!;
      if (own instanceof Error) throw own;
      // One story for both: the same features.
      served.archive.addArticle(article, own.analysis, features);
    }
    storyId = served.archive.storyOf(articles[0]!.id)!;
    await served.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(served.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('shows script tags, event handlers and javascript: links on the story page as inert text', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${base}/stories/${storyId}`);
    expect(await page.locator('.article-column').count()).toBe(2);
    expect(await page.locator('.fact-table tr.fact').count()).toBeGreaterThan(0);

    // Hover and click everything the hostile markup would have made active.
    for (const chip of await page.locator('.article-column .chip').all()) await chip.hover();
    await page.locator('.fact-table a[data-select]').first().click();
    await expect.poll(() => page.locator('mark.focus').count()).toBeGreaterThan(0);
    await page.locator('.article-column .url.inert').first().click();

    expect(await page.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
    expect(
      await page.evaluate(() => document.querySelectorAll('img, svg, b, main script').length),
    ).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(2);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    const columns = await page.locator('.article-column .article-text').allTextContents();
    for (const column of columns)
      for (const part of [SCRIPT, HANDLER, LINK, SVG]) expect(column).toContain(part);
    expect(await page.locator('h1').textContent()).toContain(SCRIPT);
    expect(await page.locator('.fact-table').textContent()).toContain(SENTENCE);
    // Nothing fetched but the page and its own static files.
    expect(requests.filter((path) => !/^\/(stories\/|static\/)/.test(path))).toEqual([]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'story-hostile.png'), fullPage: true });
    await context.close();
  });
});
