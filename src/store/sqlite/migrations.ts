import type Database from 'better-sqlite3';
import { backfillEntities } from './entity-index.js';
import { COPY_TABLES } from './sqlite-copy-state.js';
import { STORY_TABLES } from './sqlite-story-state.js';
import { backfillStorySummaries } from './story-summaries.js';

/** SQL, or code for what SQL alone cannot compute (the entity keys of stored analyses). */
export type Migration = string | ((db: Database.Database) => void);

/** Schema changes in order; the archive's `user_version` says how many have run. */
export const MIGRATIONS: Migration[] = [
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    authors TEXT NOT NULL,
    text TEXT NOT NULL,
    sections TEXT NOT NULL,
    replaces TEXT,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_url ON articles(url);
  CREATE INDEX articles_published ON articles(published);

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  END;
  CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  `,
  `
  CREATE TABLE analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    analysis TEXT NOT NULL
  );
  `,
  `
  CREATE INDEX articles_outlet ON articles(outlet, published);
  CREATE INDEX articles_recent ON articles(published DESC, id);
  CREATE TABLE entities (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    articles INTEGER NOT NULL,
    quotes INTEGER NOT NULL
  );
  CREATE INDEX entities_rank ON entities(articles DESC, key);
  CREATE TABLE entity_articles (
    entity_key TEXT NOT NULL REFERENCES entities(key),
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    published TEXT,
    mentions INTEGER NOT NULL,
    quotes INTEGER NOT NULL,
    aliases TEXT NOT NULL,
    descriptors TEXT NOT NULL,
    PRIMARY KEY (entity_key, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX entity_articles_by_date ON entity_articles(entity_key, published DESC);
  CREATE INDEX entity_articles_article ON entity_articles(article_id);
  `,
  backfillEntities,
  COPY_TABLES + STORY_TABLES,
  // The story list's order as one index that also holds the first day, so that a page and a date
  // filter read no story's record; the same columns by id, for ordering the stories a search or
  // an outlet finds; and covering indexes from an outlet's or a search's articles to their
  // stories, so that the filters never read the articles' text or the stories' decisions.
  `
  DROP INDEX stories_recent;
  CREATE INDEX stories_recent ON stories(last DESC, sequence DESC, first);
  CREATE INDEX stories_order_of ON stories(id, last, sequence, first);
  CREATE INDEX story_articles_story_of ON story_articles(article, story);
  CREATE INDEX articles_outlet_id ON articles(outlet, id);
  `,
  // What the story lists show, stored as articles arrive: independent sources per story, each
  // outlet's stories in the list's order, full-text rowids to stories (story-summaries.ts).
  backfillStorySummaries,
  // Each story's cross-checked report, as JSON, for the articles its key names (the server's
  // cache: a story whose articles or sources change gets a new key, and the report is made again).
  `
  CREATE TABLE story_reports (
    story TEXT PRIMARY KEY,
    articles_key TEXT NOT NULL,
    report TEXT NOT NULL
  );
  `,
];
