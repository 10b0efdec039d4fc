/**
 * crosscheck's matching over ECB+ gold event mentions (the gold-mention setting of
 * cross-document event coreference): each mention is found in its sentence, named by its
 * `happeningWords` and placed in the claim that holds it (claims built as the cross-check builds
 * them); two mentions of different articles are one event when `sameHappening` says so, and their
 * sentences are then linked, as baseline (a) links the sentences of mentions with one head lemma.
 */
import { ClaimSimilarity } from '../../src/crosscheck/align/claim-similarity.js';
import {
  happeningWords,
  sameHappening,
  type HappeningMention,
  type SameHappeningOptions,
} from './same-happening.js';
import { wordWeights } from '../../src/crosscheck/align/word-weights.js';
import type { WordVectors } from '../../src/crosscheck/align/word-vectors.js';
import { buildClaims } from '../../src/crosscheck/claims/build-claims.js';
import type { Claim } from '../../src/crosscheck/claims/claim.js';
import { foldSynonym } from '../../src/crosscheck/claims/synonyms.js';
import type { StoryArticle } from '../../src/crosscheck/cross-check.js';
import type { TextLayer } from '../../src/model/analysis.js';
import type { Span } from '../../src/model/article.js';
import type { EcbMention } from './ecb-plus.js';
import type { SentenceMap } from './ecb-sentence-map.js';
import { pairKey } from './pair-scores.js';
import { headLemma } from './same-lemma.js';

/** One gold mention as crosscheck sees it, with the key of its sentence. */
export interface GoldHappening extends HappeningMention {
  article: string;
  sentence: string;
  /** The mention's words as ECB+ gives them. */
  text: string;
  /** Whether its words were found in its sentence (else it is named by its head lemma). */
  found: boolean;
}

export interface GoldMentionStory {
  mentions: GoldHappening[];
  /** The word similarity of two claims of the story, as alignment computes it. */
  related: (a: Claim, b: Claim) => number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a mention's words stand in its sentence: their first whole occurrence. */
function locate(text: string, sentence: Span, tokens: string): Span | null {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(tokens)}(?![\\p{L}\\p{N}])`, 'u');
  const hit = pattern.exec(text.slice(sentence.start, sentence.end));
  if (!hit) return null;
  const start = sentence.start + hit.index;
  return { start, end: start + hit[0].length };
}

/** The gold mentions of a story's articles with their words and claims. */
export function goldMentionStory(
  articles: readonly { input: StoryArticle; layer: TextLayer; map: SentenceMap; id: string }[],
  mentionsOf: (id: string) => readonly EcbMention[],
  sentenceKey: (id: string, sentId: number) => string,
  vectors: WordVectors | null,
): GoldMentionStory {
  const claims: Claim[] = [];
  const mentions: GoldHappening[] = [];
  articles.forEach(({ input, layer, map, id }, source) => {
    const own = buildClaims(input, layer, source, claims.length);
    claims.push(...own);
    const text = input.article.text;
    const english = !input.article.language || input.article.language === 'en';
    for (const m of mentionsOf(id)) {
      const sentence = map.sentences.find((s) => s.sentId === m.sent_id);
      const span = sentence ? locate(text, sentence, m.tokens_str) : null;
      const at = span ?? sentence;
      const claim = at
        ? (own.find((c) => c.start <= at.start && at.start < c.end) ??
          own.find((c) => c.start < at.end && at.start < c.end) ??
          null)
        : null;
      const tokens = span
        ? layer.tokens.filter((token) => token.start < span.end && span.start < token.end)
        : [];
      const words = span ? happeningWords(tokens, english) : [];
      mentions.push({
        article: id,
        sentence: sentenceKey(id, m.sent_id),
        text: m.tokens_str,
        words: words.length ? words : [foldSynonym(headLemma(m.tokens_str))],
        claim,
        found: span !== null,
      });
    }
  });
  const similarity = new ClaimSimilarity(claims, wordWeights(claims, articles.length), vectors);
  return { mentions, related: (a, b) => similarity.words(a.index, b.index) };
}

/** Pairs of sentences of different articles holding mentions `sameHappening` finds one event. */
export function goldMentionLinks(
  { mentions, related }: GoldMentionStory,
  vectors: WordVectors | null,
  options: SameHappeningOptions,
): Set<string> {
  const links = new Set<string>();
  for (let i = 0; i < mentions.length; i++)
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i]!;
      const b = mentions[j]!;
      if (a.article === b.article) continue;
      const key = pairKey(a.sentence, b.sentence);
      if (links.has(key)) continue;
      if (sameHappening(a, b, vectors, related, options)) links.add(key);
    }
  return links;
}
