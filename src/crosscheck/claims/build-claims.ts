import type { Entity, Quote, TextLayer, Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import type { Attribution, StoryArticle } from '../cross-check.js';
import type { Claim } from './claim.js';
import { claimQuantity } from './claim-quantities.js';
import { claimSpans } from './claim-spans.js';
import { claimWord } from './claim-words.js';
import { isHedge } from './hedges.js';

const SOFT_TAGS = new Set(['NOUN', 'VERB', 'ADJ']);

/** Adds tokens' claim words to `words`, and those a near-synonym may stand for to `softWords`. */
export function addWords(
  tokens: Token[],
  tokenWords: (string | null)[],
  words: Set<string>,
  softWords: Set<string>,
): void {
  tokens.forEach((token, i) => {
    const word = tokenWords[i];
    if (!word) return;
    words.add(word);
    if (SOFT_TAGS.has(token.pos)) softWords.add(word);
  });
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const within = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/** How entities match across articles: a person by surname, anything else by its full name. */
export function entityKey(entity: Pick<Entity, 'name' | 'type'>): string {
  const name = entity.name.normalize('NFC').toLowerCase();
  return '@' + (entity.type === 'person' ? name.split(/\s+/).pop()! : name);
}

/** Who a claim is attributed to: the speaker of a quote holding most of it. */
function attributionOf(span: Span, quotes: Quote[]): Attribution | null {
  for (const quote of quotes) {
    const shared = Math.min(quote.end, span.end) - Math.max(quote.start, span.start);
    if (shared > (span.end - span.start) / 2)
      return { speaker: quote.speaker?.name ?? quote.speaker?.descriptor ?? null, cue: quote.cue };
  }
  return null;
}

/** The claims of one article, numbered from `first`. */
export function buildClaims(
  { article, analysis }: StoryArticle,
  layer: TextLayer,
  source: number,
  first: number,
): Claim[] {
  const english = !article.language || article.language === 'en';
  const claims: Claim[] = [];
  let t = 0;
  for (const span of claimSpans(article, analysis.sentences, layer.tokens)) {
    const words = new Set<string>();
    const softWords = new Set<string>();
    let hedged = false;
    while (t < layer.tokens.length && layer.tokens[t]!.end <= span.start) t++;
    let u = t;
    while (u < layer.tokens.length && layer.tokens[u]!.start < span.end) u++;
    const tokens = layer.tokens.slice(t, u);
    const tokenWords = tokens.map((token) => claimWord(token, english));
    addWords(tokens, tokenWords, words, softWords);
    tokens.forEach((token) => {
      if (token.pos !== 'PROPN' && isHedge(token.text.toLowerCase())) hedged = true;
    });
    const figures = analysis.quantities.filter((q) => within(q, span));
    for (const entity of analysis.entities)
      if (entity.mentions.some((mention) => overlaps(mention, span))) words.add(entityKey(entity));
    claims.push({
      index: first + claims.length,
      article: article.id,
      source,
      position: claims.length,
      start: span.start,
      end: span.end,
      text: article.text.slice(span.start, span.end),
      words: [...words],
      softWords: [...softWords],
      quantities: figures.map((q) => claimQuantity(q, tokens, tokenWords, span, figures)),
      dates: analysis.times
        .filter((time) => within(time, span) && time.value)
        .map((time) => time.value!),
      attribution: attributionOf(span, analysis.quotes),
      hedged,
    });
  }
  return claims;
}
