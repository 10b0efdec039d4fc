import { availableParallelism } from 'node:os';
import { batchAnalyzer, type Analyzer } from '../analyze/analysis-pool.js';
import { failedAnalysis } from '../analyze/failed-analysis.js';
import { readArticles, type IngestOptions } from '../ingest/read-articles.js';
import type { AnalyzedArticle } from '../analyze/analyzed-article.js';
import type { Article } from '../model/article.js';
import { ReadError, describeError } from '../model/read-error.js';
import type { Archive } from '../store/archive.js';

export interface IngestSummary {
  read: number;
  new: number;
  duplicate: number;
  failed: number;
  errors: { input: string; reason: string }[];
}

export interface IngestRunOptions extends IngestOptions {
  /** Worker threads for the analysis; 1 analyses in this thread. */
  threads?: number;
}

interface Pending {
  article: Article;
  analysis: Promise<AnalyzedArticle>;
}

/**
 * Reads inputs into the archive with their analysis, one transaction per article; a bad article
 * never stops the batch. Analyses run ahead in worker threads while articles are stored in order.
 */
export function ingestInputs(
  archive: Archive,
  names: string[],
  options: IngestRunOptions = {},
  onProgress?: (summary: IngestSummary) => void,
): Promise<IngestSummary> {
  return ingestArticles(archive, readArticles(names, options), options, onProgress);
}

/** Stores articles read by any means (the server reads posted texts itself), as `ingestInputs`. */
export async function ingestArticles(
  archive: Archive,
  items: AsyncIterable<Article | ReadError>,
  options: { threads?: number; analyzer?: Analyzer } = {},
  onProgress?: (summary: IngestSummary) => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, new: 0, duplicate: 0, failed: 0, errors: [] };
  const threads = options.threads ?? availableParallelism();
  // A caller's analyzer (a server's long-lived worker) outlives this batch: only ours is closed.
  const analyzer: Analyzer = options.analyzer ?? batchAnalyzer(threads);
  const pending: Pending[] = [];
  const queued = new Set<string>();

  const store = async ({ article, analysis }: Pending) => {
    queued.delete(article.id);
    try {
      const { analysis: layers, features } = await analysis;
      summary[archive.addArticle(article, layers, features ?? undefined)]++;
    } catch (error) {
      summary.failed++;
      summary.errors.push({
        input: article.source,
        reason: `could not be stored: ${describeError(error)}`,
      });
    }
    onProgress?.(summary);
  };

  try {
    for await (const item of items) {
      if (item instanceof ReadError) {
        summary.failed++;
        summary.errors.push({ input: item.input, reason: item.reason });
        onProgress?.(summary);
        continue;
      }
      summary.read++;
      if (queued.has(item.id) || archive.hasArticle(item.id)) {
        summary.duplicate++;
        onProgress?.(summary);
        continue;
      }
      queued.add(item.id);
      // Settled at once, so a crashed analysis is a note on its article, never an unhandled rejection.
      const analysis = analyzer.analyze(item).catch((error: unknown) => ({
        analysis: failedAnalysis(describeError(error)),
        features: null,
      }));
      pending.push({ article: item, analysis });
      if (pending.length >= threads * 4) await store(pending.shift()!);
    }
    while (pending.length) await store(pending.shift()!);
  } finally {
    if (!options.analyzer) await analyzer.close();
  }
  return summary;
}
