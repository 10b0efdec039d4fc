import { markup, type SafeHtml } from '../html/html.js';
import { renderDate } from './format.js';

/** A story's days: one day, or first to last. */
export function renderDateRange(first: string | null, last: string | null): SafeHtml {
  if (!first || !last) return renderDate(first ?? last);
  if (first.slice(0, 10) === last.slice(0, 10)) return renderDate(first);
  return markup`${renderDate(first)} to ${renderDate(last)}`;
}
