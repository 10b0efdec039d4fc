import type { TextLayer, Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import { clockSpans, joinAcrossClocks, repairClockTokens } from './clock-tokens.js';
import { fixSentences } from './fix-sentences.js';
import { formNumbers } from './form-numbers.js';
import { lemmaOf } from './lemma.js';
import { paragraphsOf } from './paragraphs.js';
import { readFresh } from './read-fresh.js';

/** What the text layer takes from wink: token texts and tags, and sentences as token ranges. */
export interface WinkTokens {
  values: string[];
  pos: string[];
  /** Each token's form number (see `formNumbers`). */
  forms: number[];
  /** First and last token index of each sentence. */
  sentences: Array<[number, number]>;
  /** Read only when the token texts cannot be found in the text in order. */
  precedingSpaces: () => string[];
}

/** The one wink-nlp pass over an article. */
export function winkTokens(text: string): WinkTokens {
  const { doc, its, modelWords } = readFresh(text);
  const tokenList = doc.tokens();
  const values = tokenList.out(its.value) as string[];
  return {
    values,
    pos: tokenList.out(its.pos) as string[],
    forms: formNumbers(values, tokenList.out(its.uniqueId) as number[], modelWords),
    sentences: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
    precedingSpaces: () => tokenList.out(its.precedingSpaces) as string[],
  };
}

/**
 * Tokenises an article and splits its sentences, once. wink-nlp keeps the text lossless (every
 * token knows the spaces before it), so token offsets are rebuilt exactly.
 */
export function textLayer(text: string): TextLayer {
  return layerOf(text, winkTokens(text));
}

/** The text layer made from wink's tokens: offsets, lemmas, and sentences with news fixes. */
export function layerOf(text: string, wink: WinkTokens): TextLayer {
  const { values, pos } = wink;
  // Where each wink token starts (SPACE tokens included, for the sentence bounds).
  const starts = startsInText(text, values) ?? startsFromSpaces(values, wink.precedingSpaces());
  const count = values.length;
  const tokens: Token[] = [];
  const forms: number[] = [];
  for (let i = 0; i < count; i++) {
    const value = values[i]!;
    const tag = pos[i]!;
    if (tag === 'SPACE') continue;
    const form = wink.forms[i]!;
    tokens.push({
      start: starts[i]!,
      end: starts[i]! + value.length,
      text: value,
      pos: tag,
      lemma: lemmaOf(value, tag, form),
    });
    forms.push(form);
  }
  const raw: Span[] = [];
  for (const [first, last] of wink.sentences) {
    if (last < first || values[last] === undefined) continue;
    raw.push({ start: starts[first]!, end: starts[last]! + values[last]!.length });
  }
  const clocks = clockSpans(text);
  if (clocks.length) repairClockTokens(tokens, forms, clocks, text);
  const paragraphs = paragraphsOf(text);
  const sentences = fixSentences(text, joinAcrossClocks(raw, clocks), paragraphs, tokens);
  return { text, tokens, forms, sentences, paragraphs };
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
    // A loop of character reads: startsWith, and one comparison of the joined tokens with the
    // text, were both slower.
    for (let k = 0; k < value.length; k++)
      if (text.charCodeAt(offset + k) !== value.charCodeAt(k)) return null;
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
