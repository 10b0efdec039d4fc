import type Database from 'better-sqlite3';
import { FeatureTable } from '../../stories/feature-table.js';
import { packCounts, unpackCounts, type PackedCounts } from '../../stories/packed-counts.js';
import { postingKey, type Bucket } from '../../stories/posting-keys.js';
import type {
  FeatureId,
  FeatureKey,
  RecentMember,
  StoryDecision,
  StoryRecord,
} from '../../stories/story.js';
import type { StoryState } from '../../stories/story-state.js';
import { storySummaryWriter, type StorySummaryWriter } from './story-summaries.js';

/** Tables of story clustering: every call below but the listings reads a bounded number of rows. */
export const STORY_TABLES = `
  CREATE TABLE story_counts (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE story_frequencies (
    feature TEXT PRIMARY KEY,
    articles INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    sequence INTEGER NOT NULL,
    title TEXT NOT NULL,
    first TEXT,
    last TEXT,
    size INTEGER NOT NULL,
    record TEXT NOT NULL
  );
  CREATE UNIQUE INDEX stories_sequence ON stories(sequence);
  CREATE INDEX stories_recent ON stories(last DESC, sequence);
  CREATE TABLE story_articles (
    article TEXT PRIMARY KEY,
    story TEXT NOT NULL,
    decision TEXT NOT NULL
  );
  -- An index holds the rowid, so a story's articles come in the order they were added.
  CREATE INDEX story_articles_story ON story_articles(story);
  CREATE TABLE story_postings (
    key TEXT NOT NULL,
    story TEXT NOT NULL,
    posted INTEGER NOT NULL,
    PRIMARY KEY (key, story)
  ) WITHOUT ROWID;
  CREATE INDEX story_postings_order ON story_postings(key, posted);
`;

/**
 * A story record as JSON, with feature keys where the record has this process's feature ids: its
 * maps as arrays of pairs, a recent member's features one a line, each followed by a tab and its
 * count when that is not 1.
 */
function recordJson(story: StoryRecord, table: FeatureTable): string {
  const keyed = (counts: PackedCounts) =>
    [...unpackCounts(counts)].map(([id, count]) => [table.key(id), count]);
  const memberLines = (member: RecentMember) =>
    [...unpackCounts(member.features)]
      .map(([id, count]) => (count === 1 ? table.key(id) : `${table.key(id)}\t${count}`))
      .join('\n');
  return JSON.stringify({
    ...story,
    profile: keyed(story.profile),
    representative: { ...story.representative, counts: keyed(story.representative.counts) },
    recent: story.recent?.map((member) => ({ ...member, features: memberLines(member) })),
  });
}

function parseRecord(json: string, table: FeatureTable): StoryRecord {
  const raw = JSON.parse(json) as Omit<StoryRecord, 'profile' | 'representative'> & {
    profile: [FeatureKey, number][];
    representative: StoryRecord['representative'] & { counts: [FeatureKey, number][] };
  };
  const numbered = (pairs: [FeatureKey, number][]) =>
    packCounts(pairs.map(([key, count]): [FeatureId, number] => [table.id(key), count]));
  const packed = (lines: string) =>
    packCounts(
      (lines ? lines.split('\n') : []).map((line): [FeatureId, number] => {
        const tab = line.indexOf('\t');
        return tab < 0
          ? [table.id(line), 1]
          : [table.id(line.slice(0, tab)), Number(line.slice(tab + 1))];
      }),
    );
  return {
    ...raw,
    profile: numbered(raw.profile),
    representative: { ...raw.representative, counts: numbered(raw.representative.counts) },
    recent: raw.recent?.map((member) => ({ ...member, features: packed(member.features) })),
  };
}

function prepare(db: Database.Database) {
  return {
    count: db.prepare<[string], number>('SELECT value FROM story_counts WHERE name = ?').pluck(),
    bumpCount: db.prepare(
      `INSERT INTO story_counts (name, value) VALUES (?, 1)
       ON CONFLICT(name) DO UPDATE SET value = value + 1`,
    ),
    frequency: db
      .prepare<[string], number>('SELECT articles FROM story_frequencies WHERE feature = ?')
      .pluck(),
    bumpFrequency: db.prepare(
      `INSERT INTO story_frequencies (feature, articles) VALUES (?, 1)
       ON CONFLICT(feature) DO UPDATE SET articles = articles + 1`,
    ),
    story: db.prepare<[string], string>('SELECT record FROM stories WHERE id = ?').pluck(),
    saveStory: db.prepare(
      `INSERT INTO stories (id, sequence, title, title_article, first, last, size, record)
       VALUES (@id, @sequence, @title, @title_article, @first, @last, @size, @record)
       ON CONFLICT(id) DO UPDATE SET title = @title, title_article = @title_article,
         first = @first, last = @last, size = @size, record = @record`,
    ),
    // Stories are numbered 0, 1, 2, … as they are made: the highest number reads from the index.
    storyCount: db
      .prepare<[], number>('SELECT coalesce(max(sequence) + 1, 0) FROM stories')
      .pluck(),
    storyIds: db.prepare<[], string>('SELECT id FROM stories ORDER BY sequence').pluck(),
    decision: db
      .prepare<[string], string>('SELECT decision FROM story_articles WHERE article = ?')
      .pluck(),
    storyOf: db
      .prepare<[string], string>('SELECT story FROM story_articles WHERE article = ?')
      .pluck(),
    recordDecision: db.prepare(
      'INSERT OR REPLACE INTO story_articles (article, story, decision) VALUES (?, ?, ?)',
    ),
    articlesOf: db
      .prepare<[string], string>(
        'SELECT article FROM story_articles WHERE story = ? ORDER BY rowid',
      )
      .pluck(),
    postings: db
      .prepare<[string], string>('SELECT story FROM story_postings WHERE key = ? ORDER BY posted')
      .pluck(),
    post: db.prepare(
      `INSERT OR REPLACE INTO story_postings (key, story, posted)
       VALUES (?, ?, (SELECT coalesce(max(posted), 0) + 1 FROM story_postings WHERE key = ?))`,
    ),
    postingCount: db
      .prepare<[string], number>('SELECT count(*) FROM story_postings WHERE key = ?')
      .pluck(),
    dropOldestPosting: db.prepare(
      `DELETE FROM story_postings WHERE key = ? AND posted =
         (SELECT min(posted) FROM story_postings WHERE key = ?)`,
    ),
  };
}

/** Story clustering's state in the archive, so that stories grow across runs. */
export class SqliteStoryState implements StoryState {
  /** Ids for this process only: the tables keep feature keys. */
  readonly features = new FeatureTable();
  private readonly sql: ReturnType<typeof prepare>;
  private readonly summaries: StorySummaryWriter;

  constructor(db: Database.Database) {
    this.sql = prepare(db);
    this.summaries = storySummaryWriter(db);
  }

  articleCount(): number {
    return this.sql.count.get('articles') ?? 0;
  }

  documentFrequency(feature: FeatureId): number {
    return this.sql.frequency.get(this.features.key(feature)) ?? 0;
  }

  countArticle(features: Iterable<FeatureId>): void {
    this.sql.bumpCount.run('articles');
    for (const feature of features) this.sql.bumpFrequency.run(this.features.key(feature));
  }

  story(id: string): StoryRecord | undefined {
    const json = this.sql.story.get(id);
    return json === undefined ? undefined : parseRecord(json, this.features);
  }

  saveStory(story: StoryRecord): void {
    this.sql.saveStory.run({
      id: story.id,
      sequence: story.sequence,
      title: story.representative.headline,
      title_article: story.representative.article,
      first: story.first,
      last: story.last,
      size: story.size,
      record: recordJson(story, this.features),
    });
    this.summaries.saved(story.id, story.first, story.last);
  }

  storyCount(): number {
    return this.sql.storyCount.get()!;
  }

  storyIds(): Iterable<string> {
    return this.sql.storyIds.all();
  }

  decisionOf(article: string): StoryDecision | undefined {
    const json = this.sql.decision.get(article);
    return json === undefined ? undefined : (JSON.parse(json) as StoryDecision);
  }

  recordDecision(decision: StoryDecision): void {
    const previous = this.sql.storyOf.get(decision.article);
    this.sql.recordDecision.run(decision.article, decision.story, JSON.stringify(decision));
    // What the story lists show follows the article (story-summaries.ts).
    if (previous === decision.story) return;
    if (previous !== undefined) this.summaries.remove(decision.article, previous);
    this.summaries.add(decision.article, decision.story);
  }

  articlesOf(story: string): string[] {
    return this.sql.articlesOf.all(story);
  }

  postings(bucket: Bucket, feature: FeatureId): readonly string[] {
    return this.sql.postings.all(postingKey(bucket, this.features.key(feature)));
  }

  post(bucket: Bucket, feature: FeatureId, story: string, cap: number): void {
    const key = postingKey(bucket, this.features.key(feature));
    this.sql.post.run(key, story, key);
    if (this.sql.postingCount.get(key)! > cap) this.sql.dropOldestPosting.run(key, key);
  }
}
