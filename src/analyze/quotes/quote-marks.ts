import type { Span } from '../../model/article.js';

/** A pair of quote marks in the article (or an opener left unclosed, bounded by its paragraph). */
export interface QuotePair {
  /** Offset of the opening mark and its length (2 for ''). */
  open: number;
  openLength: number;
  /** Offset of the closing mark, or -1 when the quote was never closed. */
  close: number;
  closeLength: number;
  /** The content, without the marks. */
  contentStart: number;
  contentEnd: number;
  /** True when the quote runs over more than one paragraph. */
  paragraphs: number;
}

type Family = 'double' | 'single';

interface Mark {
  at: number;
  length: number;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0x2009 ||
    c === 0x202f ||
    Number.isNaN(c)
  );
}
function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
/** Characters after which a mark opens: start, space, opening brackets, dashes. */
function opensAfter(ch: string | undefined): boolean {
  return (
    ch === undefined ||
    ch === '(' ||
    ch === '[' ||
    ch === '—' ||
    ch === '–' ||
    ch === '-' ||
    ch === '/' ||
    isSpace(ch.charCodeAt(0))
  );
}

/** Classifies the quote-like character at `i`; returns null for apostrophes and other characters. */
function markAt(text: string, i: number, end: number): Mark | null {
  const ch = text[i]!;
  const prev = i > 0 ? text[i - 1] : undefined;
  // ,''' closes a nested single quote, then the double one.
  const triple = text[i + 1] === ch && text[i + 2] === ch && !opensAfter(prev);
  if ((ch === "'" || ch === '’' || ch === '‘') && text[i + 1] === ch && i + 1 < end && !triple) {
    // Two apostrophes as one double quote mark: ''like this''.
    const after = text[i + 2];
    return {
      at: i,
      length: 2,
      family: 'double',
      canOpen: opensAfter(prev) && !opensAfter(after),
      canClose: !opensAfter(prev) || after === undefined || !isLetterOrDigit(after),
    };
  }
  const next = i + 1 < end ? text[i + 1] : undefined;
  const spaceBefore = opensAfter(prev);
  const spaceAfter = next === undefined || isSpace(next.charCodeAt(0));
  switch (ch) {
    case '"': {
      // After a nested closer and a space (`...,' "`) it still closes.
      const nested =
        prev === ' ' &&
        (text[i - 2] === "'" || text[i - 2] === '’') &&
        (spaceAfter || !isLetterOrDigit(next));
      return {
        at: i,
        length: 1,
        family: 'double',
        canOpen: !nested && (spaceBefore || (!isLetterOrDigit(prev) && !spaceAfter)),
        canClose: !spaceBefore || nested,
      };
    }
    case '“':
      // Opens in English; closes „German“ quotes and is sometimes typed as a closer.
      return {
        at: i,
        length: 1,
        family: 'double',
        canOpen: !spaceAfter || spaceBefore,
        canClose: !spaceBefore && (spaceAfter || !isLetterOrDigit(next)),
      };
    case '”':
      return {
        at: i,
        length: 1,
        family: 'double',
        canOpen: spaceBefore && !spaceAfter,
        canClose: !spaceBefore,
      };
    case '„':
    case '«':
      return {
        at: i,
        length: 1,
        family: 'double',
        canOpen: true,
        canClose: ch === '«' && !spaceBefore && spaceAfter,
      };
    case '»':
      return {
        at: i,
        length: 1,
        family: 'double',
        canOpen: spaceBefore && !spaceAfter,
        canClose: !spaceBefore,
      };
    case '‚':
    case '‹':
      return { at: i, length: 1, family: 'single', canOpen: true, canClose: false };
    case '›':
      return { at: i, length: 1, family: 'single', canOpen: false, canClose: true };
    case '‘':
      if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return null;
      return {
        at: i,
        length: 1,
        family: 'single',
        canOpen: spaceBefore || !isLetterOrDigit(prev),
        canClose: !spaceBefore && !isLetterOrDigit(next),
      };
    case '’':
    case "'": {
      // Inside a word it is an apostrophe: don’t, O’Malley.
      if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return null;
      const canOpen = spaceBefore && isLetterOrDigit(next);
      const canClose = !spaceBefore && !isLetterOrDigit(next);
      if (!canOpen && !canClose) return null;
      return { at: i, length: 1, family: 'single', canOpen, canClose };
    }
    default:
      return null;
  }
}

/** Quote-like characters: " ' “ ” „ « » ‚ ‹ › ‘ ’ (a native regex scan beats a char loop). */
const QUOTE_CHAR = /["'«»‘’‚“”„‹›]/g;

/** The marks of each paragraph, in one scan of the text. */
function marksByParagraph(text: string, paragraphs: Span[]): Mark[][] {
  const out: Mark[][] = paragraphs.map(() => []);
  if (paragraphs.length === 0) return out;
  let p = 0;
  QUOTE_CHAR.lastIndex = paragraphs[0]!.start;
  for (let m = QUOTE_CHAR.exec(text); m !== null; m = QUOTE_CHAR.exec(text)) {
    const i = m.index;
    while (p < paragraphs.length && paragraphs[p]!.end <= i) p++;
    if (p >= paragraphs.length) break;
    const paragraph = paragraphs[p]!;
    if (i < paragraph.start) continue;
    const mark = markAt(text, i, paragraph.end);
    if (!mark) continue;
    out[p]!.push(mark);
    if (mark.length > 1) QUOTE_CHAR.lastIndex = i + mark.length;
  }
  QUOTE_CHAR.lastIndex = 0;
  return out;
}

/** True for a closing single mark that is more likely a plural possessive ("the workers’ union"). */
function pluralPossessive(text: string, mark: Mark, later: Mark[], from: number): boolean {
  if (
    text[mark.at - 1] !== 's' ||
    text[mark.at + 1] !== ' ' ||
    !/\p{Ll}/u.test(text[mark.at + 2] ?? '')
  )
    return false;
  for (let k = from; k < later.length; k++)
    if (later[k]!.family === 'single' && later[k]!.canClose) return true;
  return false;
}

/**
 * Pairs quote marks paragraph by paragraph. A quote left open at a paragraph's end continues only
 * when the next paragraph opens with a quote mark (news style); otherwise it ends with its
 * paragraph, so a missing closer never swallows the rest of the article. Double marks are paired
 * first; single marks only outside them (inside, they are nested quotes), and an unclosed single
 * mark is dropped (it is more often an apostrophe: ’90s, workers’).
 */
export function pairQuoteMarks(text: string, paragraphs: Span[]): QuotePair[] {
  const doubles: Mark[][] = [];
  const singles: Mark[][] = [];
  for (const marks of marksByParagraph(text, paragraphs)) {
    doubles.push(marks.filter((m) => m.family === 'double'));
    singles.push(marks.filter((m) => m.family === 'single'));
  }
  const pairs = pairFamily(text, paragraphs, doubles, true);
  let d = 0;
  const outside = singles.map((list) =>
    list.filter((mark) => {
      while (d < pairs.length && pairs[d]!.contentEnd <= mark.at) d++;
      const pair = pairs[d];
      return !(pair && pair.open <= mark.at && mark.at < pair.contentEnd);
    }),
  );
  pairs.push(...pairFamily(text, paragraphs, outside, false));
  pairs.sort((a, b) => a.open - b.open);
  return pairs;
}

function pairFamily(
  text: string,
  paragraphs: Span[],
  marksByParagraph: Mark[][],
  keepUnclosed: boolean,
): QuotePair[] {
  const pairs: QuotePair[] = [];
  const leave = (pair: QuotePair): void => {
    if (keepUnclosed) pairs.push(pair);
  };
  let open: Mark | null = null;
  let openParagraphs = 1;
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const marks = marksByParagraph[p]!;
    let k = 0;
    if (open) {
      // Continuing from the paragraph before: its opening mark is not a new quote.
      const first = marks[0];
      if (first && first.at === firstNonSpace(text, paragraph) && first.canOpen) {
        k = 1;
        openParagraphs++;
      } else {
        leave(unclosed(text, open, paragraphs[p - 1]!.end, openParagraphs));
        open = null;
      }
    }
    for (; k < marks.length; k++) {
      const mark = marks[k]!;
      if (!open) {
        if (mark.canOpen) {
          open = mark;
          openParagraphs = 1;
        }
        continue;
      }
      if (
        mark.canClose &&
        !(mark.family === 'single' && pluralPossessive(text, mark, marks, k + 1))
      ) {
        pairs.push({
          open: open.at,
          openLength: open.length,
          close: mark.at,
          closeLength: mark.length,
          contentStart: open.at + open.length,
          contentEnd: mark.at,
          paragraphs: openParagraphs,
        });
        open = null;
      } else if (mark.canOpen && !mark.canClose && openParagraphs === 1) {
        // Two openers in a row: the first was never closed; end it where the second begins.
        leave(unclosed(text, open, mark.at, 1));
        open = mark;
      }
    }
    if (open) {
      const nextParagraph = paragraphs[p + 1];
      const nextMarks = marksByParagraph[p + 1];
      const opensNext =
        nextParagraph !== undefined &&
        nextMarks?.[0]?.at === firstNonSpace(text, nextParagraph) &&
        nextMarks[0]!.canOpen;
      if (!opensNext) {
        leave(unclosed(text, open, paragraph.end, openParagraphs));
        open = null;
      }
    }
  }
  if (open) leave(unclosed(text, open, paragraphs[paragraphs.length - 1]!.end, openParagraphs));
  return pairs;
}

function firstNonSpace(text: string, span: Span): number {
  let i = span.start;
  while (i < span.end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function unclosed(text: string, open: Mark, end: number, paragraphs: number): QuotePair {
  let e = end;
  while (e > open.at + open.length && isSpace(text.charCodeAt(e - 1))) e--;
  return {
    open: open.at,
    openLength: open.length,
    close: -1,
    closeLength: 0,
    contentStart: open.at + open.length,
    contentEnd: e,
    paragraphs,
  };
}
