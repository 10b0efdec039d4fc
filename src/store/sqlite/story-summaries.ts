import type Database from 'better-sqlite3';

/**
 * What the story lists need, stored as articles arrive so that a page of stories reads one index
 * and counts nothing: each story's number of independent sources (`stories.sources`, with the
 * copy groups it holds in `story_sources`), and each outlet's stories in the list's order
 * (`story_outlets`). Kept in the same transaction as the article.
 *
 * A story's independent sources are its articles' copy groups (`storySources` groups by the
 * group's original; a group's root never changes while its original can, so the root is what is
 * stored). An article outside copy detection is a group of its own.
 *
 * `outlet_story_counts` holds how many stories each outlet's rows are. `story_counts` also keeps `stories`, how many stories hold an article (clustering may move
 * every article out of one), and `longest-span`, the most days any story has spanned, which bounds
 * the stories a date filter reads.
 */
export const STORY_SUMMARY_TABLES = `
  ALTER TABLE stories ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
  -- The article the title comes from (in the record too, which is long to read).
  ALTER TABLE stories ADD COLUMN title_article TEXT;
  CREATE TABLE story_sources (
    story TEXT NOT NULL,
    root TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (story, root)
  ) WITHOUT ROWID;
  CREATE TABLE story_outlets (
    outlet TEXT NOT NULL,
    story TEXT NOT NULL,
    articles INTEGER NOT NULL,
    last TEXT,
    sequence INTEGER NOT NULL,
    first TEXT,
    PRIMARY KEY (outlet, story)
  ) WITHOUT ROWID;
  CREATE INDEX story_outlets_recent ON story_outlets(outlet, last DESC, sequence DESC, first);
  CREATE INDEX story_outlets_story ON story_outlets(story);
  CREATE TABLE outlet_story_counts (
    outlet TEXT PRIMARY KEY,
    stories INTEGER NOT NULL
  ) WITHOUT ROWID;
  -- From a search's matching articles (full-text rowids) straight to their stories.
  CREATE TABLE story_article_rowids (
    article INTEGER PRIMARY KEY,
    story TEXT NOT NULL
  );
  -- The story list as one index: its order, the date filter's columns and every summary field.
  DROP INDEX stories_recent;
  CREATE INDEX stories_recent ON stories(last DESC, sequence DESC, first, id, title, size, sources);
`;

/** A span that cannot be computed: no bound at all. */
const UNKNOWN_SPAN = 1_000_000;

function spanDays(first: string | null, last: string | null): number {
  if (!first || !last) return 0;
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  return Number.isFinite(days) ? Math.max(0, Math.ceil(days)) : UNKNOWN_SPAN;
}

/** Fills the tables above from an archive's stories and copy groups (migration 7). */
export function backfillStorySummaries(db: Database.Database): void {
  db.exec(STORY_SUMMARY_TABLES);
  db.exec(`
    INSERT INTO story_sources (story, root, articles)
      SELECT sa.story, coalesce(m.parent, sa.article), count(*)
      FROM story_articles sa LEFT JOIN copy_members m ON m.id = sa.article
      GROUP BY 1, 2;
    UPDATE stories SET
      sources = (SELECT count(*) FROM story_sources ss WHERE ss.story = stories.id),
      title_article = json_extract(record, '$.representative.article');
    INSERT INTO story_outlets (outlet, story, articles, last, sequence, first)
      SELECT a.outlet, sa.story, count(*), s.last, s.sequence, s.first
      FROM story_articles sa JOIN articles a ON a.id = sa.article JOIN stories s ON s.id = sa.story
      WHERE a.outlet IS NOT NULL
      GROUP BY a.outlet, sa.story;
    INSERT INTO outlet_story_counts (outlet, stories)
      SELECT outlet, count(*) FROM story_outlets GROUP BY outlet;
    INSERT INTO story_article_rowids (article, story)
      SELECT a.rowid, sa.story FROM story_articles sa JOIN articles a ON a.id = sa.article;
    INSERT INTO story_counts (name, value)
      SELECT 'stories', count(DISTINCT story) FROM story_sources;
    INSERT INTO story_counts (name, value)
      SELECT 'longest-span',
        coalesce(max(coalesce(CAST(julianday(last) - julianday(first) AS INTEGER), ${UNKNOWN_SPAN})), 0)
      FROM stories WHERE first IS NOT NULL;
  `);
}

export interface StorySummaryWriter {
  /** An article joined a story (its copy group and row are stored already). */
  add(articleId: string, storyId: string): void;
  /** An article left a story (story clustering moved it to another). */
  remove(articleId: string, storyId: string): void;
  /** A story's record was saved: its days may have changed. */
  saved(storyId: string, first: string | null, last: string | null): void;
}

/**
 * Keeps the summary tables as story clustering records its decisions (sqlite-story-state.ts);
 * every call runs inside the article's write and touches a bounded number of rows.
 */
export function storySummaryWriter(db: Database.Database): StorySummaryWriter {
  const sql = {
    root: db
      .prepare<[string], string>('SELECT coalesce(parent, id) FROM copy_members WHERE id = ?')
      .pluck(),
    outlet: db.prepare<[string], string | null>('SELECT outlet FROM articles WHERE id = ?').pluck(),
    hasArticles: db
      .prepare<[string], number>('SELECT 1 FROM story_sources WHERE story = ? LIMIT 1')
      .pluck(),
    countStories: db.prepare(
      `INSERT INTO story_counts (name, value) VALUES ('stories', ?)
       ON CONFLICT(name) DO UPDATE SET value = value + excluded.value`,
    ),
    addSource: db.prepare(
      'INSERT OR IGNORE INTO story_sources (story, root, articles) VALUES (?, ?, 1)',
    ),
    bumpSource: db.prepare(
      'UPDATE story_sources SET articles = articles + ? WHERE story = ? AND root = ?',
    ),
    dropSource: db.prepare(
      'DELETE FROM story_sources WHERE story = ? AND root = ? AND articles <= 0',
    ),
    countSource: db.prepare('UPDATE stories SET sources = sources + ? WHERE id = ?'),
    story: db.prepare<[string], { last: string | null; sequence: number; first: string | null }>(
      'SELECT last, sequence, first FROM stories WHERE id = ?',
    ),
    addOutlet: db.prepare(
      `INSERT OR IGNORE INTO story_outlets (outlet, story, articles, last, sequence, first)
       VALUES (?, ?, 1, ?, ?, ?)`,
    ),
    bumpOutlet: db.prepare(
      'UPDATE story_outlets SET articles = articles + ? WHERE outlet = ? AND story = ?',
    ),
    countOutletStory: db.prepare(
      `INSERT INTO outlet_story_counts (outlet, stories) VALUES (?, ?)
       ON CONFLICT(outlet) DO UPDATE SET stories = stories + excluded.stories`,
    ),
    dropOutlet: db.prepare(
      'DELETE FROM story_outlets WHERE outlet = ? AND story = ? AND articles <= 0',
    ),
    articleRowid: db.prepare<[string], number>('SELECT rowid FROM articles WHERE id = ?').pluck(),
    setRowid: db.prepare(
      'INSERT OR REPLACE INTO story_article_rowids (article, story) VALUES (?, ?)',
    ),
    widenSpan: db.prepare(
      `INSERT INTO story_counts (name, value) VALUES ('longest-span', ?)
       ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)`,
    ),
    moveOutlets: db.prepare(
      `UPDATE story_outlets SET last = @last, first = @first
       WHERE story = @story AND (last IS NOT @last OR first IS NOT @first)`,
    ),
  };
  const rootOf = (articleId: string) => sql.root.get(articleId) ?? articleId;
  return {
    add(articleId, storyId) {
      const story = sql.story.get(storyId);
      if (!story) return;
      if (!sql.hasArticles.get(storyId)) sql.countStories.run(1);
      const root = rootOf(articleId);
      if (sql.addSource.run(storyId, root).changes > 0) sql.countSource.run(1, storyId);
      else sql.bumpSource.run(1, storyId, root);
      const outlet = sql.outlet.get(articleId);
      if (outlet) {
        if (sql.addOutlet.run(outlet, storyId, story.last, story.sequence, story.first).changes > 0)
          sql.countOutletStory.run(outlet, 1);
        else sql.bumpOutlet.run(1, outlet, storyId);
      }
      const rowid = sql.articleRowid.get(articleId);
      if (rowid !== undefined) sql.setRowid.run(rowid, storyId);
    },
    remove(articleId, storyId) {
      const root = rootOf(articleId);
      sql.bumpSource.run(-1, storyId, root);
      if (sql.dropSource.run(storyId, root).changes > 0) sql.countSource.run(-1, storyId);
      const outlet = sql.outlet.get(articleId);
      if (outlet) {
        sql.bumpOutlet.run(-1, outlet, storyId);
        if (sql.dropOutlet.run(outlet, storyId).changes > 0) sql.countOutletStory.run(outlet, -1);
      }
      if (!sql.hasArticles.get(storyId)) sql.countStories.run(-1);
    },
    saved(storyId, first, last) {
      sql.widenSpan.run(spanDays(first, last));
      // Its rows under each outlet keep the list's order with it.
      sql.moveOutlets.run({ last, first, story: storyId });
    },
  };
}
