import { markup, type SafeHtml } from '../html/html.js';
import { sitePath } from '../html/safe-url.js';
import type { StoryArticle, StorySourceView, StoryView } from '../queries/story-view.js';
import { displayTitle, plural, renderDate } from './format.js';
import type { Page } from './layout.js';
import { renderPager, type PageWindow } from './pager.js';
import { renderDateRange } from './story-format.js';

function articleLink(id: string, label: string): SafeHtml {
  return markup`<a href="${sitePath(['articles', id])}">${label}</a>`;
}

/** What an article is within its source: the original, a copy or an update of another. */
function renderMark(
  article: StoryArticle,
  source: StorySourceView,
  byId: Map<string, StoryArticle>,
): SafeHtml | '' {
  const other = (id: string) => articleLink(id, byId.get(id)?.outlet ?? 'an earlier article');
  if (article.copyOf)
    return markup`<span class="mark-copy">copy of ${other(article.copyOf)}</span>`;
  if (article.updateOf)
    return markup`<span class="mark-update">update of ${other(article.updateOf)}</span>`;
  if (article.id === source.original && source.articles.length > 1)
    return markup`<span class="mark-original">original</span>`;
  return '';
}

function renderSource(source: StorySourceView, byId: Map<string, StoryArticle>): SafeHtml {
  const outside = source.originalInStory
    ? ''
    : markup`<p class="meta">
        The original, ${articleLink(source.original, 'an article')}, is not in this story.
      </p>`;
  const articles = source.articles.map(
    (article) =>
      markup`<li class="story-article" data-article="${article.id}">
        <a class="title" href="${sitePath(['articles', article.id])}"
          >${displayTitle(article.title, article.outlet ?? undefined)}</a
        >
        <span class="meta"
          >${article.outlet ?? 'unknown outlet'} · ${renderDate(article.published)}</span
        >
        ${renderMark(article, source, byId)}
      </li>`,
  );
  return markup`<li class="story-source">
    <h3>
      Source ${source.index + 1}: ${source.origin ?? 'origin unknown'}${source.agency ? markup` <span class="agency">agency</span>` : ''}
    </h3>
    ${outside}
    <ol class="source-articles">
      ${articles}
    </ol>
  </li>`;
}

function renderNotes(view: StoryView, byId: Map<string, StoryArticle>): SafeHtml | '' {
  if (view.notes.length === 0) return '';
  const items = view.notes.map(
    (note) =>
      markup`<li>
        ${articleLink(note.article, byId.get(note.article)?.outlet ?? note.article)}:
        ${note.notes.join('; ')}
      </li>`,
  );
  return markup`<details class="story-notes">
    <summary>Notes on ${plural(view.notes.length, 'article')}</summary>
    <ul>
      ${items}
    </ul>
  </details>`;
}

/**
 * One story: its days, its cross-checked report (summary, facts by source, statements, timeline,
 * the articles side by side), and its articles grouped by independent source, copies and
 * updates marked. `columns` is the page of the report's article columns, kept by the pager.
 */
export function storyPage(
  view: StoryView,
  window: PageWindow,
  report: SafeHtml,
  columns?: number,
): Page {
  const { story } = view;
  const byId = new Map(
    view.sources.flatMap((source) => source.articles.map((article) => [article.id, article])),
  );
  const body = markup`<article class="story-page">
    <header class="story-head">
      <h1>${story.title}</h1>
      <p class="meta">
        ${renderDateRange(story.first, story.last)} · ${plural(story.articles, 'article')} ·
        ${plural(story.sources, 'independent source')}
      </p>
      <p class="meta source">id <code>${story.id}</code></p>
    </header>
    ${report}
    <section class="story-sources-section" aria-label="sources">
      <h2>Articles by independent source</h2>
      ${
        window.total > window.pageSize
          ? markup`<p class="meta">
            Articles ${(view.offset + 1).toLocaleString('en')} to
            ${Math.min(view.offset + view.limit, window.total).toLocaleString('en')} of
            ${window.total.toLocaleString('en')}
          </p>`
          : ''
      }
      <ol class="story-sources">
        ${view.sources.map((source) => renderSource(source, byId))}
      </ol>
      ${renderPager(['stories', story.id], { columns: columns && columns > 1 ? String(columns) : undefined }, window)}
    </section>
    ${renderNotes(view, byId)}
  </article>`;
  return { title: story.title, section: 'stories', body, assets: 'report' };
}
