/**
 * Story clustering against gold stories: ECB+ (two events of the same kind per topic; most
 * articles undated) and the example corpus. Articles are analysed once, then fed to the index in
 * several seeded shuffled orders; the table gives pairwise and BCubed precision / recall / F1
 * per order, their mean and spread, the clustering's sensitivity to its threshold, and a
 * baseline: TF-IDF cosine over words, single link, its best threshold found on the gold.
 *
 *   npx tsx scripts/eval-stories.ts ../shared/data/stories/ecbplus-dev.jsonl [--examples]
 *     [--orders 5] [--threshold 0.2] [--window 14] [--hide-dates 0.5]
 *
 * In ECB+ dev the publication date sorts the two events of a topic: every article of the older
 * event (the `ecb` stories) is undated, every one of the newer (`ecbplus`) has a date (222 of 249
 * read). A rule keyed to whether a side is dated therefore scores as if it told events apart.
 * `--hide-dates SHARE` drops the date of that share of the dated articles (a fixed choice, before
 * analysis), so that a change can be measured where dated and undated reports of one event meet,
 * as they do in a real feed.
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { textLayer } from '../src/analyze/text/text-layer.js';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Article } from '../src/model/article.js';
import { ReadError } from '../src/model/read-error.js';
import type { ArticleFeatures } from '../src/stories/story.js';
import { storyFeatures } from '../src/stories/story-features.js';
import { StoryIndex } from '../src/stories/story-index.js';
import type { StoryOptions } from '../src/stories/story-options.js';
import { looseDate, readEcbDocuments } from './lib/ecb-plus.js';
import { shuffled } from './lib/seeded-shuffle.js';

interface Item {
  key: string;
  gold: string;
  article: Article;
  features: ArticleFeatures;
}

interface Scores {
  pairwise: [number, number, number];
  bcubed: [number, number, number];
  stories: number;
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const ordersCount = Number(option('--orders') ?? 5);
const overrides: Partial<StoryOptions> = {};
if (option('--threshold')) overrides.threshold = Number(option('--threshold'));
if (option('--window')) overrides.windowDays = Number(option('--window'));
const hideDates = Number(option('--hide-dates') ?? 0);
if (!(hideDates >= 0 && hideDates <= 1)) {
  console.error('--hide-dates takes a share between 0 and 1');
  process.exit(2);
}
const dataPath = args.find(
  (arg, i) =>
    !arg.startsWith('--') && !args[i - 1]?.match(/^--(orders|threshold|window|hide-dates)$/),
);
if (!dataPath && !args.includes('--examples')) {
  console.error('usage: eval-stories.ts <ecbplus-dev.jsonl> [--examples] [--orders N]');
  process.exit(2);
}

// ---- reading ---------------------------------------------------------------------------------

function featuresOf(article: Article): ArticleFeatures {
  return storyFeatures(article, analyzeArticle(article), textLayer(article.text));
}

/** The ids of `share` of the dated documents, the same ones in every run. */
function hiddenDates(documents: { id: string; article: Article }[], share: number): Set<string> {
  const dated = documents.filter((d) => d.article.published).map((d) => d.id);
  return new Set(shuffled(dated, 97).slice(0, Math.round(share * dated.length)));
}

/** ECB+ titles are first sentences, not headlines: they open the text (readEcbDocuments). */
function readEcb(path: string): Item[] {
  const documents = readEcbDocuments(path, looseDate);
  const hidden = hiddenDates(documents, hideDates);
  if (hidden.size)
    console.log(`\nPublication dates hidden: ${hidden.size} articles (--hide-dates ${hideDates})`);
  return documents.map(({ id, story, article }) => {
    const read = hidden.has(id) ? { ...article, published: null } : article;
    return { key: id, gold: story, article: read, features: featuresOf(read) };
  });
}

async function readExamples(): Promise<Item[]> {
  const gold = JSON.parse(readFileSync('examples/gold.json', 'utf8')) as {
    stories: { id: string; articles: string[] }[];
  };
  const storyOf = new Map(gold.stories.flatMap((s) => s.articles.map((a) => [a, s.id])));
  const items: Item[] = [];
  for await (const article of readArticles(['examples/corpus'])) {
    if (article instanceof ReadError) throw new Error(article.message);
    const key = article.url ?? article.source;
    const story = storyOf.get(key);
    if (!story) throw new Error(`not in the gold stories: ${key}`);
    items.push({ key, gold: story, article, features: featuresOf(article) });
  }
  return items;
}

// ---- scoring ---------------------------------------------------------------------------------

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function score(gold: string[], predicted: string[]): Scores {
  const n = gold.length;
  let both = 0;
  let samePredicted = 0;
  let sameGold = 0;
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    let bothI = 0;
    let predictedI = 0;
    let goldI = 0;
    for (let j = 0; j < n; j++) {
      const g = gold[i] === gold[j];
      const p = predicted[i] === predicted[j];
      if (g && p) bothI++;
      if (p) predictedI++;
      if (g) goldI++;
      if (j > i) {
        if (g && p) both++;
        if (p) samePredicted++;
        if (g) sameGold++;
      }
    }
    precision += bothI / predictedI;
    recall += bothI / goldI;
  }
  const pp = samePredicted ? both / samePredicted : 1;
  const pr = sameGold ? both / sameGold : 1;
  return {
    pairwise: [pp, pr, f1(pp, pr)],
    bcubed: [precision / n, recall / n, f1(precision / n, recall / n)],
    stories: new Set(predicted).size,
  };
}

function cluster(items: Item[], options: Partial<StoryOptions>) {
  const index = new StoryIndex(options);
  const started = performance.now();
  for (const item of items) index.add(item.key, item.features);
  const msPerArticle = (performance.now() - started) / items.length;
  // Where each article ended up: a later article may have moved it to another story.
  const story = new Map(items.map((item) => [item.key, index.storyOf(item.key)!]));
  return { story, index, msPerArticle };
}

// ---- baseline --------------------------------------------------------------------------------

/** TF-IDF cosine over lower-case words, single link at each threshold: the best found on the gold. */
function baseline(items: Item[]) {
  const docs = items.map((item) => {
    const counts = new Map<string, number>();
    for (const word of item.article.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const doc of docs) for (const word of doc.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const vectors = docs.map((doc) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [word, count] of doc) {
      const w = (1 + Math.log(count)) * Math.log(docs.length / df.get(word)!);
      v.set(word, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, w] of v) v.set(word, w / norm);
    return v;
  });
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < vectors.length; i++)
    for (let j = i + 1; j < vectors.length; j++) {
      let dot = 0;
      for (const [word, w] of vectors[i]!) dot += w * (vectors[j]!.get(word) ?? 0);
      pairs.push([dot, i, j]);
    }
  pairs.sort((a, b) => b[0] - a[0]);
  const gold = items.map((item) => item.gold);
  let best = { threshold: 0, scores: score(gold, gold) };
  best.scores.bcubed[2] = -1;
  const sweep: [number, number][] = [];
  for (let t = 0.95; t >= 0.02; t -= 0.01) {
    const parent = items.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (const [sim, i, j] of pairs) {
      if (sim < t) break;
      parent[find(i)] = find(j);
    }
    const scores = score(
      gold,
      items.map((_, i) => String(find(i))),
    );
    sweep.push([t, scores.bcubed[2]]);
    if (scores.bcubed[2] > best.scores.bcubed[2]) best = { threshold: t, scores };
  }
  return { best, sweep };
}

// ---- report ----------------------------------------------------------------------------------

const fmt = (x: number) => x.toFixed(3);
const spread = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return `${fmt(mean)} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
};

function printRuns(label: string, items: Item[], orders: Item[][]) {
  console.log(
    `\n## ${label}: ${items.length} articles, ${new Set(items.map((i) => i.gold)).size} gold stories\n`,
  );
  console.log('| order | stories | pairwise P | R | F1 | BCubed P | R | F1 | ms/article |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  const runs = orders.map((order) => {
    const { story, msPerArticle } = cluster(order, overrides);
    return {
      scores: score(
        items.map((i) => i.gold),
        items.map((i) => story.get(i.key)!),
      ),
      msPerArticle,
    };
  });
  runs.forEach(({ scores, msPerArticle }, i) =>
    console.log(
      `| ${i === 0 && label.startsWith('examples') ? 'file order' : `seed ${i + 1}`} | ${scores.stories} | ${scores.pairwise.map(fmt).join(' | ')} | ${scores.bcubed.map(fmt).join(' | ')} | ${msPerArticle.toFixed(2)} |`,
    ),
  );
  const column = (pick: (s: Scores) => number) => spread(runs.map((r) => pick(r.scores)));
  console.log(
    `| **mean (min–max)** | ${column((s) => s.stories)} | ${[0, 1, 2].map((k) => column((s) => s.pairwise[k]!)).join(' | ')} | ${[0, 1, 2].map((k) => column((s) => s.bcubed[k]!)).join(' | ')} | |`,
  );
  return runs;
}

/** BCubed F1 over the same orders as one option moves, the others at their value. */
function printSensitivity(
  items: Item[],
  orders: Item[][],
  name: 'threshold' | 'windowDays' | 'followUpDays' | 'lateFollowUpDays',
  values: number[],
) {
  const gold = items.map((i) => i.gold);
  console.log(`\nSensitivity to ${name}, mean (min–max) over the same orders:\n`);
  console.log(`| ${name} | BCubed P | BCubed R | BCubed F1 | stories |`);
  console.log('|---|---|---|---|---|');
  for (const value of values) {
    const runs = orders.map((order) => {
      const { story } = cluster(order, { ...overrides, [name]: value });
      return score(
        gold,
        items.map((i) => story.get(i.key)!),
      );
    });
    const column = (k: number) => spread(runs.map((s) => s.bcubed[k]!));
    console.log(
      `| ${value} | ${column(0)} | ${column(1)} | ${column(2)} | ${spread(runs.map((s) => s.stories))} |`,
    );
  }
}

function printBaseline(items: Item[]) {
  const { best } = baseline(items);
  const s = best.scores;
  console.log(
    `\nBaseline, TF-IDF cosine over words, single link, best threshold ${best.threshold.toFixed(2)} (chosen on the gold): ` +
      `stories ${s.stories}, pairwise ${s.pairwise.map(fmt).join(' / ')}, BCubed ${s.bcubed.map(fmt).join(' / ')}`,
  );
}

const THRESHOLDS = [0.1, 0.125, 0.15, 0.175, 0.18, 0.2, 0.225, 0.25, 0.3, 0.35];
const seeds = Array.from({ length: ordersCount }, (_, i) => i + 1);

if (dataPath) {
  const items = readEcb(dataPath);
  const orders = seeds.map((seed) => shuffled(items, seed));
  printRuns('ECB+ dev', items, orders);
  printSensitivity(items, orders, 'threshold', THRESHOLDS);
  printSensitivity(items, orders, 'windowDays', [7, 14, 30, 60, 3650]);
  printSensitivity(items, orders, 'followUpDays', [0, 60, 90, 180, 365, 730]);
  printSensitivity(items, orders, 'lateFollowUpDays', [0, 365, 730, 1095]);
  printBaseline(items);
}

if (args.includes('--examples')) {
  const items = await readExamples();
  const orders = [items, ...seeds.map((seed) => shuffled(items, seed))];
  printRuns('examples corpus', items, orders);
  printSensitivity(items, orders, 'threshold', THRESHOLDS);
  const strikesApart = (options: Partial<StoryOptions>) =>
    orders.every((order) => {
      const { story } = cluster(order, options);
      const lisbon = new Set(
        items.filter((i) => i.gold === 'lisbon-dock-strike').map((i) => story.get(i.key)),
      );
      return items
        .filter((i) => i.gold === 'valencia-port-strike')
        .every((i) => !lisbon.has(story.get(i.key)));
    });
  const answer = (yes: boolean) => (yes ? 'yes' : 'NO');
  console.log(
    `\nLisbon and Valencia strikes never share a story, in any order: ${answer(strikesApart(overrides))}; ` +
      `on content alone (window 3650 days): ${answer(strikesApart({ ...overrides, windowDays: 3650 }))}`,
  );
  const { index } = cluster(items, overrides);
  console.log('\nStories in file order:');
  for (const story of index.stories())
    console.log(
      `- ${story.title} (${story.first ?? '?'} – ${story.last ?? '?'}, ${story.articles.length} articles)`,
    );
  printBaseline(items);
}
