import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeForStories, type AnalyzedArticle } from '../../src/analyze/analyzed-article.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import type { Article } from '../../src/model/article.js';
import { ReadError } from '../../src/model/read-error.js';
import { countSources, storySources } from '../../src/stories/copies/index.js';
import type { StoryState } from '../../src/stories/story-state.js';
import { SqliteArchive } from '../../src/store/sqlite/sqlite-archive.js';
import { shuffled } from '../../scripts/lib/seeded-shuffle.js';

/**
 * The story list's stored counts (migration 7) against what the story code computes, after the
 * example corpus goes in as read, reversed and in shuffled orders, and after an archive made
 * before the migration is upgraded.
 */
let folder: string;
let items: { article: Article; analyzed: AnalyzedArticle }[];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'crosscheck-story-summaries-'));
  const articles: Article[] = [];
  for await (const item of readArticles(['examples/corpus'])) {
    if (!(item instanceof ReadError)) articles.push(item);
  }
  const analyzed = analyzeForStories(articles);
  items = articles.flatMap((article, i) => {
    const result = analyzed[i]!;
    return result instanceof Error ? [] : [{ article, analyzed: result }];
  });
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fill(archive: SqliteArchive, order: typeof items): void {
  for (const { article, analyzed } of order)
    archive.addArticle(article, analyzed.analysis, analyzed.features ?? undefined);
}

type Db = Database.Database;
const dbOf = (archive: SqliteArchive) => (archive as unknown as { db: Db }).db;

/** Every story's stored counts equal what `getStory` (storySources) and countSources compute. */
function expectStoredCountsExact(archive: SqliteArchive): void {
  const stories = archive.listStories({ limit: 1000 });
  expect(stories.length).toBeGreaterThan(0);
  // The stories that hold an article, no more (clustering may empty one by moving articles).
  const db = dbOf(archive);
  const held = db.prepare('SELECT DISTINCT story FROM story_articles ORDER BY 1').pluck().all();
  expect(stories.map((story) => story.id).sort()).toEqual(held);
  expect(archive.countStories()).toBe(held.length);
  expect(archive.countStories({ from: '1900-01-01' })).toBe(held.length);
  const summaries = new Map(
    archive.listStorySummaries({ limit: 1000 }).map((summary) => [summary.id, summary]),
  );
  const copies = (archive as unknown as { stories: { copies: Parameters<typeof storySources>[1] } })
    .stories.copies;
  const links = (
    archive as unknown as {
      stories: { copies: { links(): Parameters<typeof countSources>[1] } };
    }
  ).stories.copies.links();
  for (const story of stories) {
    const stored = summaries.get(story.id)!;
    expect(stored, story.id).toEqual({
      id: story.id,
      title: story.title,
      first: story.first,
      last: story.last,
      articles: story.articles.length,
      sources: story.sources,
    });
    expect(stored.sources).toBe(storySources(story.articles, copies).length);
    expect(stored.sources).toBe(countSources(story.articles, links));
    expect(archive.getStorySummary(story.id)).toEqual({
      ...stored,
      titleArticle: story.titleArticle,
    });
  }
  // Each outlet's stories, as stored, are the stories with one of its articles.
  const expected = db
    .prepare(
      `SELECT DISTINCT a.outlet, sa.story FROM story_articles sa JOIN articles a ON a.id = sa.article
       WHERE a.outlet IS NOT NULL ORDER BY 1, 2`,
    )
    .all();
  const stored = db
    .prepare(
      `SELECT o.outlet, o.story FROM story_outlets o JOIN stories s ON s.id = o.story
       WHERE o.last IS s.last AND o.first IS s.first AND o.sequence = s.sequence ORDER BY 1, 2`,
    )
    .all();
  expect(stored).toEqual(expected);
  const outlets = db.prepare('SELECT DISTINCT outlet FROM story_outlets').pluck().all() as string[];
  for (const outlet of outlets)
    expect(archive.countStories({ outlet }), outlet).toBe(
      expected.filter((row) => (row as { outlet: string }).outlet === outlet).length,
    );
  expect(
    db.prepare('SELECT count(*) FROM outlet_story_counts WHERE stories <= 0').pluck().get(),
  ).toBe(0);
}

describe('stored story counts', () => {
  const orders: [string, (all: typeof items) => typeof items][] = [
    ['as read', (all) => all],
    ['reversed', (all) => [...all].reverse()],
    ['shuffled 1', (all) => shuffled(all, 1)],
    ['shuffled 2', (all) => shuffled(all, 2)],
    ['shuffled 3', (all) => shuffled(all, 3)],
  ];
  for (const [name, order] of orders) {
    it(`equal the computed ones with the corpus ${name}`, () => {
      const archive = new SqliteArchive(join(folder, `${name}.db`));
      try {
        fill(archive, order(items));
        expectStoredCountsExact(archive);
        // The same articles again change nothing.
        fill(archive, order(items).slice(0, 5));
        expectStoredCountsExact(archive);
      } finally {
        archive.close();
      }
    });
  }

  it('follow an article that story clustering moves to another story', () => {
    const archive = new SqliteArchive(join(folder, 'moves.db'));
    try {
      fill(archive, items);
      const state = (archive as unknown as { stories: { clusters: { state: StoryState } } }).stories
        .clusters.state;
      const move = (article: string, from: string, to: string) => {
        const [source, target] = [state.story(from)!, state.story(to)!];
        source.size--;
        target.size++;
        state.saveStory(source);
        state.saveStory(target);
        state.recordDecision({ ...state.decisionOf(article)!, story: to });
      };
      const [big, other] = archive
        .listStories({ limit: 1000 })
        .sort((a, b) => b.articles.length - a.articles.length);
      // A copy (its source stays in the story through the original) and then a whole story.
      const copy = big!.copies[0]?.article ?? big!.articles[0]!;
      move(copy, big!.id, other!.id);
      expectStoredCountsExact(archive);
      for (const article of state.articlesOf(other!.id)) move(article, other!.id, big!.id);
      expectStoredCountsExact(archive);
      expect(archive.getStorySummary(other!.id)).toBeNull();
      expect(archive.getStory(other!.id)).toBeNull();
      expect(
        dbOf(archive).prepare('SELECT size, sources FROM stories WHERE id = ?').get(other!.id),
      ).toEqual({ size: 0, sources: 0 });
      expect(archive.listStorySummaries({ limit: 1000 }).map((s) => s.id)).not.toContain(other!.id);
    } finally {
      archive.close();
    }
  });

  it('are filled in when an archive made before them is opened', () => {
    const path = join(folder, 'upgrade.db');
    const archive = new SqliteArchive(path);
    fill(archive, items);
    archive.close();
    // Back to schema 6: what an archive of that version holds (story_reports came in 8).
    const db = new Database(path);
    db.exec(`
      DROP TABLE story_sources; DROP TABLE story_outlets; DROP TABLE story_article_rowids;
      DROP TABLE outlet_story_counts; DROP TABLE story_reports;
      DELETE FROM story_counts WHERE name IN ('longest-span', 'stories');
      DROP INDEX stories_recent;
      ALTER TABLE stories DROP COLUMN sources;
      ALTER TABLE stories DROP COLUMN title_article;
      CREATE INDEX stories_recent ON stories(last DESC, sequence DESC, first);
      PRAGMA user_version = 6;
    `);
    db.close();
    const upgraded = new SqliteArchive(path);
    try {
      expect(dbOf(upgraded).pragma('user_version', { simple: true })).toBe(8);
      expectStoredCountsExact(upgraded);
      const span = dbOf(upgraded)
        .prepare("SELECT value FROM story_counts WHERE name = 'longest-span'")
        .pluck()
        .get() as number;
      const widest = Math.max(
        ...upgraded
          .listStories({ limit: 1000 })
          .map((s) => (Date.parse(s.last!) - Date.parse(s.first!)) / 86_400_000),
      );
      expect(span).toBe(widest);
    } finally {
      upgraded.close();
    }
  });
});
