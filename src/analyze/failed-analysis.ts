import type { ArticleAnalysis } from '../model/analysis.js';

/** The analysis of an article whose analysis crashed: no layers, and a note saying why. */
export function failedAnalysis(reason: string): ArticleAnalysis {
  return {
    sentences: [],
    entities: [],
    quotes: [],
    times: [],
    durations: [],
    quantities: [],
    notes: [`analysis failed: ${reason}`],
  };
}
