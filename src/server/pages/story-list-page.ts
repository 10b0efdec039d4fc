import type { OutletCount } from '../../store/archive.js';
import { markup } from '../html/html.js';
import { sitePath } from '../html/safe-url.js';
import type { StorySummary } from '../queries/story-view.js';
import { renderFilters, type ArticleFilters } from './article-list-page.js';
import { plural } from './format.js';
import type { Page } from './layout.js';
import { renderPager, type PageWindow } from './pager.js';
import { renderDateRange } from './story-format.js';

export interface StoryListView {
  filters: ArticleFilters;
  outlets: OutletCount[];
  items: StorySummary[];
  /** More stories match than `window.total` (the count stopped at its cap). */
  totalCapped?: boolean;
  window: PageWindow;
}

/** The archive's stories, most recent first, with search, outlet and date filters. */
export function storyListPage(view: StoryListView): Page {
  const { filters, items, window } = view;
  const filtered = Boolean(filters.q || filters.outlet || filters.from || filters.to);
  const rows = items.map(
    (story) =>
      markup`<li class="story-item">
        <a class="title" href="${sitePath(['stories', story.id])}">${story.title}</a>
        <span class="meta"
          >${renderDateRange(story.first, story.last)} · ${plural(story.articles, 'article')} ·
          ${plural(story.sources, 'independent source')}</span
        >
      </li>`,
  );
  const counted = view.totalCapped
    ? `more than ${window.total.toLocaleString('en')} stories`
    : plural(window.total, 'story', 'stories');
  const count = filtered
    ? `${counted} match`
    : `${plural(window.total, 'story', 'stories')} in the archive`;
  const body = markup`<h1>Stories</h1>
    ${renderFilters(filters, view.outlets, 'stories')}
    <p class="count" role="status">${count}</p>
    ${
      rows.length
        ? markup`<ol class="story-list">
            ${rows}
          </ol>`
        : markup`<p class="empty">${filtered ? 'No story matches.' : 'There are no stories yet.'}</p>`
    }
    ${renderPager(['stories'], { ...filters }, window)}`;
  return {
    title: filters.q ? `Stories matching ${filters.q}` : 'Stories',
    section: 'stories',
    body,
  };
}
