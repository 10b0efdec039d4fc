import { SafeHtml, escapeHtml } from './html.js';

/** A range of the text to wrap in an element. */
export interface Mark {
  start: number;
  end: number;
  /** Lower goes outside when two marks cover the same range. */
  layer: number;
  /** The opening tag; `continued` when a crossing mark had to split this one. */
  open(continued: boolean): SafeHtml;
  close: SafeHtml;
}

function isValid(mark: Mark, length: number): boolean {
  return (
    Number.isInteger(mark.start) &&
    Number.isInteger(mark.end) &&
    mark.start >= 0 &&
    mark.start < mark.end &&
    mark.end <= length
  );
}

/**
 * The text as HTML with each mark wrapped around its `[start, end)` range. Marks may nest or
 * cross: a mark that crosses the end of another is closed there and opened again, so the
 * elements always nest. Ranges outside the text are ignored: stored spans are data, not trusted.
 */
export function markSpans(text: string, marks: Mark[]): SafeHtml {
  const valid = marks
    .filter((mark) => isValid(mark, text.length))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.layer - b.layer);
  const boundaries = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort(
    (a, b) => a - b,
  );
  const out: string[] = [];
  const open: Mark[] = [];
  let next = 0;
  for (let index = 0; index < boundaries.length; index++) {
    const at = boundaries[index]!;
    if (open.some((mark) => mark.end === at)) {
      // Close down to the deepest mark ending here, then reopen the ones that go on.
      const depth = open.findIndex((mark) => mark.end === at);
      const closed = open.splice(depth);
      for (let i = closed.length - 1; i >= 0; i--) out.push(closed[i]!.close.value);
      for (const mark of closed)
        if (mark.end > at) {
          out.push(mark.open(true).value);
          open.push(mark);
        }
    }
    while (next < valid.length && valid[next]!.start === at) {
      const mark = valid[next++]!;
      out.push(mark.open(false).value);
      open.push(mark);
    }
    const until = boundaries[index + 1];
    if (until !== undefined) out.push(escapeHtml(text.slice(at, until)));
  }
  return new SafeHtml(out.join(''));
}
