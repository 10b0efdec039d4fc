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
  const spaces = tokenList.out(its.precedingSpaces) as string[];
  const pos = tokenList.out(its.pos) as string[];
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const value = values[i]!;
    if (pos[i] !== 'SPACE')
      tokens.push({
        start: offset,
        end: offset + value.length,
        text: value,
        pos: pos[i]!,
        lemma: lemmaOf(value, pos[i]!),
      });
    offset += value.length;
  }
  const starts = tokenStarts(values, spaces);
  const raw: Span[] = [];
  doc.sentences().each((sentence: { out(f: unknown): unknown }) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    if (last < first || values[last] === undefined) return;
    raw.push({ start: starts[first]!, end: starts[last]! + values[last]!.length });
  });
  const paragraphs = paragraphsOf(text);
  return { text, tokens, sentences: fixSentences(text, raw, paragraphs, tokens), paragraphs };
}

function tokenStarts(values: string[], spaces: string[]): number[] {
  const starts = new Array<number>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    starts[i] = offset;
    offset += values[i]!.length;
  }
  return starts;
}
