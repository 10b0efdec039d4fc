import type { ArticleAnalysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { analyzeArticle } from './analyze-article.js';

/** Runs in a worker thread: one article in, its analysis out. */
export default function analyzeInWorker(article: Article): ArticleAnalysis {
  return analyzeArticle(article);
}
