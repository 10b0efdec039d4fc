import { Readable } from 'node:stream';

/** One thing the user named: a file, a URL's response, standard input, or bytes in memory. */
export interface Input {
  /** The path or URL, used as the article's `source` and in every error about it. */
  readonly name: string;
  /** Size in bytes when known before reading. */
  readonly size: number | null;
  /** The charset a transport declared (HTTP Content-Type), if any. */
  readonly charset?: string | null;
  /** The address the content came from, if it came over the network. */
  readonly url?: string | null;
  /** The first bytes, for sniffing the format. */
  head(bytes?: number): Promise<Uint8Array>;
  /** The whole content as a stream, for formats read record by record. */
  stream(): Readable;
}

export const HEAD_BYTES = 64 * 1024;

/** An input whose bytes are already in memory (a fetched page, standard input, a test). */
export function bufferInput(
  name: string,
  bytes: Uint8Array,
  extra: { charset?: string | null; url?: string | null } = {},
): Input {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    name,
    size: buffer.length,
    charset: extra.charset ?? null,
    url: extra.url ?? null,
    head: async (count = HEAD_BYTES) => buffer.subarray(0, count),
    stream: () => Readable.from([buffer]),
  };
}
