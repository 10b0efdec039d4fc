import Database from 'better-sqlite3';
import type { ArticleAnalysis } from '../../model/analysis.js';
import type { Article } from '../../model/article.js';
import type {
  AddResult,
  Archive,
  ArticleHead,
  ArticleSummary,
  EntityDetail,
  EntityQuery,
  EntitySummary,
  ListQuery,
  OutletCount,
  StoryArticleSet,
  StoryHead,
  StoryListPage,
  StoryPage,
  StoryQuery,
  StorySummary,
} from '../archive.js';
import { storySources, type StorySource } from '../../stories/copies/story-sources.js';
import type { CopyLink } from '../../stories/copies/copy-link.js';
import { CopyIndex } from '../../stories/copies/copy-index.js';
import type { ArticleFeatures } from '../../stories/story.js';
import { StoryIndex } from '../../stories/story-index.js';
import { StoryTracker, type TrackedStory } from '../../stories/story-tracker.js';
import { SqliteCopyState } from './sqlite-copy-state.js';
import { SqliteStoryState } from './sqlite-story-state.js';
import { articleFilters, type SqlFilter } from './article-filters.js';
import { entityIndexer, type EntityIndexer } from './entity-index.js';
import { toFtsQuery } from './fts-query.js';
import { storySql, type StorySql } from './story-filters.js';
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
/** Most articles of one story on a page. */
export const MAX_STORY_PAGE = 500;

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
      countStories: db
        .prepare<[], number>(
          "SELECT coalesce(max(value), 0) FROM story_counts WHERE name = 'stories'",
        )
        .pluck(),
      longestSpan: db
        .prepare<[], number>("SELECT value FROM story_counts WHERE name = 'longest-span'")
        .pluck(),
      // The stored counts (story-summaries.ts): one row each.
      storySummary: db.prepare<[string], StoryHead>(
        `SELECT id, title, first, last, size AS articles, sources, title_article AS titleArticle
         FROM stories WHERE id = ?`,
      ),
      outletStoryCount: db
        .prepare<[string], number>('SELECT stories FROM outlet_story_counts WHERE outlet = ?')
        .pluck(),
      storyExists: db.prepare<[string], number>('SELECT 1 FROM stories WHERE id = ?').pluck(),
      storySummaries: db.prepare<[string], StorySummary>(
        `SELECT s.id, s.title, s.first, s.last, s.size AS articles, s.sources
         FROM stories s WHERE s.id IN (SELECT value FROM json_each(?))`,
      ),
      // A story's articles with their copy group (as story-summaries.ts counts sources).
      storyMembers: db.prepare<
        [string],
        { article: string; root: string; published: string | null }
      >(
        `SELECT sa.article, coalesce(m.parent, sa.article) AS root, a.published
         FROM story_articles sa INDEXED BY story_articles_story
         LEFT JOIN copy_members m ON m.id = sa.article
         LEFT JOIN articles a ON a.id = sa.article
         WHERE sa.story = ?`,
      ),
      storyReport: db
        .prepare<[string, string], string>(
          'SELECT report FROM story_reports WHERE story = ? AND articles_key = ?',
        )
        .pluck(),
      saveStoryReport: db.prepare(
        `INSERT INTO story_reports (story, articles_key, report) VALUES (?, ?, ?)
         ON CONFLICT(story) DO UPDATE SET articles_key = excluded.articles_key, report = excluded.report`,
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
      heads: db.prepare<[string], ArticleHead>(
        `SELECT id, outlet, title, published, url FROM articles
         WHERE id IN (SELECT value FROM json_each(?))`,
      ),
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
      // Story clustering keeps the story lists' tables as it records (sqlite-story-state.ts).
      if (features) this.stories.add(article, features);
      return 'new';
    });
    return add.immediate();
  }

  private storySql(query: StoryQuery) {
    return storySql(query, this.statements.longestSpan.get() ?? 0);
  }

  /** Ids of the stories a search finds, in its order (each story at its most recent match). */
  private searchStoryIds(sql: StorySql): string[] {
    // `all` and a set: stepping through the rows one by one costs twice as much.
    const rows = this.prepared(sql.select)
      .pluck()
      .all(...sql.params) as string[];
    return [...new Set(rows)];
  }

  /** Ids of a page of stories, most recent first; none when the search has no term. */
  private storyIds(query: StoryQuery): string[] {
    const limit = Math.max(1, Math.min(query.limit ?? 50, MAX_LIMIT));
    const offset = Math.max(0, query.offset ?? 0);
    const sql = this.storySql(query);
    if (!sql) return [];
    if (sql.matches) return this.searchStoryIds(sql).slice(offset, offset + limit);
    return this.prepared(`${sql.select} ${sql.order} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...sql.params, limit, offset) as string[];
  }

  listStories(query: StoryQuery = {}): TrackedStory[] {
    return this.storyIds(query)
      .map((id) => this.stories.story(id))
      .filter((story): story is TrackedStory => story !== undefined);
  }

  /** Summaries of some stories from their stored counts, in the order of the ids. */
  private summaries(ids: string[]): StorySummary[] {
    if (ids.length === 0) return [];
    const rows = this.statements.storySummaries.all(JSON.stringify(ids));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  listStorySummaries(query: StoryQuery = {}): StorySummary[] {
    const sql = this.storySql(query);
    if (!sql) return [];
    const limit = Math.max(1, Math.min(query.limit ?? 50, MAX_LIMIT));
    const offset = Math.max(0, query.offset ?? 0);
    if (sql.outlets) {
      // An outlet's page from its rows, then each story's summary by id.
      const select = sql.select.replace(
        'SELECT t.story AS id',
        'SELECT t.story, t.last, t.sequence',
      );
      return this.prepared(
        `SELECT s.id, s.title, s.first, s.last, s.size AS articles, s.sources
         FROM (${select} ${sql.order} LIMIT ? OFFSET ?) p JOIN stories s ON s.id = p.story
         ORDER BY p.last DESC, p.sequence DESC`,
      ).all(...sql.params, limit, offset) as StorySummary[];
    }
    if (!sql.stories) return this.summaries(this.storyIds(query));
    // The whole page from the list's covering index.
    const select = sql.select.replace(
      'SELECT t.id AS id',
      'SELECT t.id, t.title, t.first, t.last, t.size AS articles, t.sources',
    );
    return this.prepared(`${select} ${sql.order} LIMIT ? OFFSET ?`).all(
      ...sql.params,
      limit,
      offset,
    ) as StorySummary[];
  }

  countStories(query: StoryQuery = {}, upTo = Number.MAX_SAFE_INTEGER): number {
    const sql = this.storySql(query);
    if (!sql) return 0;
    if (sql.matches) return Math.min(this.searchStoryIds(sql).length, upTo);
    if (!query.search && !query.outlet && !query.from && !query.to)
      return Math.min(this.statements.countStories.get()!, upTo);
    if (query.outlet && !query.search && !query.from && !query.to)
      return Math.min(this.statements.outletStoryCount.get(query.outlet) ?? 0, upTo);
    return this.prepared(`SELECT count(*) FROM (${sql.select} LIMIT ?)`)
      .pluck()
      .get(...sql.params, upTo) as number;
  }

  storyListPage(query: StoryQuery, countUpTo: number): StoryListPage {
    const sql = this.storySql(query);
    if (!sql) return { items: [], total: 0 };
    if (!sql.matches)
      return { items: this.listStorySummaries(query), total: this.countStories(query, countUpTo) };
    // A search finds its stories once: the page and the count come from that.
    const ids = this.searchStoryIds(sql);
    const limit = Math.max(1, Math.min(query.limit ?? 50, MAX_LIMIT));
    const offset = Math.max(0, query.offset ?? 0);
    return {
      items: this.summaries(ids.slice(offset, offset + limit)),
      total: Math.min(ids.length, countUpTo),
    };
  }

  private storyIdOf(idOrPrefix: string): string | null {
    if (this.statements.storyExists.get(idOrPrefix)) return idOrPrefix;
    if (idOrPrefix.length < 4) return null;
    const matches = this.statements.storiesByPrefix.all(idOrPrefix, idOrPrefix);
    return matches.length === 1 ? matches[0]! : null;
  }

  /**
   * A story's articles by source: sources by their first report (undated last, then by id),
   * a source's articles by date; `source` numbers the sources from 0.
   */
  private orderedMembers(storyId: string): { article: string; source: number }[] {
    const members = this.statements.storyMembers.all(storyId).map((row) => ({
      ...row,
      key: `${row.published ?? '\uffff'}\u0001${row.article}`,
    }));
    const firstOf = new Map<string, string>();
    for (const { root, key } of members) {
      const first = firstOf.get(root);
      if (first === undefined || key < first) firstOf.set(root, key);
    }
    const sourceKey = (root: string) => firstOf.get(root)!;
    const ordered = members.sort((a, b) => {
      const [sa, sb] = [sourceKey(a.root), sourceKey(b.root)];
      if (sa !== sb) return sa < sb ? -1 : 1;
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
    const number = new Map(
      [...new Set(ordered.map((m) => sourceKey(m.root)))].map((k, i) => [k, i]),
    );
    return ordered.map((m) => ({ article: m.article, source: number.get(sourceKey(m.root))! }));
  }

  getStorySummary(idOrPrefix: string): StoryHead | null {
    const id = this.storyIdOf(idOrPrefix);
    const story = id ? this.statements.storySummary.get(id) : undefined;
    // A story all of whose articles moved to others is no story (as `getStory` says).
    return story && story.articles > 0 ? story : null;
  }

  getStoryPage(
    idOrPrefix: string,
    page: { limit?: number; offset?: number } = {},
  ): StoryPage | null {
    const story = this.getStorySummary(idOrPrefix);
    if (!story) return null;
    const limit = Math.max(1, Math.min(page.limit ?? 100, MAX_STORY_PAGE));
    const offset = Math.max(0, page.offset ?? 0);
    const rows = this.orderedMembers(story.id).slice(offset, offset + limit);
    const ids = rows.map((row) => row.article);
    const sourceOf = new Map(rows.map((row) => [row.article, row.source]));
    // The page's articles go through the same functions as a whole story's (story-tracker.ts).
    const copies = this.stories.copies;
    const sources = storySources(ids, copies)
      .map((source) => ({ ...source, index: sourceOf.get(source.articles[0]!) ?? 0 }))
      .sort((a, b) => a.index - b.index);
    const links = ids
      .map((id) => copies.linkOf(id))
      .filter((link): link is CopyLink => link !== null);
    const plain = ({ article, of, similarity }: CopyLink) => ({ article, of, similarity });
    const notes = ids.flatMap((id) => {
      const decision = this.stories.clusters.decision(id);
      return decision && decision.notes.length > 0
        ? [{ article: id, reason: decision.reason, notes: decision.notes }]
        : [];
    });
    return {
      story,
      limit,
      offset,
      sources,
      copies: links.filter((link) => link.kind === 'copy').map(plain),
      updates: links.filter((link) => link.kind === 'update').map(plain),
      notes,
    };
  }

  getStory(idOrPrefix: string): TrackedStory | null {
    const exact = this.stories.story(idOrPrefix);
    if (exact) return exact;
    if (idOrPrefix.length < 4) return null;
    const matches = this.statements.storiesByPrefix.all(idOrPrefix, idOrPrefix);
    return matches.length === 1 ? (this.stories.story(matches[0]!) ?? null) : null;
  }

  storyArticlesByDate(storyId: string, limit: number): StoryArticleSet {
    const members = this.statements.storyMembers.all(storyId);
    const key = (row: { article: string; published: string | null }) =>
      `${row.published ?? '\uffff'}\u0001${row.article}`;
    const articles = members
      .map((row) => ({ id: row.article, key: key(row) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, Math.max(0, limit))
      .map((row) => row.id);
    // Sources as the story page numbers them: the first to report first.
    const place = new Map(articles.map((id, index) => [id, index]));
    const first = (source: StorySource) => Math.min(...source.articles.map((id) => place.get(id)!));
    const sources = storySources(articles, this.stories.copies).sort((a, b) => first(a) - first(b));
    return { articles, sources };
  }

  getStoryReport(storyId: string, articlesKey: string): string | null {
    return this.statements.storyReport.get(storyId, articlesKey) ?? null;
  }

  saveStoryReport(storyId: string, articlesKey: string, json: string): void {
    this.statements.saveStoryReport.run(storyId, articlesKey, json);
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

  articleHeads(ids: readonly string[]): ArticleHead[] {
    return ids.length ? this.statements.heads.all(JSON.stringify(ids)) : [];
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
