/**
 * Ingest speed: dated-text and HTML articles per second into the archive (one process), pages per
 * second of the HTML extractor alone, and peak memory. Articles are synthetic variations of an
 * invented report, written to a temporary folder first so that reading files is part of the cost.
 *
 *   npx tsx scripts/bench-ingest.ts [--articles N]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestInputs } from '../src/engine/ingest-inputs.js';
import { readHtmlPage } from '../src/ingest/readers/html-page.js';
import { SqliteArchive } from '../src/store/sqlite/sqlite-archive.js';
import { CITIES, reportParagraphs } from './lib/synthetic-report.js';

const args = process.argv.slice(2);
const countAt = args.indexOf('--articles');
const count = countAt >= 0 ? Number(args[countAt + 1]) : 2000;

function datedText(n: number): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  return ` date 2031-04-${day} ${reportParagraphs(n).join('\n\n')}\n`;
}

function htmlPage(n: number): string {
  const body = reportParagraphs(n)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  const nav = CITIES.map((city) => `<li><a href="/${city.toLowerCase()}">${city}</a></li>`).join(
    '',
  );
  return `<!doctype html><html lang="en"><head><title>Dockers strike, day ${n} | Harbour Post</title>
<link rel="canonical" href="https://harbour-post.example/news/${n}">
<meta property="og:site_name" content="Harbour Post">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Dockers strike, day ${n}","datePublished":"2031-04-02T08:00:00Z"}</script>
</head><body><header><nav><ul>${nav}</ul></nav></header>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<main><article><h1>Dockers strike, day ${n}</h1><p class="byline">By Staff</p>${body}</article>
<aside><h2>Most read</h2><ul>${nav}</ul></aside></main>
<footer><p>© 2031 Harbour Post</p><a href="/privacy">Privacy</a></footer></body></html>`;
}

function peakMemoryMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function timeIngest(label: string, make: (n: number) => string, extension: string) {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  try {
    for (let n = 0; n < count; n++)
      writeFileSync(join(folder, `${String(n).padStart(7, '0')}.${extension}`), make(n));
    const archive = new SqliteArchive(join(folder, 'bench.db'));
    const started = performance.now();
    const summary = await ingestInputs(archive, [folder]);
    const seconds = (performance.now() - started) / 1000;
    archive.close();
    if (summary.new !== count)
      throw new Error(`${label}: stored ${summary.new} of ${count} (${summary.errors[0]?.reason})`);
    return { label, perSecond: count / seconds, seconds };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const rows = [
  await timeIngest('dated text → archive', datedText, 'txt'),
  await timeIngest('HTML → archive', htmlPage, 'html'),
];

const pages = Array.from({ length: Math.min(count, 1000) }, (_, n) => htmlPage(n));
const started = performance.now();
for (const [n, page] of pages.entries()) readHtmlPage(page, `page-${n}`, null, {});
const extractSeconds = (performance.now() - started) / 1000;
rows.push({
  label: 'HTML reader alone (no archive)',
  perSecond: pages.length / extractSeconds,
  seconds: extractSeconds,
});

console.log(`\nIngest, ${count} synthetic articles per format, one process\n`);
console.log('| what | articles/s | seconds |');
console.log('|---|---|---|');
for (const row of rows)
  console.log(`| ${row.label} | ${row.perSecond.toFixed(0)} | ${row.seconds.toFixed(2)} |`);
console.log(`\npeak memory (max RSS): ${peakMemoryMiB().toFixed(0)} MiB`);
