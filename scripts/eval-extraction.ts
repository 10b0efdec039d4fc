/**
 * Main-content extraction on trafilatura's evaluation set, counted as trafilatura counts it:
 * a `with` snippet found in the output is a true positive, missed a false negative; a `without`
 * snippet found is a false positive. Prints crosscheck's reader and, in the same run,
 * Readability alone over the same DOM library.
 *
 *   npx tsx scripts/eval-extraction.ts ../shared/data/extraction/trafilatura-eval [--limit N] [--misses]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { decodeBytes } from '../src/ingest/decode.js';
import { parseHtml } from '../src/ingest/html/parse-html.js';
import { readHtmlPage } from '../src/ingest/readers/html-page.js';
import { ReadError } from '../src/model/read-error.js';

interface Item {
  file: string;
  with: string[];
  without: string[];
}

interface Tally {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  ms: number;
}

const args = process.argv.slice(2);
const root = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--limit');
if (!root) {
  console.error('usage: eval-extraction.ts <trafilatura-eval folder> [--limit N] [--misses]');
  process.exit(2);
}
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const showMisses = args.includes('--misses');

const data = JSON.parse(readFileSync(join(root, 'evaldata.json'), 'utf8')) as Record<string, Item>;
const entries = Object.entries(data).slice(0, limit);

const systems: Record<string, (html: string, url: string) => string> = {
  crosscheck: (html, url) => {
    const page = readHtmlPage(html, url, url, {});
    return page instanceof ReadError ? '' : page.text;
  },
  'readability alone': (html) => new Readability(parseHtml(html)).parse()?.textContent ?? '',
};

const tallies: Record<string, Tally> = {};
for (const name of Object.keys(systems)) tallies[name] = { tp: 0, fn: 0, fp: 0, tn: 0, ms: 0 };

for (const [url, item] of entries) {
  const bytes = gunzipSync(readFileSync(join(root, 'pages', `${item.file}.gz`)));
  const html = decodeBytes(bytes, { documentCharset: true }).text;
  for (const [name, extract] of Object.entries(systems)) {
    const tally = tallies[name]!;
    const started = performance.now();
    let text = '';
    try {
      text = extract(html, url);
    } catch {
      text = '';
    }
    tally.ms += performance.now() - started;
    const missed: string[] = [];
    const kept: string[] = [];
    for (const snippet of item.with) {
      if (text.includes(snippet)) {
        tally.tp++;
      } else {
        tally.fn++;
        missed.push(snippet);
      }
    }
    for (const snippet of item.without) {
      if (text.includes(snippet)) {
        tally.fp++;
        kept.push(snippet);
      } else {
        tally.tn++;
      }
    }
    if (showMisses && name === 'crosscheck' && (missed.length || kept.length)) {
      console.log(
        `${item.file}\n  missed: ${JSON.stringify(missed)}\n  kept: ${JSON.stringify(kept)}`,
      );
    }
  }
}

const rows = Object.entries(tallies).map(([name, t]) => {
  const precision = t.tp / (t.tp + t.fp);
  const recall = t.tp / (t.tp + t.fn);
  const f = (2 * precision * recall) / (precision + recall);
  const accuracy = (t.tp + t.tn) / (t.tp + t.tn + t.fp + t.fn);
  return { name, precision, recall, f, accuracy, pagesPerSecond: entries.length / (t.ms / 1000) };
});
console.log(`\nMain-content extraction, ${entries.length} pages of ${root}\n`);
console.log('| system | precision | recall | F-score | accuracy | pages/s |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.precision.toFixed(3)} | ${row.recall.toFixed(3)} | ${row.f.toFixed(3)} | ${row.accuracy.toFixed(3)} | ${row.pagesPerSecond.toFixed(0)} |`,
  );
}
