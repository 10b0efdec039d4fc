import { readArticles, type IngestOptions } from '../ingest/read-articles.js';
import { ReadError } from '../model/read-error.js';
import { articleRecord, errorRecord, type AnalysisDocument } from '../report/analysis-document.js';

/**
 * Reads inputs without an archive and returns the analysis document. The same content read twice
 * appears once; order follows the inputs, so the same inputs give the same document.
 */
export async function analyzeInputs(
  names: string[],
  options: IngestOptions = {},
  onItem?: (item: { kind: 'article' | 'duplicate' | 'error' }) => void,
): Promise<AnalysisDocument> {
  const document: AnalysisDocument = { articles: [], errors: [] };
  const seen = new Set<string>();
  for await (const item of readArticles(names, options)) {
    if (item instanceof ReadError) {
      document.errors.push(errorRecord(item));
      onItem?.({ kind: 'error' });
    } else if (seen.has(item.id)) {
      onItem?.({ kind: 'duplicate' });
    } else {
      seen.add(item.id);
      document.articles.push(articleRecord(item));
      onItem?.({ kind: 'article' });
    }
  }
  return document;
}
