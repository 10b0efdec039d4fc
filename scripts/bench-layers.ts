/**
 * What each analysis layer costs, relative to a bare wink-nlp pass over the same texts: CPU time of
 * the median round after warm-up, every layer on text layers made beforehand, then the whole
 * analysis article by article and in the batches the analyzers send. Shows where the time of
 * scripts/bench-analysis.ts goes.
 *
 *   npx tsx scripts/bench-layers.ts [corpus folder, default examples/corpus]
 */
import { ANALYSIS_BATCH, analyzeArticle, analyzeArticles } from '../src/analyze/analyze-article.js';
import { findEntities } from '../src/analyze/entities/find-entities.js';
import { findQuantities } from '../src/analyze/quantities/find-quantities.js';
import { findQuotes } from '../src/analyze/quotes/find-quotes.js';
import { textLayer } from '../src/analyze/text/text-layer.js';
import { wink } from '../src/analyze/text/wink.js';
import { findTimes } from '../src/analyze/times/find-times.js';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Article } from '../src/model/article.js';
import { ReadError } from '../src/model/read-error.js';

const folder = process.argv[2] ?? 'examples/corpus';
const ROUNDS = 60;

const articles: Article[] = [];
for await (const item of readArticles([folder]))
  if (!(item instanceof ReadError)) articles.push(item);
// As in bench-analysis.ts: the analysis settles only after some 3,000 articles.
const WARMUP = Math.max(40, Math.ceil(3000 / Math.max(1, articles.length)));
const nlp = wink();
const layers = articles.map((article) => textLayer(article.text));
const entities = articles.map((article, i) => findEntities(article.text, layers[i]!));

const batches: Article[][] = [];
for (let i = 0; i < articles.length; i += ANALYSIS_BATCH)
  batches.push(articles.slice(i, i + ANALYSIS_BATCH));
const eachArticle = (run: (article: Article, i: number) => void) => () => articles.forEach(run);

const passes: [string, () => void][] = [
  ['bare wink-nlp pass', eachArticle((a) => nlp.readDoc(a.text).tokens().out(nlp.its.pos))],
  ['text layer', eachArticle((a) => textLayer(a.text))],
  ['entities', eachArticle((a, i) => findEntities(a.text, layers[i]!))],
  ['quotes', eachArticle((a, i) => findQuotes(a.text, layers[i]!, entities[i]!))],
  ['times', eachArticle((a, i) => findTimes(a, layers[i]!))],
  ['quantities', eachArticle((a, i) => findQuantities(a.text, layers[i]!))],
  ['whole analysis, article by article', eachArticle((a) => analyzeArticle(a))],
  ['whole analysis, in batches', () => batches.forEach((batch) => analyzeArticles(batch))],
];

const times = passes.map(() => [] as number[]);
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  passes.forEach(([, run], k) => {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    if (round >= WARMUP) times[k]!.push(used.user + used.system);
  });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const bare = median(times[0]!);
console.log(
  `\nLayer costs on ${articles.length} articles of ${folder}, median of ${ROUNDS} rounds\n`,
);
console.log('| pass | ms a round | cost relative to the bare pass |');
console.log('|---|---|---|');
passes.forEach(([name], k) =>
  console.log(
    `| ${name} | ${(median(times[k]!) / 1000).toFixed(2)} | ${(median(times[k]!) / bare).toFixed(2)} |`,
  ),
);
