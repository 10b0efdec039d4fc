import type { Token } from '../model/analysis.js';

const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

// Days and months say when, which the date features carry resolved; as words they would join
// two strikes that both began on a Tuesday.
const CALENDAR_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * A token's lemma when it carries content for matching stories, else null: possessive and edge
 * punctuation stripped ("port's" → "port"). The part-of-speech tags come from an English model,
 * so in other languages every word counts and document frequency does the rest.
 */
export function contentLemma(token: Token, english: boolean): string | null {
  if (english ? !CONTENT_TAGS.has(token.pos) : token.pos === 'PUNCT') return null;
  const lemma = token.lemma.replace(/['’]s$/u, '').replace(EDGE_PUNCTUATION, '');
  if (lemma.length < 2 || CALENDAR_WORDS.has(lemma)) return null;
  return lemma;
}
