import type { Readable } from 'node:stream';
import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { ReadError, describeError } from '../../model/read-error.js';
import { decodeBytes } from '../decode.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, type Reader } from './reader.js';
import { readHtmlPage } from './html-page.js';

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/**
 * Reads what is left of a record's block without keeping it, and returns how many of its
 * declared bytes never arrived (0 for a whole record). Every record must be read to its end
 * before the next is asked for: warcio 2.4 skips an unread record with a loop that never ends
 * when the file stops before the record does.
 */
async function drain(block: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<number> {
  for await (const chunk of block) void chunk;
  return missingBytes(block);
}

function missingBytes(block: unknown): number {
  return block instanceof LimitReader ? Math.max(0, block.limit) : 0;
}

function truncated(where: string, record: WARCRecord, missing: number): ReadError {
  const declared = record.warcContentLength;
  return new ReadError(where, `truncated record (${declared - missing} of ${declared} bytes)`);
}

/** The stream's chunks, counting their bytes as they pass. */
function counted(stream: Readable): { chunks: AsyncIterable<Uint8Array>; bytes: () => number } {
  let bytes = 0;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      yield chunk;
    }
  }
  return { chunks: chunks(), bytes: () => bytes };
}

/** WARC and WARC.gz crawls: every successful HTML response record is one page. */
export const readWarc: Reader = async function* (input, options) {
  const limit = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const source = counted(input.stream());
  const reader = new AsyncIterReader(source.chunks);
  const parser = new WARCParser(reader);
  let index = 0;
  let where = `${input.name} record 1 at byte 0`;
  try {
    for await (const record of parser) {
      index++;
      const target = record.warcTargetURI ?? null;
      where = `${input.name} record ${index} at byte ${parser.offset}${target ? ` (${target})` : ''}`;
      // The block's reader, taken before anything is read: it counts the bytes still missing.
      const block = record.reader;
      const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
      const status = Number(record.httpHeaders?.statusCode ?? 200);
      const length = Number(record.warcHeaders.headers.get('content-length') ?? 0);
      const page =
        record.warcType === 'response' &&
        HTML_TYPES.test(contentType) &&
        status >= 200 &&
        status < 300;
      if (!page || length > limit) {
        const missing = await drain(block);
        if (missing > 0) {
          yield truncated(where, record, missing);
          return;
        }
        if (page) yield new ReadError(where, `record too large (${length} bytes)`);
        continue;
      }
      const bytes = await record.readFully(true);
      const missing = missingBytes(block);
      if (missing > 0) {
        yield truncated(where, record, missing);
        return;
      }
      const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
      const html = decodeBytes(bytes, { transportCharset: charset, documentCharset: true }).text;
      const article = readHtmlPage(html, input.name, target, options);
      yield article instanceof ReadError ? new ReadError(where, article.reason) : article;
    }
    // A gzip member cut short gives warcio no bytes at all, so no record: what it did not
    // inflate is left over.
    if (reader.compressed && source.bytes() > reader.getRawOffset()) {
      yield new ReadError(
        `${input.name} record ${index + 1} at byte ${reader.getRawOffset()}`,
        'truncated record (corrupt or truncated gzip data)',
      );
    }
  } catch (error) {
    yield new ReadError(
      index ? `${input.name} record ${index + 1}` : where,
      `unreadable WARC data: ${describeError(error)}`,
    );
  }
};
