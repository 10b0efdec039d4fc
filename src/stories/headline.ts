import type { Article, Span } from '../model/article.js';

const HEADLINE_CHARS = 160;
/** "PORTO, Portugal — ", "LISBON (Reuters) - ": where, not what. */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,[^—–\n]{1,40}?)?(?:\s\([^)]{1,40}\))?\s+[—–-]+\s+/u;

/**
 * The article's title, or its first sentence without a dateline, shortened at a word, when it
 * has none.
 */
export function headlineOf(article: Article, lead: Span | undefined): string {
  if (article.title?.trim()) return article.title.trim();
  const sentence = lead
    ? article.text.slice(lead.start, lead.end).replace(/\s+/g, ' ').trim().replace(DATELINE, '')
    : '';
  if (sentence.length <= HEADLINE_CHARS) return sentence;
  const cut = sentence.lastIndexOf(' ', HEADLINE_CHARS);
  return sentence.slice(0, cut > 0 ? cut : HEADLINE_CHARS) + ' …';
}
