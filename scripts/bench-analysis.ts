/**
 * Analysis speed: words per second of the whole analysis on one core, in the batches the analyzers
 * send (`ANALYSIS_BATCH` articles), and, in the same run over the same texts, of a bare wink-nlp
 * pass (tokens and part of speech), both as CPU time of the median round; then the whole analysis
 * spread over worker threads (wall time). Prints peak memory.
 *
 *   npx tsx scripts/bench-analysis.ts [corpus folder, default examples/corpus] [--rounds N]
 */
import { availableParallelism } from 'node:os';
import { workerAnalyzer } from '../src/analyze/analysis-pool.js';
import { ANALYSIS_BATCH, analyzeArticles } from '../src/analyze/analyze-article.js';
import { wink } from '../src/analyze/text/wink.js';
import { analyzeAll } from '../src/engine/analyze-inputs.js';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Article } from '../src/model/article.js';
import { ReadError } from '../src/model/read-error.js';

const args = process.argv.slice(2);
const folder =
  args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--rounds') ?? 'examples/corpus';
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 40;

const articles: Article[] = [];
for await (const item of readArticles([folder]))
  if (!(item instanceof ReadError)) articles.push(item);
const words = articles.reduce((sum, article) => sum + article.text.split(/\s+/).length, 0);
// The analysis reaches its steady speed only after some 3,000 articles (V8 still re-optimises
// rule code that meets new shapes of data until then): the median must not fall in that stretch.
const warmup = Math.max(30, Math.ceil(3000 / Math.max(1, articles.length)));

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Words per second of two passes over the same articles, timed round by round and interleaved so
 * that both see the same machine; the median round counts, after warm-up rounds that let the JIT
 * settle (the first rounds of a fresh process run several times slower). Both passes get the same
 * warm-up.
 */
function compare(a: () => void, b: () => void): [number, number] {
  for (let round = 0; round < warmup; round++) {
    a();
    b();
  }
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (const [index, run] of [a, b].entries()) {
      const started = process.cpuUsage();
      run();
      const used = process.cpuUsage(started);
      times[index]!.push((used.user + used.system) / 1e6);
    }
  }
  return [words / median(times[0]), words / median(times[1])];
}

const batches: Article[][] = [];
for (let i = 0; i < articles.length; i += ANALYSIS_BATCH)
  batches.push(articles.slice(i, i + ANALYSIS_BATCH));

const nlp = wink();
const [bare, whole] = compare(
  () => {
    for (const article of articles) nlp.readDoc(article.text).tokens().out(nlp.its.pos);
  },
  () => {
    for (const group of batches) analyzeArticles(group);
  },
);

const threads = availableParallelism();
const pool = workerAnalyzer(threads);
const batch = Array.from({ length: rounds }, () => articles).flat();
await analyzeAll(articles, pool); // warm up every worker
const started = performance.now();
await analyzeAll(batch, pool);
const parallel = (words * rounds) / ((performance.now() - started) / 1000);
await pool.close();

console.log(
  `\nAnalysis speed: ${articles.length} articles, ${words} words, ${rounds} rounds after ${warmup} of warm-up (${folder})\n`,
);
console.log('| pass | words/s | ratio to bare wink |');
console.log('|---|---|---|');
console.log(`| bare wink-nlp (tokens + POS), one core, median round | ${bare.toFixed(0)} | 1.00 |`);
console.log(
  `| whole analysis, one core, median round | ${whole.toFixed(0)} | ${(whole / bare).toFixed(2)} |`,
);
console.log(
  `| whole analysis, ${threads} worker threads | ${parallel.toFixed(0)} | ${(parallel / bare).toFixed(2)} |`,
);
console.log(`\npeak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
