import { readInput } from '../../src/ingest/read-input.js';
import { readArticles, type IngestOptions } from '../../src/ingest/read-articles.js';
import type { ReadOptions } from '../../src/ingest/readers/reader.js';
import { bufferInput } from '../../src/ingest/sources/input.js';
import type { Article } from '../../src/model/article.js';
import { ReadError } from '../../src/model/read-error.js';

export interface ReadOutcome {
  articles: Article[];
  errors: ReadError[];
}

async function collect(items: AsyncIterable<Article | ReadError>): Promise<ReadOutcome> {
  const outcome: ReadOutcome = { articles: [], errors: [] };
  for await (const item of items) {
    if (item instanceof ReadError) outcome.errors.push(item);
    else outcome.articles.push(item);
  }
  return outcome;
}

/** Reads bytes or text as if they were a file named `name`. */
export function readContent(
  name: string,
  content: string | Uint8Array,
  options: ReadOptions = {},
): Promise<ReadOutcome> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return collect(readInput(bufferInput(name, bytes), options));
}

export function readPaths(paths: string[], options: IngestOptions = {}): Promise<ReadOutcome> {
  return collect(readArticles(paths, options));
}
