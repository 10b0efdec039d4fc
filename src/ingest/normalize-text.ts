import { decodeHTMLStrict } from 'entities';

// Spaces of every width become one plain space; the text keeps its words and marks.
const SPACE_RUN = /[\t\f\v \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
// Controls and invisible marks that carry no meaning in running text (ZWJ is kept for emoji).
// eslint-disable-next-line no-control-regex -- removing control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u200b\u200e\u200f\ufeff]/g;
// A surrogate without its other half is no character: it becomes U+FFFD, as a decoder would
// make it (stored or printed as is, it is invalid UTF-8 and breaks JSON consumers).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;

/**
 * Normalises an article body only in ways that keep its meaning: line endings, runs of white
 * space, stray invisible characters, lone surrogates (as U+FFFD), Unicode composition and (for
 * plain text) HTML entities.
 * Paragraphs are separated by exactly one blank line. Quote marks are never touched.
 */
export function normalizeText(raw: string, options: { decodeEntities?: boolean } = {}): string {
  let text = raw.replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n').replace(INVISIBLE, '');
  if (options.decodeEntities) text = decodeEntities(text);
  text = text.replace(LONE_SURROGATE, '\ufffd');
  text = text.normalize('NFC');
  const lines = text.split('\n').map((line) => line.replace(SPACE_RUN, ' ').trim());
  const out: string[] = [];
  let blank = true;
  for (const line of lines) {
    if (line === '') {
      blank = true;
      continue;
    }
    if (blank && out.length > 0) out.push('');
    out.push(line);
    blank = false;
  }
  return out.join('\n');
}

/** Decodes HTML entities (`&amp;`, `&#8217;`) that exports of plain text often carry. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity) => decodeHTMLStrict(entity));
}

/** Joins paragraphs the way `normalizeText` separates them. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  return normalizeText([...paragraphs].join('\n\n'));
}
