import type { TextLayer, Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import { fixSentences } from './fix-sentences.js';
import { lemmaOf } from './lemma.js';
import { paragraphsOf } from './paragraphs.js';
import { wink } from './wink.js';

/**
 * Tokenises an article and splits its sentences, once. wink-nlp keeps the text lossless (every
 * token knows the spaces before it), so token offsets are rebuilt exactly.
 */
export function textLayer(text: string): TextLayer {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokenList = doc.tokens();
  const values = tokenList.out(its.value) as string[];
  const pos = tokenList.out(its.pos) as string[];
  // Where each wink token starts (SPACE tokens included, for the sentence bounds).
  const starts =
    startsInText(text, values) ??
    startsFromSpaces(values, tokenList.out(its.precedingSpaces) as string[]);
  const count = values.length;
  const tokens: Token[] = [];
  for (let i = 0; i < count; i++) {
    const value = values[i]!;
    const tag = pos[i]!;
    if (tag !== 'SPACE')
      tokens.push({
        start: starts[i]!,
        end: starts[i]! + value.length,
        text: value,
        pos: tag,
        lemma: lemmaOf(value, tag),
      });
  }
  const raw: Span[] = [];
  doc.sentences().each((sentence: { out(f: unknown): unknown }) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    if (last < first || values[last] === undefined) return;
    raw.push({ start: starts[first]!, end: starts[last]! + values[last]!.length });
  });
  const paragraphs = paragraphsOf(text);
  return { text, tokens, sentences: fixSentences(text, raw, paragraphs, tokens), paragraphs };
}

/** The spaces wink splits tokens on and counts as a token's preceding spaces. */
function isSplitSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0xa0 ||
    (code >= 0x2002 && code <= 0x2005) ||
    code === 0x2009 ||
    code === 0x200a ||
    code === 0x202f ||
    code === 0x205f
  );
}

/**
 * Token starts found in the text itself: each token follows a run of the spaces wink splits on.
 * Saves wink a string of spaces per token; null when a token is not where expected, so the
 * caller falls back on wink's own count.
 */
function startsInText(text: string, values: string[]): number[] | null {
  const starts = new Array<number>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    while (offset < text.length && isSplitSpace(text.charCodeAt(offset))) offset++;
    const value = values[i]!;
    if (!text.startsWith(value, offset)) return null;
    starts[i] = offset;
    offset += value.length;
  }
  return starts;
}

function startsFromSpaces(values: string[], spaces: string[]): number[] {
  const starts = new Array<number>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    starts[i] = offset;
    offset += values[i]!.length;
  }
  return starts;
}
