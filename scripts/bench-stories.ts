/**
 * Story scale: one synthetic stream (the example corpus's stories retold with other names,
 * places, dates and numbers, many events of the same kind at once) fed article by article into
 * copy detection and story clustering. At each checkpoint it prints the CPU time per article
 * over the last window of articles, memory, and how well the stories match the synthetic events
 * so far (BCubed F1). The target: per-article time at the largest size ≤ 1.5 × that at the first.
 * Analysis is not part of the cost: each template article is analysed once and its features are
 * rewritten with the text.
 *
 *   npx tsx scripts/bench-stories.ts [--sizes 10000,100000,1000000] [--store memory|sqlite]
 *     [--events-per-day 40] [--decisions-hash] [--follow-up-days 90] [--late-follow-up-days 730]
 *
 * With `--decisions-hash` it also prints hashes of every decision in order (story and reason;
 * then with similarity, candidates and notes) and of each article's final story, so that a change
 * meant to be faster only can be checked to decide exactly as before.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CopyIndex } from '../src/stories/copies/copy-index.js';
import { StoryIndex } from '../src/stories/story-index.js';
import { StoryTracker } from '../src/stories/story-tracker.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { SqliteCopyState } from '../src/store/sqlite/sqlite-copy-state.js';
import { SqliteStoryState } from '../src/store/sqlite/sqlite-story-state.js';
import { loadTemplates, syntheticStream } from './lib/synthetic-stream.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const sizes = option('--sizes', '10000,100000,1000000').split(',').map(Number);
const store = option('--store', 'memory');
const eventsPerDay = Number(option('--events-per-day', '40'));
const hashDecisions = args.includes('--decisions-hash');
// The follow-up horizons in days (the story options' defaults when not given): what they cost.
// The stream's invented days run years past today's at a million articles: all are plausible.
const copyDates = {
  dates: { earliestDate: '1900-01-01', latestDate: '9999-12-31', futureDays: 0 },
};
const followUp = {
  latestDate: '9999-12-31',
  ...(args.includes('--follow-up-days')
    ? { followUpDays: Number(option('--follow-up-days', '0')) }
    : {}),
  ...(args.includes('--late-follow-up-days')
    ? { lateFollowUpDays: Number(option('--late-follow-up-days', '0')) }
    : {}),
};
const window = Math.min(5000, Math.floor(sizes[0]! / 2));

function tracker(): { tracker: StoryTracker; close(): void; commitEvery?: () => void } {
  if (store === 'memory')
    return {
      tracker: new StoryTracker(new CopyIndex(undefined, copyDates), new StoryIndex(followUp)),
      close() {},
    };
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-bench-stories-'));
  const db = new Database(join(folder, 'stories.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  for (const migration of MIGRATIONS)
    if (typeof migration === 'string') db.exec(migration);
    else migration(db);
  const tracked = new StoryTracker(
    new CopyIndex(new SqliteCopyState(db), copyDates),
    new StoryIndex(followUp, new SqliteStoryState(db)),
  );
  db.exec('BEGIN');
  return {
    tracker: tracked,
    // One transaction per thousand articles, as a batch ingest would commit.
    commitEvery: () => db.exec('COMMIT; BEGIN'),
    close() {
      db.exec('COMMIT');
      db.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** BCubed F1 of the stories found against the synthetic events. */
function bcubed(storyOf: string[], eventOf: number[]): number {
  const pairCount = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const stories = pairCount(storyOf);
  const events = pairCount(eventOf.map(String));
  const both = pairCount(storyOf.map((story, i) => `${story}\u0000${eventOf[i]}`));
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < storyOf.length; i++) {
    const shared = both.get(`${storyOf[i]}\u0000${eventOf[i]}`)!;
    precision += shared / stories.get(storyOf[i]!)!;
    recall += shared / events.get(String(eventOf[i]))!;
  }
  precision /= storyOf.length;
  recall /= storyOf.length;
  return (2 * precision * recall) / (precision + recall);
}

const templates = await loadTemplates();
const largest = Math.max(...sizes);
const { tracker: stories, close, commitEvery } = tracker();
const storyOf: string[] = [];
const eventOf: number[] = [];
const rows: string[][] = [];
let windowCpu = 0;
let copies = 0;
let count = 0;
const decisionsHash = createHash('sha256');
const detailHash = createHash('sha256');

for (const item of syntheticStream(templates, largest, { eventsPerDay })) {
  const started = process.cpuUsage();
  const { copy, story } = stories.add(item.article, item.features);
  const used = process.cpuUsage(started);
  if (count % 1000 === 999) commitEvery?.();
  count++;
  if (count > (sizes.find((size) => size >= count) ?? largest) - window)
    windowCpu += used.user + used.system;
  if (copy.linked) copies++;
  if (hashDecisions) {
    decisionsHash.update(`${story.story}\t${story.reason}\n`);
    detailHash.update(
      `${story.story}\t${story.reason}\t${story.similarity}\t${story.candidates}\t${story.created}\t${story.notes.join('|')}\n`,
    );
  }
  storyOf.push(story.story);
  eventOf.push(item.event);
  if (sizes.includes(count)) {
    const memory = process.memoryUsage();
    rows.push([
      count.toLocaleString('en'),
      (windowCpu / window).toFixed(0),
      (memory.heapUsed / 2 ** 20).toFixed(0),
      (memory.rss / 2 ** 20).toFixed(0),
      new Set(storyOf).size.toLocaleString('en'),
      (eventOf[eventOf.length - 1]! + 1).toLocaleString('en'),
      copies.toLocaleString('en'),
      bcubed(storyOf, eventOf).toFixed(3),
    ]);
    windowCpu = 0;
    // Each row as it comes: a run of a million takes long, and a stopped run keeps what it had.
    console.error(`  ${rows[rows.length - 1]!.join(' | ')}`);
  }
}
if (hashDecisions) {
  const finalHash = createHash('sha256');
  for (const item of syntheticStream(templates, largest, { eventsPerDay }))
    finalHash.update(`${stories.storyOf(item.article.id)}\n`);
  console.log(`decisions (story, reason): ${decisionsHash.digest('hex')}`);
  console.log(`decisions in detail: ${detailHash.digest('hex')}`);
  console.log(`final story of each article: ${finalHash.digest('hex')}`);
}
close();

console.log(
  `\nStory scale: synthetic stream of ${largest.toLocaleString('en')} articles, ${eventsPerDay} new events a day, state in ${store}; CPU µs per article over the last ${window} articles before each size\n`,
);
console.log(
  '| articles | µs per article | heap MiB | RSS MiB | stories | events | copies and updates linked | BCubed F1 vs events |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const first = Number(rows[0]![1]);
const last = Number(rows[rows.length - 1]![1]);
console.log(
  `\nper-article time at ${rows[rows.length - 1]![0]} / at ${rows[0]![0]}: ${(last / first).toFixed(2)} (target ≤ 1.5)`,
);
