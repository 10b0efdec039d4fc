import type { ArticleAnalysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { describeError } from '../model/read-error.js';
import { analyzeArticle } from './analyze-article.js';

export type WorkerResult = ArticleAnalysis | { error: string };

/** Runs in a worker thread: a batch of articles in, their analyses (or why one failed) out. */
export default function analyzeInWorker(articles: Article[]): WorkerResult[] {
  return articles.map((article) => {
    try {
      return analyzeArticle(article);
    } catch (error) {
      return { error: describeError(error) };
    }
  });
}
