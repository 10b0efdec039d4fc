import type Database from 'better-sqlite3';
import type { ArticleAnalysis } from '../../model/analysis.js';
import { entityRows } from '../entity-rows.js';

export type EntityIndexer = (
  articleId: string,
  published: string | null,
  analysis: ArticleAnalysis,
) => void;

/**
 * Adds one article's people, bodies and places to the entity tables; run inside its write. The
 * name shown is the first seen, unless that was in capitals (a dateline's "LISBON").
 */
export function entityIndexer(db: Database.Database): EntityIndexer {
  const upsert = db.prepare(
    `INSERT INTO entities (key, name, type, articles, quotes) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT(key) DO UPDATE SET articles = articles + 1, quotes = quotes + excluded.quotes,
       name = CASE WHEN name = upper(name) AND excluded.name <> upper(excluded.name)
                   THEN excluded.name ELSE name END`,
  );
  const link = db.prepare(
    `INSERT INTO entity_articles (entity_key, article_id, published, mentions, quotes, aliases, descriptors)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  return (articleId, published, analysis) => {
    for (const row of entityRows(analysis)) {
      upsert.run(row.key, row.name, row.type, row.quotes);
      link.run(
        row.key,
        articleId,
        published,
        row.mentions,
        row.quotes,
        JSON.stringify(row.aliases),
        JSON.stringify(row.descriptors),
      );
    }
  };
}

const BACKFILL_PAGE = 500;

/** Indexes the analyses stored before the entity tables existed. */
export function backfillEntities(db: Database.Database): void {
  const index = entityIndexer(db);
  const page = db.prepare<
    [number],
    { rowid: number; id: string; published: string | null; analysis: string }
  >(
    `SELECT an.rowid AS rowid, a.id AS id, a.published AS published, an.analysis AS analysis
     FROM analyses an JOIN articles a ON a.id = an.article_id
     WHERE an.rowid > ? ORDER BY an.rowid LIMIT ${BACKFILL_PAGE}`,
  );
  // Read a page at a time: the connection cannot write while a query is still being iterated.
  for (let after = 0; ;) {
    const rows = page.all(after);
    for (const row of rows)
      index(row.id, row.published, JSON.parse(row.analysis) as ArticleAnalysis);
    if (rows.length < BACKFILL_PAGE) return;
    after = rows[rows.length - 1]!.rowid;
  }
}
