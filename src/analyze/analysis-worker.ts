import type { ArticleAnalysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { describeError } from '../model/read-error.js';
import { analyzeArticles } from './analyze-article.js';

export type WorkerResult = ArticleAnalysis | { error: string };

/** Runs in a worker thread: a batch of articles in, their analyses (or why one failed) out. */
export default function analyzeInWorker(articles: Article[]): WorkerResult[] {
  return analyzeArticles(articles).map((result) =>
    result instanceof Error ? { error: describeError(result) } : result,
  );
}
