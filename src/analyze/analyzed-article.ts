import type { ArticleAnalysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { ArticleFeatures } from '../stories/story.js';
import { storyFeatures } from '../stories/story-features.js';
import { analyzeWithLayers } from './analyze-article.js';

/** One article's analysis and what story clustering matches it on. */
export interface AnalyzedArticle {
  analysis: ArticleAnalysis;
  /** Null when the analysis failed: the article then joins no story. */
  features: ArticleFeatures | null;
}

/**
 * Analyses a batch and derives each article's story features from the same tokens, so that the
 * one tokenisation pass (and the worker that ran it) serves both.
 */
export function analyzeForStories(articles: readonly Article[]): Array<AnalyzedArticle | Error> {
  return analyzeWithLayers(articles).map((result, i) => {
    if (result instanceof Error) return result;
    try {
      return {
        analysis: result.analysis,
        features: storyFeatures(articles[i]!, result.analysis, result.layer),
      };
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });
}
