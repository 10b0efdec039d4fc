/**
 * What each analysis layer costs, relative to a bare wink-nlp pass over the same texts: CPU time of
 * the median round after warm-up, every layer on text layers made beforehand, then the whole
 * analysis article by article. Shows where the time of scripts/bench-analysis.ts goes.
 *
 *   npx tsx scripts/bench-layers.ts [corpus folder, default examples/corpus]
 */
import { analyzeArticle } from '../src/analyze/analyze-article.js';
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
const WARMUP = 40;
const ROUNDS = 60;

const articles: Article[] = [];
for await (const item of readArticles([folder]))
  if (!(item instanceof ReadError)) articles.push(item);
const nlp = wink();
const layers = articles.map((article) => textLayer(article.text));
const entities = articles.map((article, i) => findEntities(article.text, layers[i]!));

const passes: [string, (article: Article, i: number) => void][] = [
  ['bare wink-nlp pass', (article) => nlp.readDoc(article.text).tokens().out(nlp.its.pos)],
  ['text layer', (article) => textLayer(article.text)],
  ['entities', (article, i) => findEntities(article.text, layers[i]!)],
  ['quotes', (article, i) => findQuotes(article.text, layers[i]!, entities[i]!)],
  ['times', (article, i) => findTimes(article, layers[i]!)],
  ['quantities', (article, i) => findQuantities(article.text, layers[i]!)],
  ['whole analysis', (article) => analyzeArticle(article)],
];

const times = passes.map(() => [] as number[]);
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  passes.forEach(([, run], k) => {
    const started = process.cpuUsage();
    articles.forEach(run);
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
