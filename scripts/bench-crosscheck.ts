/**
 * Cross-checking speed: synthetic stories of 10, 100 and 1,000 articles (events of one kind from
 * the example corpus retold with other names, places and numbers, see scripts/lib/synthetic-story.ts),
 * analysed once (not timed), then `crossCheckStory` timed in CPU time, the median of a few runs.
 * Prints ms per story and per article at each size and the per-article ratio to the smallest
 * size and to the size before: growth near-linear means ratios near 1 (the smallest story's
 * per-article time carries the fixed cost of a call).
 *
 *   npx tsx scripts/bench-crosscheck.ts [--sizes 10,100,1000] [--runs 5]
 *     [--templates lisbon-dock-strike,valencia-port-strike] [--impl path/to/module.ts]
 */
import { cpuTimed, median } from './lib/cpu-time.js';
import { loadCrossCheck } from './lib/load-cross-check.js';
import { loadTemplates } from './lib/synthetic-stream.js';
import { STRIKE_TEMPLATES, syntheticStory } from './lib/synthetic-story.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const sizes = option('--sizes', '10,100,1000').split(',').map(Number);
const runs = Number(option('--runs', '5'));
const kinds = option('--templates', STRIKE_TEMPLATES.join(',')).split(',');
const { crossCheckStory, label } = await loadCrossCheck(args);

const templates = await loadTemplates();
const rows: string[][] = [];
let firstPerArticle = 0;
let previousPerArticle = 0;
let peakHeap = 0;
for (const size of sizes) {
  const story = syntheticStory(templates, size, kinds);
  // One untimed run first: the code is compiled and its tables built before timing.
  let output = crossCheckStory(story);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { result, ms } = cpuTimed(() => crossCheckStory(story));
    output = result;
    times.push(ms);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const perStory = median(times);
  const perArticle = perStory / story.articles.length;
  firstPerArticle ||= perArticle;
  const heap = process.memoryUsage().heapUsed;
  rows.push([
    story.articles.length.toLocaleString('en'),
    String(story.events),
    String(story.sources.length),
    perStory.toFixed(1),
    `${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)}`,
    perArticle.toFixed(3),
    (perArticle / firstPerArticle).toFixed(2),
    previousPerArticle ? (perArticle / previousPerArticle).toFixed(2) : '–',
    String(output.facts.length),
    String(output.statements.length),
    (heap / 2 ** 20).toFixed(0),
  ]);
  previousPerArticle = perArticle;
  console.error(`  ${rows[rows.length - 1]!.join(' | ')}`);
}

console.log(
  `\nCross-check speed (${label}): synthetic stories of ${kinds.join(' + ')} events, CPU time, median of ${runs} runs\n`,
);
console.log(
  '| articles | events | sources | ms per story | min–max | ms per article | per-article ratio to first size | to previous size | facts | statements | heap after MiB |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(
  `\nPeak heap used seen after a run: ${(peakHeap / 2 ** 20).toFixed(0)} MiB; peak RSS of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
