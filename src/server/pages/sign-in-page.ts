import { markup } from '../html/html.js';
import type { SafeUrl } from '../html/html.js';
import { sitePath } from '../html/safe-url.js';
import type { Page } from './layout.js';

/** Asks for the server's token, for reading from another machine. */
export function signInPage(next: SafeUrl, failed: boolean): Page {
  const body = markup`<h1>Sign in</h1>
    <p>
      Reading this archive from another machine needs the server's token (printed when it first
      started, and kept next to the archive).
    </p>
    ${failed ? markup`<p class="error" role="alert">That token is not right.</p>` : ''}
    <form class="sign-in" method="post" action="${sitePath(['sign-in'])}">
      <input type="hidden" name="next" value="${next.value}" />
      <label
        >Token <input type="password" name="token" autocomplete="current-password" required
      /></label>
      <button type="submit">Sign in</button>
    </form>`;
  return { title: 'Sign in', section: null, body };
}
