import Database from 'better-sqlite3';
import type { ArticleAnalysis } from '../../model/analysis.js';
import type { Article } from '../../model/article.js';
import type { AddResult, Archive, ArticleSummary, ListQuery } from '../archive.js';
import { toFtsQuery } from './fts-query.js';
import { MIGRATIONS } from './migrations.js';

interface ArticleRow {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  authors: string;
  text: string;
  sections: string;
}

const MAX_LIMIT = 1000;

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    language: row.language,
    authors: JSON.parse(row.authors) as string[],
    text: row.text,
    sections: JSON.parse(row.sections) as Article['sections'],
  };
}

export class ArchiveOpenError extends Error {}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new ArchiveOpenError(
      `archive schema version ${version} is newer than this crosscheck (${MIGRATIONS.length})`,
    );
  }
  for (let next = version; next < MIGRATIONS.length; next++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[next]!);
      db.pragma(`user_version = ${next + 1}`);
    })();
  }
}

/** The embedded archive: one SQLite file in WAL mode, nothing to install or start. */
export class SqliteArchive implements Archive {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(path: string) {
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      migrate(this.db);
    } catch (error) {
      if (error instanceof ArchiveOpenError) throw error;
      throw new ArchiveOpenError(
        `${path}: not a usable crosscheck archive (${(error as Error).message})`,
      );
    }
    const db = this.db;
    this.statements = {
      exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM articles WHERE id = ?'),
      previousAtUrl: db.prepare<[string, string], { id: string }>(
        'SELECT id FROM articles WHERE url = ? AND id <> ? ORDER BY ingested_at DESC, rowid DESC LIMIT 1',
      ),
      insert: db.prepare(
        `INSERT INTO articles (id, source, url, outlet, title, published, language, authors, text, sections, replaces, ingested_at)
         VALUES (@id, @source, @url, @outlet, @title, @published, @language, @authors, @text, @sections, @replaces, @ingested_at)`,
      ),
      byId: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?'),
      byPrefix: db.prepare<[string, string], ArticleRow>(
        "SELECT * FROM articles WHERE id >= ? AND id < ? || '~' LIMIT 2",
      ),
      insertAnalysis: db.prepare(
        'INSERT OR REPLACE INTO analyses (article_id, analysis) VALUES (?, ?)',
      ),
      analysis: db.prepare<[string], { analysis: string }>(
        'SELECT analysis FROM analyses WHERE article_id = ?',
      ),
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles'),
    };
  }

  addArticle(article: Article, analysis?: ArticleAnalysis): AddResult {
    const add = this.db.transaction((): AddResult => {
      if (this.statements.exists.get(article.id)) return 'duplicate';
      const replaces = article.url
        ? (this.statements.previousAtUrl.get(article.url, article.id)?.id ?? null)
        : null;
      this.statements.insert.run({
        ...article,
        authors: JSON.stringify(article.authors),
        sections: JSON.stringify(article.sections),
        replaces,
        ingested_at: new Date().toISOString(),
      });
      if (analysis) this.statements.insertAnalysis.run(article.id, JSON.stringify(analysis));
      return 'new';
    });
    return add.immediate();
  }

  getArticle(idOrPrefix: string): Article | null {
    const exact = this.statements.byId.get(idOrPrefix);
    if (exact) return toArticle(exact);
    if (idOrPrefix.length < 4) return null;
    const matches = this.statements.byPrefix.all(idOrPrefix, idOrPrefix);
    return matches.length === 1 ? toArticle(matches[0]!) : null;
  }

  hasArticle(id: string): boolean {
    return this.statements.exists.get(id) !== undefined;
  }

  getAnalysis(articleId: string): ArticleAnalysis | null {
    const row = this.statements.analysis.get(articleId);
    return row ? (JSON.parse(row.analysis) as ArticleAnalysis) : null;
  }

  listArticles(query: ListQuery = {}): ArticleSummary[] {
    const limit = Math.max(1, Math.min(query.limit ?? 50, MAX_LIMIT));
    const offset = Math.max(0, query.offset ?? 0);
    const fts = query.search ? toFtsQuery(query.search) : null;
    if (query.search && !fts) return [];
    const rows = fts
      ? this.db
          .prepare(
            `SELECT a.id, a.outlet, a.title, a.published, a.url, a.source,
                    snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
             FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
             WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0), a.id LIMIT ? OFFSET ?`,
          )
          .all(fts, limit, offset)
      : this.db
          .prepare(
            `SELECT id, outlet, title, published, url, source, substr(text, 1, 160) AS snippet
             FROM articles ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?`,
          )
          .all(limit, offset);
    return rows as ArticleSummary[];
  }

  countArticles(): number {
    return this.statements.count.get()!.n;
  }

  close(): void {
    this.db.close();
  }
}
