/**
 * Copies and updates on the example corpus against examples/gold.json: copies and updates found and
 * invented, and the independent sources of each gold story (its gold membership, since clustering
 * is judged elsewhere), with the articles fed as read, reversed and shuffled. Then the cost of a
 * spam burst (near-identical variations of one invented article) and of an index of distinct
 * articles: time per article and memory at each size, which should stay flat.
 *
 *   npx tsx scripts/eval-copies.ts [--spam 10000,100000] [--distinct 10000,100000] [--shuffles 5]
 *
 * Memory figures are more stable with `node --expose-gc --import tsx scripts/eval-copies.ts`.
 */
import { readFileSync } from 'node:fs';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Article } from '../src/model/article.js';
import { ReadError } from '../src/model/read-error.js';
import type { CopyLink } from '../src/stories/copies/copy-link.js';
import { CopyIndex } from '../src/stories/copies/copy-index.js';
import { countSources } from '../src/stories/copies/count-sources.js';
import { shuffled } from './lib/seeded-shuffle.js';

interface Pair {
  article: string;
  of: string;
}
interface Gold {
  copies: Pair[];
  updates: Pair[];
  stories: { id: string; articles: string[]; sources: number }[];
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const sizes = (text: string) => (text === '0' ? [] : text.split(',').map(Number));
const spamSizes = sizes(option('--spam', '10000,100000'));
const distinctSizes = sizes(option('--distinct', '10000,100000'));
const shuffles = Number(option('--shuffles', '5'));

// ---------------------------------------------------------------- the example corpus

const gold = JSON.parse(readFileSync('examples/gold.json', 'utf8')) as Gold;
const articles: Article[] = [];
for await (const item of readArticles(['examples/corpus'])) {
  if (item instanceof ReadError) console.error(item.message);
  else articles.push(item);
}
const keyOf = new Map(articles.map((a) => [a.id, a.url ?? a.source]));
const idOf = new Map(articles.map((a) => [a.url ?? a.source, a.id]));
const key = (id: string) => keyOf.get(id) ?? id;

interface Run {
  order: string;
  links: CopyLink[];
  index: CopyIndex;
}

function run(order: string, input: Article[]): Run {
  const index = new CopyIndex();
  for (const article of input) index.add(article);
  return { order, links: index.links(), index };
}

const runs = [
  run('as read', articles),
  run('reversed', [...articles].reverse()),
  ...Array.from({ length: shuffles }, (_, i) =>
    run(`shuffled ${i + 1}`, shuffled(articles, i + 1)),
  ),
];

const same = (link: CopyLink, pair: Pair) =>
  key(link.article) === pair.article && key(link.of) === pair.of;

console.log(`\nCopies and updates in the example corpus (${articles.length} articles)\n`);
console.log(
  '| order | copies found | copies invented | updates found | updates invented | stories with exact sources | same links as read |',
);
console.log('|---|---|---|---|---|---|---|');
const problems: string[] = [];
for (const { order, links } of runs) {
  const row: string[] = [order];
  for (const kind of ['copy', 'update'] as const) {
    const goldPairs = kind === 'copy' ? gold.copies : gold.updates;
    const ours = links.filter((l) => l.kind === kind);
    const found = goldPairs.filter((pair) => ours.some((l) => same(l, pair)));
    const invented = ours.filter((l) => !goldPairs.some((pair) => same(l, pair)));
    row.push(`${found.length} / ${goldPairs.length}`, String(invented.length));
    for (const pair of goldPairs.filter((p) => !found.includes(p)))
      problems.push(`${order}: missed ${kind} ${pair.article} of ${pair.of}`);
    for (const l of invented)
      problems.push(
        `${order}: invented ${kind} ${key(l.article)} of ${key(l.of)} (${l.similarity})`,
      );
  }
  const exact = gold.stories.filter(
    (story) =>
      countSources(
        story.articles.map((a) => idOf.get(a) ?? a),
        links,
      ) === story.sources,
  );
  row.push(`${exact.length} / ${gold.stories.length}`);
  const plain = (ls: CopyLink[]) => JSON.stringify(ls.map((l) => [l.article, l.of, l.kind]));
  row.push(plain(links) === plain(runs[0]!.links) ? 'yes' : 'no');
  console.log(`| ${row.join(' | ')} |`);
}

const first = runs[0]!;
console.log('\n| story | articles | gold sources | ours (as read) | ours, every order |');
console.log('|---|---|---|---|---|');
for (const story of gold.stories) {
  const ids = story.articles.map((a) => idOf.get(a) ?? a);
  const counts = new Set(runs.map(({ links }) => countSources(ids, links)));
  console.log(
    `| ${story.id} | ${story.articles.length} | ${story.sources} | ${countSources(ids, first.links)} | ${[...counts].join(', ')} |`,
  );
}

console.log('\nLinks (as read):');
for (const link of first.links) {
  const origin = first.index.origin(link.article);
  console.log(
    `  ${link.kind} ${key(link.article)}\n    of ${key(link.of)}  similarity ${link.similarity}` +
      (link.kind === 'copy' ? `  origin ${origin?.agency ?? origin?.outlet ?? '?'}` : ''),
  );
}
if (problems.length) console.log(`\nProblems:\n  ${problems.join('\n  ')}`);

// ---------------------------------------------------------------- scale

const BASE = [
  'HARBOURTON (Meridian) – Crews of the ferry operator Blue Gannet Lines walked off the job on',
  'Tuesday morning, stranding about 3,000 passengers on the island of Wrenmouth, the company said.',
  'The strike was called by the Coastal Seafarers Union after talks on rosters and overtime broke',
  'down late on Monday. The union wants a cap of twelve hours on any shift and a new rest rule for',
  'crews on the night crossing. "We have asked for this for two years and we were ignored," said',
  'Edda Marlowe, the union secretary, speaking outside the terminal. Blue Gannet Lines said it',
  'had offered a rise of four percent and a review of rosters by the summer, and called the',
  'stoppage unnecessary. The port authority said freight lorries were queuing for two kilometres',
  'on the approach road and that perishable goods would be moved by the night cargo service if',
  'the strike went on. Shops on Wrenmouth reported shortages of milk and bread by the afternoon.',
  'The island council asked both sides to return to talks and offered its chamber as a venue.',
  'A spokesman for the transport ministry said the minister was following the dispute closely',
  'and did not rule out appointing a mediator if no agreement was reached by Thursday. The last',
  'strike at Blue Gannet Lines, in 2029, lasted six days and cost the company an estimated',
  'nine million in lost fares, according to its annual report.',
].join(' ');
const baseWords = BASE.split(' ');

function random32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let h = state;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
}
const SYLLABLES = 'ka lo mi ren tor vas pel dun sir bo al ne gru fey tam ost'.split(' ');
function word(random: () => number): string {
  let out = '';
  for (let n = 2 + (random() % 2); n > 0; n--) out += SYLLABLES[random() % SYLLABLES.length];
  return out;
}

function synthetic(i: number, text: string, outlet: string): Article {
  return {
    id: `x${i}`,
    source: `synthetic/${i}`,
    url: null,
    outlet,
    title: null,
    published: new Date(Date.UTC(2031, 0, 1) + i * 1000).toISOString(),
    language: 'en',
    authors: [],
    text,
    sections: { versions: [{ start: 0, end: text.length, marker: null }], credits: [] },
  };
}

/** The invented report with three words replaced: what a spam burst or a content farm posts. */
function spamArticle(i: number, random: () => number): Article {
  const words = [...baseWords];
  for (let n = 0; n < 3; n++) words[random() % words.length] = word(random);
  return synthetic(i, words.join(' '), `Outlet ${random() % 1000}`);
}

/** A report of its own: as long as the invented one, words from a large made-up vocabulary. */
function distinctArticle(i: number, random: () => number): Article {
  const words = Array.from({ length: baseWords.length }, () => word(random));
  return synthetic(i, words.join(' '), `Outlet ${random() % 1000}`);
}

const gc = (globalThis as { gc?: () => void }).gc;
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

const WINDOW = 2000;

/**
 * Feeds `total` articles; at a tenth, half and all of them, prints the time per article since the
 * last row, then (after a forced collection, when --expose-gc allows it) the time per article of
 * the next WINDOW additions: the marginal cost at that size, with less of the collector in it.
 */
function scale(label: string, total: number, make: (i: number, random: () => number) => Article) {
  const random = random32(total);
  const index = new CopyIndex();
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const checkpoints = [0.1, 0.5, 1].map((share) => Math.round(total * share));
  let done = 0;
  let linked = 0;
  let maxCandidates = 0;
  const add = () => {
    const decision = index.add(make(done++, random));
    if (decision.reason === 'linked') linked++;
    maxCandidates = Math.max(maxCandidates, decision.candidates);
  };
  const rows: string[] = [];
  for (const checkpoint of checkpoints) {
    const from = done;
    const start = performance.now();
    while (done < checkpoint) add();
    const overall = ((performance.now() - start) * 1000) / Math.max(1, checkpoint - from);
    gc?.();
    const heap = process.memoryUsage().heapUsed - heapBefore;
    const stats = index.state.stats();
    const linkedSoFar = linked;
    const windowStart = performance.now();
    for (let n = 0; n < WINDOW; n++) add();
    const marginal = ((performance.now() - windowStart) * 1000) / WINDOW;
    rows.push(
      `| ${label} | ${checkpoint.toLocaleString('en')} | ${overall.toFixed(0)} | ${marginal.toFixed(0)} | ` +
        `${mib(heap)} | ${((heap / checkpoint) | 0).toLocaleString('en')} | ${stats.fingerprints.toLocaleString('en')} | ` +
        `${stats.buckets.toLocaleString('en')} | ${linkedSoFar.toLocaleString('en')} | ${maxCandidates} |`,
    );
  }
  return rows;
}

if (spamSizes.length || distinctSizes.length) {
  console.log(
    `\nScale (one core${gc ? ', heap after a forced collection' : ', heap without forced collection: run with --expose-gc for steadier figures'})\n`,
  );
  console.log(
    `| input | articles in the index | µs per article since last row | µs per article, next ${WINDOW.toLocaleString('en')} | heap MiB | heap bytes per article | fingerprints indexed | LSH buckets | linked | most candidates compared |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const total of spamSizes)
    for (const row of scale('spam burst', total, spamArticle)) console.log(row);
  for (const total of distinctSizes)
    for (const row of scale('distinct articles', total, distinctArticle)) console.log(row);
}
