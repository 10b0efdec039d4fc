import type { ArticleSummary, OutletCount } from '../../store/archive.js';
import { markup } from '../html/html.js';
import { externalUrl, sitePath } from '../html/safe-url.js';
import { displayTitle, plural, renderDate, renderSnippet } from './format.js';
import type { Page } from './layout.js';
import { renderPager, type PageWindow } from './pager.js';

export interface ArticleFilters {
  q?: string;
  outlet?: string;
  from?: string;
  to?: string;
}

export interface ArticleListView {
  filters: ArticleFilters;
  outlets: OutletCount[];
  items: ArticleSummary[];
  window: PageWindow;
}

/** The search, outlet and date form of a list page; `section` is the page's path. */
export function renderFilters(
  filters: ArticleFilters,
  outlets: OutletCount[],
  section = 'articles',
) {
  const options = outlets.map(
    (o) =>
      markup`<option value="${o.outlet}" ${o.outlet === filters.outlet ? markup` selected` : ''}>
        ${o.outlet} (${o.articles})
      </option>`,
  );
  return markup`<form class="filters" method="get" action="${sitePath([section])}" role="search">
    <label class="grow"
      >Search
      <input
        type="search"
        name="q"
        value="${filters.q ?? ''}"
        placeholder='words, "a phrase", prefix*'
        maxlength="300"
    /></label>
    <label
      >Outlet
      <select name="outlet" data-autosubmit>
        <option value="">all outlets</option>
        ${options}
      </select></label
    >
    <label>From <input type="date" name="from" value="${filters.from ?? ''}" /></label>
    <label>To <input type="date" name="to" value="${filters.to ?? ''}" /></label>
    <button type="submit">Search</button>
  </form>`;
}

/** The archive's articles, newest first or by relevance to a search, with outlet and date filters. */
export function articleListPage(view: ArticleListView): Page {
  const { filters, items, window } = view;
  const filtered = Boolean(filters.q || filters.outlet || filters.from || filters.to);
  const rows = items.map((item) => {
    const original = externalUrl(item.url);
    return markup`<li class="article-item">
      <a class="title" href="${sitePath(['articles', item.id])}"
        >${displayTitle(item.title, filters.q ? undefined : item.snippet)}</a
      >
      <span class="meta"
        >${item.outlet ?? 'unknown outlet'} ·
        ${renderDate(item.published)}${original ? markup` · <a class="original" href="${original}" rel="noopener noreferrer nofollow">original</a>` : ''}</span
      >
      <p class="snippet">${renderSnippet(item.snippet)}</p>
    </li>`;
  });
  const count = filtered
    ? `${plural(window.total, 'article')} match`
    : `${plural(window.total, 'article')} in the archive`;
  const body = markup`<h1>Articles</h1>
    ${renderFilters(filters, view.outlets)}
    <p class="count" role="status">${count}</p>
    ${
      rows.length
        ? markup`<ol class="article-list">
            ${rows}
          </ol>`
        : markup`<p class="empty">${filtered ? 'No article matches.' : 'The archive is empty.'}</p>`
    }
    ${renderPager(['articles'], { ...filters }, window)}`;
  return {
    title: filters.q ? `Articles matching ${filters.q}` : 'Articles',
    section: 'articles',
    body,
  };
}
