import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcPage {
  url: string;
  /** Crawl time, ISO 8601. */
  date: string;
  html: string | Uint8Array;
  contentType?: string;
  status?: number;
}

/**
 * Packs pages as a WARC file of HTTP response records (gzip members when asked), as a crawler
 * would write them. Used to build the example crawl and test fixtures.
 */
export async function writeWarc(
  pages: WarcPage[],
  options: { gzip?: boolean } = {},
): Promise<Uint8Array> {
  const warcVersion = 'WARC/1.1';
  const gzip = options.gzip ?? false;
  const parts: Uint8Array[] = [];
  const info = await WARCRecord.createWARCInfo(
    { filename: 'crosscheck.warc', warcVersion },
    { software: 'crosscheck' },
  );
  parts.push(await WARCSerializer.serialize(info, { gzip }));
  for (const page of pages) {
    const body = typeof page.html === 'string' ? new TextEncoder().encode(page.html) : page.html;
    const record = await WARCRecord.create(
      {
        url: page.url,
        date: page.date,
        type: 'response',
        warcVersion,
        statusline: `HTTP/1.1 ${page.status ?? 200} ${page.status && page.status !== 200 ? 'Error' : 'OK'}`,
        httpHeaders: { 'Content-Type': page.contentType ?? 'text/html; charset=utf-8' },
      },
      (async function* () {
        yield body;
      })(),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}
