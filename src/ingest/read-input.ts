import { pipeline } from 'node:stream';
import { constants, createGunzip, gunzipSync } from 'node:zlib';
import type { Article } from '../model/article.js';
import { ReadError, describeError } from '../model/read-error.js';
import { finishArticle } from './finish-article.js';
import { readDatedText } from './readers/dated-text.js';
import { readFeed } from './readers/feed.js';
import { readHtml } from './readers/html.js';
import { readJsonLines } from './readers/json-lines.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, type ReadOptions, type Reader } from './readers/reader.js';
import { readWarc } from './readers/warc.js';
import { sniffFormat } from './sniff.js';
import { HEAD_BYTES, type Input } from './sources/input.js';
import { formatBytes } from './sources/read-limited.js';

const READERS: Record<'warc' | 'html' | 'feed' | 'jsonl' | 'dated-text' | 'text', Reader> = {
  warc: readWarc,
  html: readHtml,
  feed: readFeed,
  jsonl: readJsonLines,
  'dated-text': readDatedText,
  text: readDatedText,
};

/** Formats read record by record from a stream, so their inputs may be larger than one document. */
const STREAMED = new Set(['warc', 'jsonl']);

function gunzipped(input: Input): Input {
  return {
    name: input.name,
    size: null,
    charset: input.charset ?? null,
    url: input.url ?? null,
    head: async (count = HEAD_BYTES) => {
      const raw = await input.head(HEAD_BYTES);
      return gunzipSync(raw, { finishFlush: constants.Z_SYNC_FLUSH }).subarray(0, count);
    },
    stream: () => pipeline(input.stream(), createGunzip(), () => {}),
  };
}

/** Throws zlib's error if the input is not one whole gzip stream (or several). */
async function checkGzip(input: Input): Promise<void> {
  const raw = await input.head(HEAD_BYTES);
  if (raw.length < HEAD_BYTES) {
    gunzipSync(raw);
    return;
  }
  for await (const chunk of gunzipped(input).stream()) void chunk;
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (
    code.startsWith('Z_') ||
    /unexpected end of file|incorrect header check/i.test(describeError(error))
  ) {
    return `corrupt or truncated gzip data (${describeError(error)})`;
  }
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return describeError(error);
}

/**
 * Reads one input, whatever its format, into finished articles. Problems come out as errors that
 * name the input (or the record inside it) and the reason; this function never throws.
 */
export async function* readInput(
  input: Input,
  options: ReadOptions = {},
): AsyncGenerator<Article | ReadError> {
  try {
    let source = input;
    let head = await source.head();
    let format = sniffFormat(head, source.name);
    if (format === 'gzip') {
      const inner = gunzipped(source);
      const innerFormat = sniffFormat(await inner.head(), source.name.replace(/\.gz$/i, ''));
      // warcio reads gzipped WARC members itself; everything else is read through gunzip.
      if (innerFormat !== 'warc') source = inner;
      format = innerFormat === 'gzip' ? 'binary' : innerFormat;
      head = await inner.head();
      // Bytes that inflate to nothing are an empty input only if they are a whole gzip stream
      // (of nothing); a header followed by garbage or cut short is corrupt.
      if (format === 'empty') await checkGzip(input);
    }
    if (format === 'empty') return yield new ReadError(input.name, 'empty: nothing to read');
    if (format === 'binary') {
      return yield new ReadError(
        input.name,
        'binary content: not text, HTML, a feed, JSON Lines or WARC',
      );
    }
    const limit = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
    if (!STREAMED.has(format) && source.size !== null && source.size > limit) {
      return yield new ReadError(
        input.name,
        `too large: ${formatBytes(source.size)}, over the ${formatBytes(limit)} limit for one document`,
      );
    }
    for await (const item of READERS[format](source, options)) {
      yield item instanceof ReadError ? item : finishArticle(item, input.name);
    }
  } catch (error) {
    yield new ReadError(input.name, reasonOf(error));
  }
}
