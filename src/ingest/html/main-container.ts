import { elementNames } from './element-names.js';

/**
 * Names that mark the element holding an article's body, strongest first. Within a rank the first
 * element in document order wins, as in trafilatura's body selectors.
 */
const RANKED_BODY_NAMES: readonly (readonly string[])[] = [
  [
    'articlebody',
    'articletext',
    'articlecontent',
    'entrycontent',
    'postcontent',
    'posttext',
    'postbody',
    'postentry',
    'storybody',
    'storycontent',
    'storytext',
    'bodytext',
    'textcontent',
    'artcontent',
  ],
  [
    'blogcontent',
    'singlecontent',
    'fulltext',
    'fieldbody',
    'wpbtextcolumn',
    'contentbody',
    'contentmain',
    'maincontent',
    'pagecontent',
  ],
];

const CONTAINER_TAGS = new Set(['ARTICLE', 'DIV', 'MAIN', 'SECTION', 'TD']);

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function rankOf(element: Element): number {
  if (element.getAttribute('itemprop') === 'articleBody') return 0;
  const names = elementNames(element);
  if (!names.joined) return -1;
  for (let rank = 0; rank < RANKED_BODY_NAMES.length; rank++) {
    if (RANKED_BODY_NAMES[rank]!.some((part) => names.joined.includes(part))) return rank;
  }
  return -1;
}

/**
 * The element that the page marks as its article body (`itemprop=articleBody`, `article-body`,
 * `entry-content`…), else its only `<article>` or its `<main>`, when that element holds enough
 * text to be an article. Null when the page marks nothing usable.
 */
export function findMainContainer(body: Element, minLength = 250): Element | null {
  const ranked: Element[][] = RANKED_BODY_NAMES.map(() => []);
  const articles: Element[] = [];
  const mains: Element[] = [];
  for (const element of body.querySelectorAll('*')) {
    const tag = element.tagName.toUpperCase();
    if (tag === 'ARTICLE') articles.push(element);
    else if (tag === 'MAIN' || element.getAttribute('role') === 'main') mains.push(element);
    if (!CONTAINER_TAGS.has(tag) && element.getAttribute('itemprop') !== 'articleBody') continue;
    const rank = rankOf(element);
    if (rank >= 0) ranked[rank]!.push(element);
  }
  const firstLongEnough = (elements: Element[]) =>
    elements.find((element) => textLength(element) >= minLength) ?? null;
  return (
    firstLongEnough(ranked[0]!) ??
    (articles.length === 1 ? firstLongEnough(articles) : null) ??
    firstLongEnough(ranked[1]!) ??
    (mains.length === 1 ? firstLongEnough(mains) : null)
  );
}

/**
 * The element holding the most paragraph text, scored as Readability scores candidates: each
 * paragraph of some length gives its length to its parent and half to its grandparent. A cheap
 * guess at where the article is, for pages that mark nothing.
 */
export function findDensestParagraphParent(body: Element): Element | null {
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  const credit = (element: Element | null, score: number) => {
    if (!element) return;
    const total = (scores.get(element) ?? 0) + score;
    scores.set(element, total);
    if (total > bestScore) {
      best = element;
      bestScore = total;
    }
  };
  for (const paragraph of body.querySelectorAll('p, pre')) {
    const length = (paragraph.textContent ?? '').trim().length;
    if (length < 80) continue;
    credit(paragraph.parentElement, length);
    credit(paragraph.parentElement?.parentElement ?? null, length / 2);
  }
  return best;
}
