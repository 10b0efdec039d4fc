/** Where pages put the author's name: microdata, `rel=author`, or a `byline` class. */
const BYLINE_SELECTOR = '[itemprop="author"], [rel="author"], [class*="byline"], [class*="Byline"]';

/**
 * The page's byline as its text, read before cleaning takes bylines out of the article.
 * Only short texts count: a long one is an author's biography, not a byline.
 */
export function findByline(root: ParentNode): string | null {
  for (const element of root.querySelectorAll(BYLINE_SELECTOR)) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.length <= 100) return text;
  }
  return null;
}
