import { Readability } from '@mozilla/readability';
import { joinParagraphs } from '../normalize-text.js';
import { findByline } from './byline.js';
import { removeBoilerplate } from './clean-boilerplate.js';
import { findLeadParagraph } from './lead-paragraph.js';
import { findDensestParagraphParent, findMainContainer } from './main-container.js';
import { keepArticleBlocks } from './paragraph-classifier.js';
import { parseHtml, type HtmlDocument } from './parse-html.js';
import { textBlocks, type TextBlock } from './text-blocks.js';

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

function textLength(blocks: readonly TextBlock[]): number {
  let length = 0;
  for (const block of blocks) length += block.text.length;
  return length;
}

interface Candidate {
  blocks: TextBlock[];
  links: string[];
}

/**
 * The article body of a page. The page is cleaned of navigation, sidebars, sharing and comment
 * blocks; then the container the page marks as its article body competes with Readability's pick,
 * and the winner's paragraphs are filtered of leftover furniture (link lists, labels, dates).
 */
export function extractMainContent(
  document: HtmlDocument,
  baseUrl: string | null,
): MainContent | null {
  const body = document.body;
  const container = body ? findMainContainer(body) : null;
  const pageByline = body ? findByline(body) : null;
  if (body) {
    const keep = [container, findDensestParagraphParent(body)].filter(
      (element): element is Element => element !== null,
    );
    removeBoilerplate(body, keep);
  }
  const lead = body ? findLeadParagraph(body) : null;
  const marked: Candidate | null = container
    ? { blocks: keepArticleBlocks(textBlocks(container)), links: absoluteLinks(container, baseUrl) }
    : null;

  const reader = new Readability(document, { charThreshold: 300, keepClasses: false });
  const result = reader.parse();
  let scored: Candidate | null = null;
  if (result?.content) {
    const content = parseHtml(`<!doctype html><html><body>${result.content}</body></html>`);
    scored = {
      blocks: keepArticleBlocks(textBlocks(content.body)),
      links: absoluteLinks(content, baseUrl),
    };
  }

  const markedLength = marked ? textLength(marked.blocks) : 0;
  const scoredLength = scored ? textLength(scored.blocks) : 0;
  // Readability's pick is the surer one; the marked container wins when it holds more text.
  const chosen = marked && markedLength > 0 && markedLength >= scoredLength * 1.1 ? marked : scored;
  if (!chosen || chosen.blocks.length === 0) return null;
  const text = joinParagraphs(chosen.blocks.map((block) => block.text));
  return {
    text: lead && !text.includes(lead.slice(0, 60)) ? joinParagraphs([lead, text]) : text,
    title: result?.title?.trim() || null,
    byline: result?.byline?.trim() || pageByline,
    links: chosen.links,
  };
}
