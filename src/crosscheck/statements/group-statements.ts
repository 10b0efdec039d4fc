import { createHash } from 'node:crypto';
import type { Quote, TextLayer, Token } from '../../model/analysis.js';
import { quoteId } from '../../report/document-ids.js';
import { ClaimSimilarity } from '../align/claim-similarity.js';
import { UnionFind } from '../align/union-find.js';
import type { WordVectors } from '../align/word-vectors.js';
import { addWords, emptyWordSets } from '../claims/build-claims.js';
import { entityKey } from '../claims/entity-key.js';
import { wordsOnlyClaim, type Claim } from '../claims/claim.js';
import { claimWords } from '../claims/claim-words.js';
import type { Statement, StatementWording, StoryArticle } from '../cross-check.js';
import type { SourceCounter } from '../verdicts/source-counter.js';

/** Two wordings of one speaker this close are the same remark… */
const SAME_REMARK = 0.2;
/** …when they share this many words (or near-synonyms), or one holds the other. */
const SHARED_WORDS = 2;

interface SpokenQuote {
  article: string;
  quote: Quote;
  speaker: string;
}

/** Who said it, the same across articles: an entity by surname, else the name or description. */
function speakerKey({ analysis }: StoryArticle, quote: Quote): string | null {
  const speaker = quote.speaker;
  if (!speaker) return null;
  const entity = speaker.entity ? analysis.entities.find((e) => e.id === speaker.entity) : null;
  if (entity) return entityKey(entity);
  const name = (speaker.name ?? speaker.descriptor)?.normalize('NFC').toLowerCase().trim();
  return name ? '@' + name.split(/\s+/).pop()! : null;
}

/** An article's quotes without those inside a longer quote of it (a partial inside reported speech). */
function outermost(quotes: Quote[]): Quote[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Quote[] = [];
  for (const quote of sorted) {
    const last = kept[kept.length - 1];
    if (last && quote.start < last.end) continue;
    kept.push(quote);
  }
  return kept;
}

/** A quote's words as a claim, so that quotes compare as claims do. */
function quoteClaim(spoken: SpokenQuote, index: number, layer: TextLayer, english: boolean): Claim {
  const { quote } = spoken;
  let low = 0;
  let high = layer.tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (layer.tokens[middle]!.start < quote.start) low = middle + 1;
    else high = middle;
  }
  const tokens: Token[] = [];
  for (let i = low; i < layer.tokens.length && layer.tokens[i]!.end <= quote.end; i++)
    tokens.push(layer.tokens[i]!);
  const sets = emptyWordSets();
  addWords(tokens, claimWords(tokens, english), sets);
  return wordsOnlyClaim({
    index,
    article: spoken.article,
    source: -1,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    words: [...sets.words],
    softWords: [...sets.softWords],
    predicates: [...sets.predicates],
    nouns: [...sets.nouns].filter((word) => !sets.predicates.has(word)),
  });
}

/** A wording as compared for containment: letters and digits, lower case, single spaces. */
const remarkText = (text: string) =>
  ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

const mostCommon = (values: (string | null)[]) => {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? null;
};

/**
 * One statement per remark: quotes of the same speaker in different articles whose words are
 * close (the same remark translated or paraphrased) are one statement with each wording.
 */
export function groupStatements(
  articles: StoryArticle[],
  layers: TextLayer[],
  weights: Map<string, number>,
  vectors: WordVectors | null,
  sources: SourceCounter,
): Statement[] {
  const spoken: SpokenQuote[] = [];
  const claims: Claim[] = [];
  articles.forEach((item, i) => {
    const english = !item.article.language || item.article.language === 'en';
    for (const quote of outermost(item.analysis.quotes)) {
      const speaker = speakerKey(item, quote);
      if (!speaker) continue;
      const entry = { article: item.article.id, quote, speaker };
      claims.push(quoteClaim(entry, spoken.length, layers[i]!, english));
      spoken.push(entry);
    }
  });
  const fallback = Math.log(1 + articles.length);
  const quoteWeights = new Map(weights);
  for (const claim of claims)
    for (const word of claim.words) if (!quoteWeights.has(word)) quoteWeights.set(word, fallback);
  const similarity = new ClaimSimilarity(claims, quoteWeights, vectors);

  // One word in common is no paraphrase: "the pitch was heavy" and "a heavy defeat to take" are
  // two remarks. A partial quote ("completely blindsided") is the remark it is part of.
  const texts = claims.map((claim) => remarkText(claim.text));
  const sameRemark = (a: number, b: number) =>
    texts[a]!.includes(texts[b]!) ||
    texts[b]!.includes(texts[a]!) ||
    similarity.core(a, b).a.size >= SHARED_WORDS;
  const bySpeaker = new Map<string, number[]>();
  spoken.forEach((entry, i) => {
    const list = bySpeaker.get(entry.speaker);
    if (list) list.push(i);
    else bySpeaker.set(entry.speaker, [i]);
  });
  const remarks = new UnionFind(spoken.length);
  for (const indices of bySpeaker.values()) {
    const links: Array<[number, number, number]> = [];
    for (let x = 0; x < indices.length; x++)
      for (let y = x + 1; y < indices.length; y++) {
        const [a, b] = [indices[x]!, indices[y]!];
        if (spoken[a]!.article === spoken[b]!.article) continue;
        const score = similarity.words(a, b);
        if (score >= SAME_REMARK && sameRemark(a, b)) links.push([a, b, score]);
      }
    links.sort((p, q) => q[2] - p[2]);
    // A remark is quoted once per article: joins that would bring in a second quote of one
    // article chain two remarks together.
    const members = new Map<number, Set<string>>();
    for (const i of indices) members.set(i, new Set([spoken[i]!.article]));
    for (const [a, b] of links) {
      const ra = remarks.find(a);
      const rb = remarks.find(b);
      if (ra === rb) continue;
      const sa = members.get(ra)!;
      const sb = members.get(rb)!;
      if ([...sa].some((article) => sb.has(article))) continue;
      members.set(remarks.union(ra, rb), new Set([...sa, ...sb]));
    }
  }

  const groups = new Map<number, SpokenQuote[]>();
  spoken.forEach((entry, i) => {
    const root = remarks.find(i);
    const list = groups.get(root);
    if (list) list.push(entry);
    else groups.set(root, [entry]);
  });
  return [...groups.values()].map((group) => {
    const wordings: StatementWording[] = group.map(({ article, quote }) => ({
      quote: quoteId(article, quote.start, quote.end),
      article,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      kind: quote.kind,
    }));
    const first = wordings[0]!;
    const speakerName = (quote: Quote) => quote.speaker?.name ?? quote.speaker?.descriptor ?? null;
    return {
      id: `s${createHash('sha256').update(`${first.article}:${first.start}:${first.end}`).digest('hex').slice(0, 11)}`,
      speaker:
        mostCommon(group.map(({ quote }) => speakerName(quote))) ?? group[0]!.speaker.slice(1),
      descriptor: mostCommon(group.map(({ quote }) => quote.speaker?.descriptor ?? null)),
      sources: sources.count(group.map(({ article }) => article)),
      quotes: wordings.map((wording) => wording.quote),
      wordings,
    };
  });
}
