import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ArticleAnalysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { analyzeArticle } from './analyze-article.js';

export interface Analyzer {
  analyze(article: Article): Promise<ArticleAnalysis>;
  close(): Promise<void>;
}

/** Analyses in this thread: for one article, tests, and machines with one core. */
export function inlineAnalyzer(): Analyzer {
  return { analyze: async (article) => analyzeArticle(article), close: async () => {} };
}

/**
 * Spreads analyses over worker threads, one per core. From TypeScript sources (tests, tsx) the
 * workers load the same sources through tsx.
 */
export function workerAnalyzer(threads = availableParallelism()): Analyzer {
  const fromSource = import.meta.url.endsWith('.ts');
  const pool = new Piscina({
    filename: new URL(`./analysis-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    execArgv: fromSource ? ['--import', 'tsx'] : [],
  });
  return {
    analyze: (article) => pool.run(article) as Promise<ArticleAnalysis>,
    close: () => pool.destroy(),
  };
}

/**
 * Workers pay off only for large batches: each worker loads the model and warms up its own JIT,
 * and on this 2-core machine 2 workers were slower than this thread for 2,700 articles and 15%
 * faster for 10,800 (scripts/bench-analysis.ts measures steady state). So the first articles are
 * analysed here, and the pool starts when a batch proves large.
 */
export function batchAnalyzer(threads = availableParallelism(), inlineFirst = 4000): Analyzer {
  const inline = inlineAnalyzer();
  let pool: Analyzer | null = null;
  let count = 0;
  return {
    analyze: (article) => {
      if (threads <= 1 || ++count <= inlineFirst) return inline.analyze(article);
      pool ??= workerAnalyzer(threads);
      return pool.analyze(article);
    },
    close: async () => {
      await pool?.close();
    },
  };
}
