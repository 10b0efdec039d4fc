import { markup } from '../html/html.js';
import { sitePath } from '../html/safe-url.js';
import type { Page } from './layout.js';

/** A failed page request: the status and one line saying why. */
export function errorPage(status: number, message: string): Page {
  const body = markup`<h1>${status === 404 ? 'Not found' : `Error ${status}`}</h1>
    <p class="error">${message}</p>
    <p><a href="${sitePath(['articles'])}">Back to the articles</a></p>`;
  return { title: status === 404 ? 'Not found' : `Error ${status}`, section: null, body };
}
