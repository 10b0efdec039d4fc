import { markup, type SafeHtml } from '../../server/html/html.js';
import { anchorUrl } from '../../server/html/safe-url.js';
import type { CitedArticle, ReportSources } from '../report-sources.js';

/** The element id of an article's column on the report page. */
export const articleAnchor = (id: string) => `article-${id}`;

/** A citation of one article: its number and outlet, linking to its column. */
export function sourceChip(article: CitedArticle): SafeHtml {
  const title = article.record?.title ?? article.id;
  return markup`<a class="chip" href="${anchorUrl(articleAnchor(article.id))}" title="${title}"
    ><span class="chip-number">${article.number}</span> ${article.label}</a
  >`;
}

/** Citations of the articles some evidence comes from, each once, in number order. */
export function sourceChips(sources: ReportSources, articleIds: Iterable<string>): SafeHtml {
  return markup`<span class="chips">${sources.cited(articleIds).map(sourceChip)}</span>`;
}
