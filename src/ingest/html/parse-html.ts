import { parseHTML } from 'linkedom';

export type HtmlDocument = Document;

const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT']);

/**
 * linkedom builds the tree under the first element it meets, so a page that opens with
 * `<head>`, a stray `<style>` or a server warning instead of `<html>` would lose its body.
 * Such markup is cut to its `<html>` tag, or wrapped in one when it has none.
 */
function withHtmlRoot(html: string): string {
  const lower = html.toLowerCase();
  let from = 0;
  for (;;) {
    const start = lower.indexOf('<html', from);
    if (start < 0) return `<html>${html}</html>`;
    // `<html>` inside a conditional comment (`<!--[if IE]><html class="ie"><![endif]-->`) is not the root.
    const commentStart = lower.lastIndexOf('<!--', start);
    const commentEnd = commentStart < 0 ? -1 : lower.indexOf('-->', commentStart);
    if (commentStart >= 0 && commentEnd > start) {
      from = commentEnd + 3;
      continue;
    }
    return start === 0 ? html : html.slice(start);
  }
}

/** Moves what linkedom left beside `<head>` and `<body>` (markup with no `<body>` tag) into them. */
function adoptStrayNodes(document: Document): void {
  const root = document.documentElement;
  const head = document.head;
  const body = document.body;
  if (!root || !body) return;
  const firstInBody = body.firstChild;
  let beforeBody = true;
  for (let node = root.firstChild, next: ChildNode | null; node; node = next) {
    next = node.nextSibling;
    if (node === body) {
      beforeBody = false;
      continue;
    }
    if (node === head) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (beforeBody && head && HEAD_TAGS.has(tag)) head.appendChild(node);
    else if (beforeBody) body.insertBefore(node, firstInBody);
    else body.appendChild(node);
  }
}

/** Parses a page into a DOM. linkedom is forgiving: malformed markup still gives a tree. */
export function parseHtml(html: string): HtmlDocument {
  const { document } = parseHTML(withHtmlRoot(html));
  adoptStrayNodes(document as unknown as Document);
  return document as unknown as HtmlDocument;
}
