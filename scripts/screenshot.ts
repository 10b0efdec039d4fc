/**
 * The README's screenshot: reads the example corpus into a temporary archive, serves it on
 * loopback, opens the story with the most copies and updates (then the most sources) in Debian's
 * Chromium (driven by playwright-core) and writes the top of its page to docs/story-page.png: the
 * cross-checked summary with its source chips and the facts by source (the whole page, with every
 * fact, statement and article, is many screens long).
 *
 *   npx tsx scripts/screenshot.ts [--out docs/story-page.png] [--width 1100] [--height 1500]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { ingestInputs } from '../src/engine/ingest-inputs.js';
import { buildServer } from '../src/server/build-server.js';
import { SqliteArchive } from '../src/store/sqlite/sqlite-archive.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const out = flag('--out', 'docs/story-page.png');
const width = Number(flag('--width', '1100'));
const height = Number(flag('--height', '1500'));
const CHROMIUM = process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium';

const folder = mkdtempSync(join(tmpdir(), 'crosscheck-screenshot-'));
const archive = new SqliteArchive(join(folder, 'examples.db'));
try {
  await ingestInputs(archive, ['examples/corpus'], { threads: 1 });
  const [story] = archive
    .listStorySummaries({ limit: 100 })
    .sort((a, b) => b.articles - b.sources - (a.articles - a.sources) || b.sources - a.sources);
  if (!story) throw new Error('the example corpus made no story');
  const app = await buildServer({
    archive,
    token: 'screenshot-token-not-secret-0123456789',
    analysis: 'inline',
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`http://127.0.0.1:${port}/stories/${story.id}`, { waitUntil: 'load' });
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`${out}: ${story.title} (${story.articles} articles, ${story.sources} sources)`);
  } finally {
    await browser.close();
    await app.close();
  }
} finally {
  archive.close();
  rmSync(folder, { recursive: true, force: true });
}
