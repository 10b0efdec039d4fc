import type { ArticleAnalysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { ArticleFeatures } from '../stories/story.js';
import type { StorySource } from '../stories/copies/story-sources.js';
import type { StoryNote, TrackedStory } from '../stories/story-tracker.js';

export interface ArticleSummary {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  source: string;
  /** The article's opening words, or the matching passage of a search. */
  snippet: string;
}

/** An article as a line in a list. */
export type ArticleHead = Pick<Article, 'id' | 'outlet' | 'title' | 'published' | 'url'>;

export interface ListQuery {
  /** Full-text search over titles and text. */
  search?: string;
  /** Only this outlet's articles (its exact name). */
  outlet?: string;
  /** Only articles published on or after this ISO date. */
  from?: string;
  /** Only articles published on or before this ISO date (the whole day). */
  to?: string;
  limit?: number;
  offset?: number;
}

export interface OutletCount {
  outlet: string;
  articles: number;
}

/** A person, body or place across the archive; `key` is the analysis document's entity id. */
export interface EntitySummary {
  key: string;
  name: string;
  type: string;
  /** Articles that name it. */
  articles: number;
  /** Quotes attributed to it, over all articles. */
  quotes: number;
}

export interface EntityQuery {
  type?: string;
  /** Part of the name, any case. */
  search?: string;
  limit?: number;
  offset?: number;
}

export interface EntityDetail extends EntitySummary {
  aliases: string[];
  descriptors: string[];
}

export type AddResult = 'new' | 'duplicate';

/**
 * The archive: every article read, kept whole. The only stateful part of crosscheck, behind one
 * interface so that SQLite (embedded) and later PostgreSQL can both serve it.
 */
export interface StoryQuery {
  /** Full-text search: stories with an article whose title or text matches (as `ListQuery.search`). */
  search?: string;
  /** Only stories with an article of this outlet (its exact name). */
  outlet?: string;
  /** Only stories whose date range reaches this ISO date or later. */
  from?: string;
  /** Only stories whose date range starts on or before this ISO date (the whole day). */
  to?: string;
  limit?: number;
  offset?: number;
}

/** A story in a list: what it is called, when, and how much reporting it rests on. */
export interface StorySummary {
  id: string;
  title: string;
  first: string | null;
  last: string | null;
  /** Number of articles. */
  articles: number;
  /** Number of independent sources among them (as `TrackedStory.sources`). */
  sources: number;
}

/** A story's summary with the article its title comes from. */
export interface StoryHead extends StorySummary {
  titleArticle: string;
}

/** A page of stories with how many match (counted up to a cap: see `storyListPage`). */
export interface StoryListPage {
  items: StorySummary[];
  total: number;
}

/**
 * One page of a story's articles, grouped by independent source: sources in the order they
 * first reported (undated last), each source's articles by date. A source may run over pages.
 */
export interface StoryPage {
  story: StoryHead;
  limit: number;
  offset: number;
  /** The page's sources; `index` is the source's place among all the story's sources, from 0. */
  sources: (StorySource & { index: number })[];
  /** Copy and update links of the page's articles. */
  copies: TrackedStory['copies'];
  updates: TrackedStory['updates'];
  /** Notes on the page's articles. */
  notes: StoryNote[];
}

/** Some of a story's articles, with the independent sources they form among themselves. */
export interface StoryArticleSet {
  articles: string[];
  sources: StorySource[];
}

export interface Archive {
  /**
   * Stores an article, with its analysis when given, in one transaction; the same content twice
   * is a no-op. With its story features, the article also joins a story (and a copy group).
   */
  addArticle(article: Article, analysis?: ArticleAnalysis, features?: ArticleFeatures): AddResult;
  hasArticle(id: string): boolean;
  getAnalysis(articleId: string): ArticleAnalysis | null;
  /** An article by id or by an unambiguous id prefix. */
  getArticle(idOrPrefix: string): Article | null;
  /** What lists show of some articles (no text), in no particular order; unknown ids left out. */
  articleHeads(ids: readonly string[]): ArticleHead[];
  listArticles(query?: ListQuery): ArticleSummary[];
  /** How many articles match the query's search and filters (its limit and offset aside). */
  countArticles(query?: ListQuery): number;
  /** Outlets with their number of articles, most articles first. */
  listOutlets(limit?: number): OutletCount[];
  /** People, bodies and places, most articles first. */
  listEntities(query?: EntityQuery): EntitySummary[];
  countEntities(query?: EntityQuery): number;
  getEntity(key: string): EntityDetail | null;
  /** Ids of the articles that name an entity, newest first. */
  entityArticleIds(key: string, page?: { limit?: number; offset?: number }): string[];
  /** Stories, the most recent first (by their last article's day). */
  listStories(query?: StoryQuery): TrackedStory[];
  /** The same page as `listStories`, as summaries read straight from the tables. */
  listStorySummaries(query?: StoryQuery): StorySummary[];
  /**
   * How many stories match the query's search and filters (its limit and offset aside), counting
   * no further than `upTo`. A search looks at its most recently added matching articles only
   * (at most `SEARCH_MATCH_CAP`).
   */
  countStories(query?: StoryQuery, upTo?: number): number;
  /** `listStorySummaries` and `countStories` in one go (a search is run once). */
  storyListPage(query: StoryQuery, countUpTo: number): StoryListPage;
  /** A story's summary from its stored counts, by id or unambiguous prefix. */
  getStorySummary(idOrPrefix: string): StoryHead | null;
  /** A page of a story's articles by source, by id or unambiguous prefix; bounded by the page. */
  getStoryPage(idOrPrefix: string, page?: { limit?: number; offset?: number }): StoryPage | null;
  /** A story by id or by an unambiguous id prefix. */
  getStory(idOrPrefix: string): TrackedStory | null;
  /**
   * A story's first `limit` articles by publication day (undated last, then by id) with their
   * independent sources among them, the first to report first: what its cross-check reads.
   * Empty for an unknown story.
   */
  storyArticlesByDate(storyId: string, limit: number): StoryArticleSet;
  /** A story's stored report (JSON), if one was stored for exactly this key of its articles. */
  getStoryReport(storyId: string, articlesKey: string): string | null;
  /** Stores a story's report for a key of its articles, replacing the story's earlier one. */
  saveStoryReport(storyId: string, articlesKey: string, json: string): void;
  /** The story an article is in, if it was added with its features. */
  storyOf(articleId: string): string | null;
  close(): void;
}
