import Database from 'better-sqlite3';
import type { ArticleAnalysis } from '../../model/analysis.js';
import type { Article } from '../../model/article.js';
import type {
  AddResult,
  Archive,
  ArticleSummary,
  EntityDetail,
  EntityQuery,
  EntitySummary,
  ListQuery,
  OutletCount,
  StoryQuery,
  StorySummary,
} from '../archive.js';
import { CopyIndex } from '../../stories/copies/copy-index.js';
import type { ArticleFeatures } from '../../stories/story.js';
import { StoryIndex } from '../../stories/story-index.js';
import { StoryTracker, type TrackedStory } from '../../stories/story-tracker.js';
import { SqliteCopyState } from './sqlite-copy-state.js';
import { SqliteStoryState } from './sqlite-story-state.js';
import { articleFilters, type SqlFilter } from './article-filters.js';
import { entityIndexer, type EntityIndexer } from './entity-index.js';
import { toFtsQuery } from './fts-query.js';
import { storyFilters } from './story-filters.js';
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
      const migration = MIGRATIONS[next]!;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${next + 1}`);
    })();
  }
}

/** The embedded archive: one SQLite file in WAL mode, nothing to install or start. */
export class SqliteArchive implements Archive {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly indexEntities: EntityIndexer;
  private readonly stories: StoryTracker;
  /** Statements built from a query's filters, prepared once per shape. */
  private readonly preparedByShape = new Map<string, Database.Statement>();

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
    this.stories = new StoryTracker(
      new CopyIndex(new SqliteCopyState(db)),
      new StoryIndex({}, new SqliteStoryState(db)),
    );
    this.statements = {
      exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM articles WHERE id = ?'),
      countStories: db.prepare<[], number>('SELECT count(*) FROM stories').pluck(),
      // Sources as `storySources` counts them: an article's copy group's original, else itself.
      storySummaries: db.prepare<[string], StorySummary>(
        `SELECT s.id, s.title, s.first, s.last, s.size AS articles,
           (SELECT count(DISTINCT coalesce(g.original, sa.article)) FROM story_articles sa
            LEFT JOIN copy_members m ON m.id = sa.article
            LEFT JOIN copy_groups g ON g.root = coalesce(m.parent, sa.article)
            WHERE sa.story = s.id) AS sources
         FROM stories s WHERE s.id IN (SELECT value FROM json_each(?))`,
      ),
      storiesByPrefix: db
        .prepare<[string, string], string>(
          'SELECT id FROM stories WHERE id >= ? AND id < ? || char(1114111) LIMIT 2',
        )
        .pluck(),
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
      countMatches: db.prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?',
      ),
      searchRanked: db.prepare<[string, number, number], { rowid: number }>(
        `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
         ORDER BY bm25(articles_fts, 5.0, 1.0), rowid LIMIT ? OFFSET ?`,
      ),
      searchPage: db.prepare<[string, string], ArticleSummary & { rowid: number }>(
        `SELECT a.rowid AS rowid, a.id, a.outlet, a.title, a.published, a.url, a.source,
                snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
         FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
         WHERE articles_fts MATCH ? AND articles_fts.rowid IN (SELECT value FROM json_each(?))`,
      ),
      outlets: db.prepare<[number], OutletCount>(
        `SELECT outlet, count(*) AS articles FROM articles WHERE outlet IS NOT NULL
         GROUP BY outlet ORDER BY articles DESC, outlet LIMIT ?`,
      ),
      entity: db.prepare<[string], EntitySummary>(
        'SELECT key, name, type, articles, quotes FROM entities WHERE key = ?',
      ),
      entityNames: db.prepare<[string], { value: string }>(
        `SELECT DISTINCT n.value AS value FROM entity_articles ea, json_each(ea.aliases) n
         WHERE ea.entity_key = ? LIMIT 50`,
      ),
      entityDescriptors: db.prepare<[string], { value: string }>(
        `SELECT d.value AS value, count(*) AS n FROM entity_articles ea, json_each(ea.descriptors) d
         WHERE ea.entity_key = ? GROUP BY d.value ORDER BY n DESC, d.value LIMIT 50`,
      ),
      entityArticles: db.prepare<[string, number, number], { id: string }>(
        `SELECT article_id AS id FROM entity_articles WHERE entity_key = ?
         ORDER BY published DESC NULLS LAST, article_id LIMIT ? OFFSET ?`,
      ),
    };
    this.indexEntities = entityIndexer(db);
  }

  private prepared(sql: string): Database.Statement {
    let statement = this.preparedByShape.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.preparedByShape.set(sql, statement);
    }
    return statement;
  }

  addArticle(article: Article, analysis?: ArticleAnalysis, features?: ArticleFeatures): AddResult {
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
      if (analysis) {
        this.statements.insertAnalysis.run(article.id, JSON.stringify(analysis));
        this.indexEntities(article.id, article.published, analysis);
      }
      if (features) this.stories.add(article, features);
      return 'new';
    });
    return add.immediate();
  }

  /** Ids of a page of stories, most recent first; none when the search has no term. */
  private storyPage(query: StoryQuery): string[] {
    const limit = Math.max(1, Math.min(query.limit ?? 50, MAX_LIMIT));
    const offset = Math.max(0, query.offset ?? 0);
    const filter = storyFilters(query);
    if (!filter) return [];
    const where = filter.conditions.length ? `WHERE ${filter.conditions.join(' AND ')}` : '';
    return this.prepared(
      `SELECT s.id FROM ${filter.from} ${where}
       ORDER BY s.last DESC NULLS LAST, s.sequence DESC LIMIT ? OFFSET ?`,
    )
      .pluck()
      .all(...filter.params, limit, offset) as string[];
  }

  listStories(query: StoryQuery = {}): TrackedStory[] {
    return this.storyPage(query)
      .map((id) => this.stories.story(id))
      .filter((story): story is TrackedStory => story !== undefined);
  }

  listStorySummaries(query: StoryQuery = {}): StorySummary[] {
    const ids = this.storyPage(query);
    if (ids.length === 0) return [];
    // Summaries of the page's stories only (a filter may match thousands), in the page's order.
    const rows = this.statements.storySummaries.all(JSON.stringify(ids));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  countStories(query: StoryQuery = {}): number {
    const filter = storyFilters(query);
    if (!filter) return 0;
    if (filter.conditions.length === 0) return this.statements.countStories.get()!;
    return this.prepared(
      `SELECT count(*) FROM ${filter.from} WHERE ${filter.conditions.join(' AND ')}`,
    )
      .pluck()
      .get(...filter.params) as number;
  }

  getStory(idOrPrefix: string): TrackedStory | null {
    const exact = this.stories.story(idOrPrefix);
    if (exact) return exact;
    if (idOrPrefix.length < 4) return null;
    const matches = this.statements.storiesByPrefix.all(idOrPrefix, idOrPrefix);
    return matches.length === 1 ? (this.stories.story(matches[0]!) ?? null) : null;
  }

  storyOf(articleId: string): string | null {
    return this.stories.storyOf(articleId) ?? null;
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
    const filter = articleFilters(query);
    if (fts) return this.searchArticles(fts, filter, limit, offset);
    const where = filter.conditions.length ? `WHERE ${filter.conditions.join(' AND ')}` : '';
    return this.prepared(
      `SELECT a.id, a.outlet, a.title, a.published, a.url, a.source, substr(a.text, 1, 160) AS snippet
       FROM articles a ${where} ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?`,
    ).all(...filter.params, limit, offset) as ArticleSummary[];
  }

  /**
   * A page of search results in two steps: rank the matches (bm25, title words weighing five
   * times, ties in archive order), then make snippets for the page only. In one query SQLite
   * made a snippet for every match before sorting, which doubled the time of a common word.
   */
  private searchArticles(
    fts: string,
    filter: SqlFilter,
    limit: number,
    offset: number,
  ): ArticleSummary[] {
    const ranked = (
      filter.conditions.length
        ? this.prepared(
            `SELECT a.rowid AS rowid FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
             WHERE ${['articles_fts MATCH ?', ...filter.conditions].join(' AND ')}
             ORDER BY bm25(articles_fts, 5.0, 1.0), a.rowid LIMIT ? OFFSET ?`,
          ).all(fts, ...filter.params, limit, offset)
        : this.statements.searchRanked.all(fts, limit, offset)
    ) as { rowid: number }[];
    if (ranked.length === 0) return [];
    const rows = this.statements.searchPage.all(fts, JSON.stringify(ranked.map((r) => r.rowid)));
    const byRowid = new Map(rows.map(({ rowid, ...summary }) => [rowid, summary]));
    return ranked.flatMap(({ rowid }) => byRowid.get(rowid) ?? []);
  }

  countArticles(query: ListQuery = {}): number {
    const fts = query.search ? toFtsQuery(query.search) : null;
    if (query.search && !fts) return 0;
    const filter = articleFilters(query);
    if (!fts && filter.conditions.length === 0) return this.statements.count.get()!.n;
    if (fts && filter.conditions.length === 0) return this.statements.countMatches.get(fts)!.n;
    const row = fts
      ? this.prepared(
          `SELECT count(*) AS n FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
           WHERE ${['articles_fts MATCH ?', ...filter.conditions].join(' AND ')}`,
        ).get(fts, ...filter.params)
      : this.prepared(
          `SELECT count(*) AS n FROM articles a WHERE ${filter.conditions.join(' AND ')}`,
        ).get(...filter.params);
    return (row as { n: number }).n;
  }

  listOutlets(limit = 200): OutletCount[] {
    return this.statements.outlets.all(Math.max(1, Math.min(limit, MAX_LIMIT)));
  }

  listEntities(query: EntityQuery = {}): EntitySummary[] {
    const limit = Math.max(1, Math.min(query.limit ?? 50, MAX_LIMIT));
    const offset = Math.max(0, query.offset ?? 0);
    const filter = entityFilter(query);
    return this.prepared(
      `SELECT key, name, type, articles, quotes FROM entities ${filter.where}
       ORDER BY articles DESC, key LIMIT ? OFFSET ?`,
    ).all(...filter.params, limit, offset) as EntitySummary[];
  }

  countEntities(query: EntityQuery = {}): number {
    const filter = entityFilter(query);
    const row = this.prepared(`SELECT count(*) AS n FROM entities ${filter.where}`).get(
      ...filter.params,
    );
    return (row as { n: number }).n;
  }

  getEntity(key: string): EntityDetail | null {
    const entity = this.statements.entity.get(key);
    if (!entity) return null;
    return {
      ...entity,
      aliases: this.statements.entityNames
        .all(key)
        .map((row) => row.value)
        .filter((alias) => alias !== entity.name),
      descriptors: this.statements.entityDescriptors.all(key).map((row) => row.value),
    };
  }

  entityArticleIds(key: string, page: { limit?: number; offset?: number } = {}): string[] {
    const limit = Math.max(1, Math.min(page.limit ?? 50, MAX_LIMIT));
    return this.statements.entityArticles
      .all(key, limit, Math.max(0, page.offset ?? 0))
      .map((row) => row.id);
  }

  close(): void {
    this.db.close();
  }
}

function entityFilter(query: EntityQuery): { where: string; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  if (query.type) {
    conditions.push('type = ?');
    params.push(query.type);
  }
  if (query.search) {
    conditions.push("name LIKE ? ESCAPE '\\'");
    params.push(`%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
