import { batchAnalyzer, type Analyzer } from '../analyze/analysis-pool.js';
import { readArticles, type IngestOptions } from '../ingest/read-articles.js';
import { failedAnalysis } from '../analyze/failed-analysis.js';
import type { Article } from '../model/article.js';
import { ReadError, describeError } from '../model/read-error.js';
import {
  errorRecord,
  type AnalysisDocument,
  type InputErrorRecord,
} from '../report/analysis-document.js';
import { buildDocument } from '../report/build-document.js';
import type { ArticleFeatures } from '../stories/story.js';
import { StoryTracker, type TrackedStory } from '../stories/story-tracker.js';

export interface AnalyzeOptions extends IngestOptions {
  /** Worker threads for the analysis; default one per core, 1 analyses in this thread. */
  threads?: number;
}

/** Analyses articles in parallel, keeping their order; one failing article never stops the rest. */
export async function analyzeAll(articles: Article[], analyzer: Analyzer) {
  return Promise.all(
    articles.map(async (article) => {
      try {
        return { article, ...(await analyzer.analyze(article)) };
      } catch (error) {
        return { article, analysis: failedAnalysis(describeError(error)), features: null };
      }
    }),
  );
}

/** The stories of one batch, articles added in input order (so the same inputs give the same ids). */
function trackStories(
  analysed: { article: Article; features: ArticleFeatures | null }[],
): TrackedStory[] {
  const tracker = new StoryTracker();
  for (const { article, features } of analysed) if (features) tracker.add(article, features);
  return tracker.stories();
}

/**
 * Reads inputs without an archive and returns the analysis document. The same content read twice
 * appears once; order follows the inputs, so the same inputs give the same document.
 */
export async function analyzeInputs(
  names: string[],
  options: AnalyzeOptions = {},
  onItem?: (item: { kind: 'article' | 'duplicate' | 'error' }) => void,
): Promise<AnalysisDocument> {
  const articles: Article[] = [];
  const errors: InputErrorRecord[] = [];
  const seen = new Set<string>();
  for await (const item of readArticles(names, options)) {
    if (item instanceof ReadError) {
      errors.push(errorRecord(item));
      onItem?.({ kind: 'error' });
    } else if (seen.has(item.id)) {
      onItem?.({ kind: 'duplicate' });
    } else {
      seen.add(item.id);
      articles.push(item);
      onItem?.({ kind: 'article' });
    }
  }
  const analyzer = batchAnalyzer(options.threads);
  try {
    const analysed = await analyzeAll(articles, analyzer);
    return buildDocument(analysed, errors, trackStories(analysed));
  } finally {
    await analyzer.close();
  }
}
