import { readInput } from '../../ingest/read-input.js';
import type { ReadOptions } from '../../ingest/readers/reader.js';
import { bufferInput } from '../../ingest/sources/input.js';
import { fetchInput, type FetchOptions } from '../../ingest/sources/url-input.js';
import type { Article } from '../../model/article.js';
import { ReadError, describeError } from '../../model/read-error.js';
import type { IngestRequest } from './ingest-request.js';

/**
 * The articles of an ingestion request, read by the same readers as files. URLs go straight to
 * the guarded fetch: a request can never name a file or standard input, as a CLI argument can.
 */
export async function* postedArticles(
  jobId: string,
  request: IngestRequest,
  options: ReadOptions & FetchOptions,
): AsyncGenerator<Article | ReadError> {
  if (request.texts?.length) {
    const bytes = Buffer.from(JSON.stringify(request.texts), 'utf8');
    yield* readInput(bufferInput(`${jobId} texts`, bytes), options);
  }
  for (const [index, document] of (request.documents ?? []).entries()) {
    const name = `${jobId} ${document.name ?? `document ${index + 1}`}`;
    const bytes =
      typeof document.content === 'string'
        ? Buffer.from(document.content, 'utf8')
        : document.content;
    yield* readInput(bufferInput(name, bytes), options);
  }
  for (const url of request.urls ?? []) {
    if (!/^https?:\/\//i.test(url)) {
      yield new ReadError(url, 'not an http(s) URL');
      continue;
    }
    try {
      yield* readInput(await fetchInput(url, options), options);
    } catch (error) {
      yield new ReadError(url, describeError(error));
    }
  }
}
