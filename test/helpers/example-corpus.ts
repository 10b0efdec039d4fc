import { readFileSync } from 'node:fs';
import { analyzeInputs } from '../../src/engine/analyze-inputs.js';
import type { AnalysisDocument, ArticleRecord } from '../../src/report/analysis-document.js';

export interface Gold {
  articles: Record<
    string,
    { outlet: string | null; published: string | null; title: string | null; format: string }
  >;
  stories: { id: string; articles: string[]; sources: number }[];
  versions: { article: string; marker: string; versions: number }[];
  credits: { article: string; text: string }[];
  quotes: { article: string; text: string; kind: string; speaker: string | null }[];
  times: { article: string; text: string; value: string }[];
}

export const gold = JSON.parse(readFileSync('examples/gold.json', 'utf8')) as Gold;

/** The key the gold file uses for an article: its URL, or its path when it has none. */
export const goldKey = (article: ArticleRecord) => article.url ?? article.source;

let cached: Promise<AnalysisDocument> | null = null;

/** The example corpus, analysed once per test file. */
export function exampleDocument(): Promise<AnalysisDocument> {
  cached ??= analyzeInputs(['examples/corpus'], { threads: 1 });
  return cached;
}
