import { markup, type SafeHtml } from '../html/html.js';
import { sitePath } from '../html/safe-url.js';

export interface PageWindow {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
}

export function pageCount(window: PageWindow): number {
  return Math.max(1, Math.ceil(window.total / window.pageSize));
}

/** Previous and next links that keep the list's other parameters. */
export function renderPager(
  path: string[],
  query: Record<string, string | undefined>,
  window: PageWindow,
): SafeHtml {
  const pages = pageCount(window);
  if (pages <= 1) return markup``;
  const link = (page: number, label: string, rel: string) =>
    markup`<a rel="${rel}" href="${sitePath(path, { ...query, page: page > 1 ? page : undefined })}"
      >${label}</a
    >`;
  return markup`<nav class="pager" aria-label="pages">
    ${window.page > 1 ? link(window.page - 1, '← previous', 'prev') : ''}
    <span>page ${window.page} of ${pages}</span>
    ${window.page < pages ? link(window.page + 1, 'next →', 'next') : ''}
  </nav>`;
}
