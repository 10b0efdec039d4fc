import { readHtmlPage } from './html-page.js';
import { readTextInput } from './read-text-input.js';
import type { Reader } from './reader.js';

export const readHtml: Reader = async function* (input, options) {
  const html = await readTextInput(input, options, { documentCharset: true });
  yield readHtmlPage(html, input.name, input.url ?? null, options);
};
