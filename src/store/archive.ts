import type { ArticleAnalysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';

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

export interface ListQuery {
  /** Full-text search over titles and text. */
  search?: string;
  limit?: number;
  offset?: number;
}

export type AddResult = 'new' | 'duplicate';

/**
 * The archive: every article read, kept whole. The only stateful part of crosscheck, behind one
 * interface so that SQLite (embedded) and later PostgreSQL can both serve it.
 */
export interface Archive {
  /** Stores an article, with its analysis when given, in one transaction; the same content twice is a no-op. */
  addArticle(article: Article, analysis?: ArticleAnalysis): AddResult;
  hasArticle(id: string): boolean;
  getAnalysis(articleId: string): ArticleAnalysis | null;
  /** An article by id or by an unambiguous id prefix. */
  getArticle(idOrPrefix: string): Article | null;
  listArticles(query?: ListQuery): ArticleSummary[];
  countArticles(): number;
  close(): void;
}
