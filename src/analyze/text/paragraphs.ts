import type { Span } from '../../model/article.js';

/** Paragraph spans: the text between blank lines (the normalised text has exactly one between paragraphs). */
export function paragraphsOf(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n\n', start);
    if (end === -1) end = text.length;
    if (end > start) paragraphs.push({ start, end });
    start = end + 2;
  }
  return paragraphs;
}
