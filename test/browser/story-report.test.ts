import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStoryReportPage } from '../../src/report/html/story-report-page.js';
import { ARTICLES, STORY } from '../report/story-fixture.js';
import { hasChromium, launchChromium } from './chromium.js';

const SCREENSHOTS = 'test-output/screenshots';

let browser: Browser;
let folder: string;
let file: string;

/** The report opened from disk, with every request and complaint (CSP included) noted. */
async function open(javaScriptEnabled = true) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled,
  });
  const page: Page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== `file://${file}`) requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`file://${file}`);
  return { page, requests, problems };
}

describe.skipIf(!hasChromium)('the HTML report of a story in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    folder = mkdtempSync(join(tmpdir(), 'crosscheck-report-'));
    file = join(folder, 'report.html');
    writeFileSync(file, renderStoryReportPage(STORY, ARTICLES));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('opens offline, runs its own script only, and highlights a fact’s evidence on a click', async () => {
    const { page, requests, problems } = await open();
    await page.screenshot({ path: join(SCREENSHOTS, 'story-report.png'), fullPage: true });
    await page.click('a[data-select="f-dead"] >> nth=0');
    const focused = page.locator('mark.focus');
    await expect.poll(() => focused.count()).toBe(3);
    expect(await focused.allTextContents()).toEqual([
      'Twelve people died in the crush.',
      'Twelve people died in the crush.',
      'Fifteen people were killed.',
    ]);
    await page.click('a[data-select="s-duarte"]');
    await expect.poll(() => focused.count()).toBe(2);
    // The hostile article's markup stayed text: nothing it holds ran or loaded.
    expect(await page.evaluate(() => document.querySelectorAll('img, svg, b').length)).toBe(0);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reads the same without JavaScript: a fact links to its first evidence', async () => {
    const { page, problems } = await open(false);
    await page.click('a[data-select="f-walkout"] >> nth=0');
    expect(new URL(page.url()).hash).toBe('#evidence-f-walkout');
    expect(await page.locator('.anchor:target + mark').textContent()).toBe(
      'Dock workers walked out on Tuesday.',
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
