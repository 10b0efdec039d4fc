import { markup, type SafeHtml } from '../../server/html/html.js';
import { markSpans } from '../../server/html/mark-spans.js';
import { externalUrl } from '../../server/html/safe-url.js';
import type { StoryRecord } from '../analysis-document.js';
import type { CitedArticle, ReportSources } from '../report-sources.js';
import { evidenceByArticle, evidenceMarks, type EvidenceSpan } from './evidence-marks.js';
import { articleAnchor } from './source-chips.js';

/** The article's address: a link when it is plain http(s), else inert text. */
function addressLine(url: string | null): SafeHtml | '' {
  if (!url) return '';
  const safe = externalUrl(url);
  return safe
    ? markup`<a class="url" href="${safe}" rel="noreferrer noopener">${url}</a>`
    : markup`<span class="url inert">${url}</span>`;
}

function articleColumn(
  article: CitedArticle,
  spans: EvidenceSpan[],
  anchored: Set<string>,
): SafeHtml {
  const record = article.record;
  const text = record ? markSpans(record.text, evidenceMarks(spans, anchored)) : '';
  return markup`<article class="article-column" id="${articleAnchor(article.id)}">
    <header>
      <span class="chip"><span class="chip-number">${article.number}</span> ${article.label}</span>
      <span class="source-number" title="independent source">S${article.source}</span>
      <h3>${record?.title ?? 'Untitled article'}</h3>
      <p class="meta">
        ${record?.published ?? 'undated'}${record?.authors.length ? ` · ${record.authors.join(', ')}` : ''}
      </p>
      ${addressLine(record?.url ?? null)}
    </header>
    <div class="article-text">${record ? text : markup`<p class="empty">Not available.</p>`}</div>
  </article>`;
}

export interface ArticleColumnOptions {
  /** The articles to show (default: all of them); a page of a long story shows some. */
  shown?: CitedArticle[];
  /** Put under the heading: which articles these are, a pager. */
  note?: SafeHtml | '';
  /** Put after the columns. */
  after?: SafeHtml | '';
}

/** The story's articles side by side, the evidence of facts and statements marked in their text. */
export function articleColumns(
  story: StoryRecord,
  sources: ReportSources,
  options: ArticleColumnOptions = {},
): SafeHtml {
  const evidence = evidenceByArticle(story);
  const anchored = new Set<string>();
  return markup`<section id="articles">
    <h2>Articles</h2>
    ${options.note ?? ''}
    <div class="columns">
      ${(options.shown ?? sources.articles).map((article) =>
        articleColumn(article, evidence.get(article.id) ?? [], anchored),
      )}
    </div>
    ${options.after ?? ''}
  </section>`;
}
