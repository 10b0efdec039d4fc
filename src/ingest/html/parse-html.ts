import { parseHTML } from 'linkedom';

export type HtmlDocument = Document;

/** Parses a page into a DOM. linkedom is forgiving: malformed markup still gives a tree. */
export function parseHtml(html: string): HtmlDocument {
  const { document } = parseHTML(html);
  return document as unknown as HtmlDocument;
}
