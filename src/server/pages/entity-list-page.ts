import type { EntitySummary } from '../../store/archive.js';
import { markup } from '../html/html.js';
import { sitePath } from '../html/safe-url.js';
import { plural } from './format.js';
import type { Page } from './layout.js';
import { renderPager, type PageWindow } from './pager.js';

export interface EntityFilters {
  q?: string;
  type?: string;
}

export interface EntityListView {
  filters: EntityFilters;
  items: EntitySummary[];
  window: PageWindow;
}

const TYPES = [
  ['', 'everyone and everything'],
  ['person', 'people'],
  ['organization', 'bodies'],
  ['place', 'places'],
] as const;

/** People, bodies and places of the archive, most often named first. */
export function entityListPage(view: EntityListView): Page {
  const { filters, items, window } = view;
  const types = TYPES.map(
    ([value, label]) =>
      markup`<option value="${value}" ${value === (filters.type ?? '') ? markup` selected` : ''}>
        ${label}
      </option>`,
  );
  const rows = items.map(
    (entity) =>
      markup`<tr>
        <td><a href="${sitePath(['entities', entity.key])}">${entity.name}</a></td>
        <td>${entity.type}</td>
        <td class="number">${entity.articles}</td>
        <td class="number">${entity.quotes}</td>
      </tr>`,
  );
  const body = markup`<h1>People and bodies</h1>
    <form class="filters" method="get" action="${sitePath(['entities'])}" role="search">
      <label class="grow"
        >Name <input type="search" name="q" value="${filters.q ?? ''}" maxlength="200"
      /></label>
      <label
        >Show
        <select name="type" data-autosubmit>
          ${types}
        </select></label
      >
      <button type="submit">Filter</button>
    </form>
    <p class="count" role="status">${plural(window.total, 'name')}</p>
    ${
      rows.length
        ? markup`<table class="entity-table">
            <thead>
              <tr>
                <th>name</th>
                <th>type</th>
                <th class="number">articles</th>
                <th class="number">quotes</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
        : markup`<p class="empty">No one found.</p>`
    }
    ${renderPager(['entities'], { ...filters }, window)}`;
  return { title: 'People and bodies', section: 'entities', body };
}
