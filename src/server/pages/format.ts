import { markup, type SafeHtml } from '../html/html.js';

/** A publication date as its day, the full value kept for machines and on hover. */
export function renderDate(published: string | null): SafeHtml {
  if (!published) return markup`<span class="date unknown">undated</span>`;
  return markup`<time datetime="${published}" title="${published}">${published.slice(0, 10)}</time>`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * A search snippet with its matches marked. The archive brackets matches; brackets of the text
 * itself may be marked too, which only looks odd: every piece is escaped.
 */
export function renderSnippet(snippet: string): SafeHtml {
  const parts = snippet.split(/\[([^[\]]*)\]/);
  return markup`${parts.map((part, index) => (index % 2 ? markup`<mark>${part}</mark>` : part))}`;
}

/** What to call an article: its title, else its opening words. */
export function displayTitle(title: string | null, opening?: string): string {
  if (title) return title;
  const words = opening?.replace(/\s+/g, ' ').trim();
  if (!words) return 'Untitled article';
  if (words.length <= 90) return words;
  const cut = words.slice(0, 90);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 90)}…`;
}
