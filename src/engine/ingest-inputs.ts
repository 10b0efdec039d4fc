import { readArticles, type IngestOptions } from '../ingest/read-articles.js';
import { ReadError, describeError } from '../model/read-error.js';
import type { Archive } from '../store/archive.js';

export interface IngestSummary {
  read: number;
  new: number;
  duplicate: number;
  failed: number;
  errors: { input: string; reason: string }[];
}

/** Reads inputs into the archive, one transaction per article; a bad article never stops the batch. */
export async function ingestInputs(
  archive: Archive,
  names: string[],
  options: IngestOptions = {},
  onProgress?: (summary: IngestSummary) => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, new: 0, duplicate: 0, failed: 0, errors: [] };
  for await (const item of readArticles(names, options)) {
    if (item instanceof ReadError) {
      summary.failed++;
      summary.errors.push({ input: item.input, reason: item.reason });
    } else {
      summary.read++;
      try {
        summary[archive.addArticle(item)]++;
      } catch (error) {
        summary.failed++;
        summary.errors.push({
          input: item.source,
          reason: `could not be stored: ${describeError(error)}`,
        });
      }
    }
    onProgress?.(summary);
  }
  return summary;
}
