import type { ArticleDraft } from '../../model/article.js';
import { ReadError } from '../../model/read-error.js';
import { extractMainContent } from '../html/extract-main-content.js';
import { readPageMetadata } from '../html/page-metadata.js';
import { parseHtml } from '../html/parse-html.js';
import { normalizeDate } from '../normalize-date.js';
import { normalizeText } from '../normalize-text.js';
import { cleanTitle, outletFromUrl } from '../outlet-name.js';
import type { ReadOptions } from './reader.js';

function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    return base ? new URL(url, base).href : new URL(url).href;
  } catch {
    return null;
  }
}

/** One web page to one article: the main content, helped by what the page says about itself. */
export function readHtmlPage(
  html: string,
  source: string,
  pageUrl: string | null,
  options: ReadOptions,
): ArticleDraft | ReadError {
  const document = parseHtml(html);
  const metadata = readPageMetadata(document);
  const url = absolute(metadata.url, pageUrl) ?? pageUrl;
  const content = extractMainContent(document, url);
  const body = metadata.articleBody
    ? normalizeText(metadata.articleBody, { decodeEntities: true })
    : '';
  // Pages that ship their whole text as data are more reliable than any reading of the layout.
  const text =
    content && content.text.length >= body.length * 0.8
      ? content.text
      : body || content?.text || '';
  if (!text.trim()) return new ReadError(source, 'no article text found in the page');
  const outlet = metadata.outlet ?? options.outlet ?? outletFromUrl(url);
  return {
    source,
    url,
    outlet,
    title: cleanTitle(metadata.title ?? content?.title ?? null, outlet),
    published: normalizeDate(metadata.published) ?? normalizeDate(options.date),
    text,
    authors: metadata.authors.length ? metadata.authors : content?.byline ? [content.byline] : [],
    language: metadata.language,
  };
}
