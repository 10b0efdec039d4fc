import { Readability } from '@mozilla/readability';
import { htmlToText } from './html-to-text.js';
import { parseHtml, type HtmlDocument } from './parse-html.js';

export interface MainContent {
  text: string;
  title: string | null;
  byline: string | null;
  /** Absolute addresses of the links inside the main content. */
  links: string[];
}

function absoluteLinks(root: ParentNode, baseUrl: string | null): string[] {
  const links = new Set<string>();
  for (const anchor of root.querySelectorAll('a[href]')) {
    const href = anchor.getAttribute('href')?.trim();
    if (!href || href.startsWith('#') || /^(?:javascript|mailto|data):/i.test(href)) continue;
    try {
      const absolute = baseUrl ? new URL(href, baseUrl).href : new URL(href).href;
      anchor.setAttribute('href', absolute);
      links.add(absolute);
    } catch {
      // A relative link on a page without an address stays out of the list.
    }
  }
  return [...links];
}

/**
 * The article body of a page. Readability finds the main block; its output is turned into
 * paragraphs of plain text.
 */
export function extractMainContent(document: HtmlDocument, baseUrl: string | null): MainContent | null {
  const reader = new Readability(document, { charThreshold: 300, keepClasses: false });
  const result = reader.parse();
  if (!result?.content) return null;
  const content = parseHtml(`<!doctype html><html><body>${result.content}</body></html>`);
  const links = absoluteLinks(content, baseUrl);
  return {
    text: htmlToText(content.body),
    title: result.title?.trim() || null,
    byline: result.byline?.trim() || null,
    links,
  };
}
