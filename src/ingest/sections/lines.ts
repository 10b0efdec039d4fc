import type { Span } from '../../model/article.js';

export interface Line extends Span {
  text: string;
}

/** The non-empty lines of `text` within `[from, to)`, with their offsets. */
export function linesOf(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    if (end > start) lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}
