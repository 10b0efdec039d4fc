/** One article given as fields, as in a JSON Lines file. */
export interface PostedText {
  text: string;
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  authors?: string[];
  language?: string;
}

/** A document in any format crosscheck reads (HTML, a feed, dated text, JSON Lines). */
export interface PostedDocument {
  name?: string;
  /** Text in JSON requests; the bytes of a raw request body (gzip and WARC included). */
  content: string | Uint8Array;
}

/** What a client asks to ingest; raw bodies arrive as one document. */
export interface IngestRequest {
  texts?: PostedText[];
  /** Pages or feeds to fetch: http(s) only, never a path on this machine. */
  urls?: string[];
  documents?: PostedDocument[];
  /** Outlet and date for articles whose input gives none. */
  outlet?: string;
  date?: string;
}

export const INGEST_LIMITS = { texts: 1000, urls: 100, documents: 100 } as const;
