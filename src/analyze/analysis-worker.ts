import type { Article } from '../model/article.js';
import { describeError } from '../model/read-error.js';
import { analyzeForStories, type AnalyzedArticle } from './analyzed-article.js';

export type WorkerResult = AnalyzedArticle | { error: string };

/** Runs in a worker thread: a batch of articles in, their analyses (or why one failed) out. */
export default function analyzeInWorker(articles: Article[]): WorkerResult[] {
  return analyzeForStories(articles).map((result) =>
    result instanceof Error ? { error: describeError(result) } : result,
  );
}
