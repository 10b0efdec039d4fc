import { WARCParser } from 'warcio';
import { ReadError, describeError } from '../../model/read-error.js';
import { decodeBytes } from '../decode.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, type Reader } from './reader.js';
import { readHtmlPage } from './html-page.js';

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/** WARC and WARC.gz crawls: every successful HTML response record is one page. */
export const readWarc: Reader = async function* (input, options) {
  const limit = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const parser = new WARCParser(input.stream());
  let index = 0;
  try {
    for await (const record of parser) {
      index++;
      if (record.warcType !== 'response') continue;
      const target = record.warcTargetURI ?? null;
      const where = `${input.name} record ${index}${target ? ` (${target})` : ''}`;
      const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
      const status = Number(record.httpHeaders?.statusCode ?? 200);
      if (!HTML_TYPES.test(contentType) || status < 200 || status >= 300) continue;
      const length = Number(record.warcHeaders.headers.get('content-length') ?? 0);
      if (length > limit) {
        yield new ReadError(where, `record too large (${length} bytes)`);
        continue;
      }
      const bytes = await record.readFully(true);
      const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
      const html = decodeBytes(bytes, { transportCharset: charset, documentCharset: true }).text;
      const page = readHtmlPage(html, input.name, target, options);
      yield page instanceof ReadError ? new ReadError(where, page.reason) : page;
    }
  } catch (error) {
    yield new ReadError(
      `${input.name} record ${index + 1}`,
      `unreadable WARC data: ${describeError(error)}`,
    );
  }
};
