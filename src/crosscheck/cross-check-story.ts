import { textLayer } from '../analyze/text/text-layer.js';
import { alignClaims } from './align/align-claims.js';
import { ClaimSimilarity } from './align/claim-similarity.js';
import { wordWeights } from './align/word-weights.js';
import { installedVectors, type WordVectors } from './align/word-vectors.js';
import { buildClaims } from './claims/build-claims.js';
import { foldEchoes } from './claims/echoes.js';
import type { Claim } from './claims/claim.js';
import type { CrossCheckInput, Fact, StoryArticle, StoryCrossCheck } from './cross-check.js';
import { groupStatements } from './statements/group-statements.js';
import { DEFAULT_SUMMARY_SENTENCES, extractSummary } from './summary/extract-summary.js';
import { buildTimeline } from './timeline/build-timeline.js';
import { buildFacts } from './verdicts/build-facts.js';
import { mergeConflicts } from './verdicts/merge-conflicts.js';
import { SourceCounter } from './verdicts/source-counter.js';

export interface CrossCheckOptions {
  summarySentences?: number;
  /** Word vectors for near-synonyms; default the installed ones, null for none. */
  vectors?: WordVectors | null;
}

/**
 * The cross-checked account of one story, a pure function of its analysed articles and their
 * independent sources: facts aligned across articles with a verdict each, statements with each
 * outlet's wording, a timeline and a cited summary.
 */
export function crossCheckStory(
  given: CrossCheckInput,
  options: CrossCheckOptions = {},
): StoryCrossCheck {
  // Read in one order whatever order the articles came in: ties between claims, and which of two
  // copies of a sentence stands for both, go by it, and the facts must not depend on arrival.
  const input = { ...given, articles: [...given.articles].sort(byPublication) };
  const sources = new SourceCounter(input);
  const layers = input.articles.map(({ article }) => textLayer(article.text));
  const claims: Claim[] = [];
  input.articles.forEach((item, i) => {
    const built = buildClaims(item, layers[i]!, sources.sourceOf(item.article.id), claims.length);
    claims.push(...built);
  });
  const weights = wordWeights(claims, input.articles.length);
  const vectors = options.vectors === undefined ? installedVectors() : options.vectors;
  const { primaries, expand, primaryOf } = foldEchoes(claims);
  const similarity = new ClaimSimilarity(primaries, weights, vectors);
  const groups = expand(alignClaims(primaries, weights, vectors, similarity));
  const related = (a: Claim, b: Claim) =>
    similarity.words(primaryOf[a.index]!, primaryOf[b.index]!);
  const facts = orderFacts(
    buildFacts(claims, mergeConflicts(claims, groups, vectors), sources, vectors, related),
    claims,
  );
  const statements = groupStatements(input.articles, layers, weights, vectors, sources);
  const positionOf = claimPositions(claims);
  return {
    facts,
    statements,
    timeline: buildTimeline(facts),
    summary: extractSummary(
      facts,
      options.summarySentences ?? DEFAULT_SUMMARY_SENTENCES,
      (evidence) => (positionOf.get(`${evidence.article}:${evidence.start}`) ?? Infinity) < LEAD,
    ),
  };
}

/** Earliest reports first (undated ones last), then by id. */
function byPublication(a: StoryArticle, b: StoryArticle): number {
  const x = a.article.published ?? '\uffff';
  const y = b.article.published ?? '\uffff';
  if (x !== y) return x < y ? -1 : 1;
  return a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0;
}

/** Claims that open a report: its headline and lead. */
const LEAD = 3;

const claimPositions = (claims: Claim[]) =>
  new Map(claims.map((claim) => [`${claim.article}:${claim.start}`, claim.position]));

/** Best-sourced facts first, then those reports put earliest (leads before background). */
function orderFacts(facts: Fact[], claims: Claim[]): Fact[] {
  const positionOf = claimPositions(claims);
  const earliest = (fact: Fact) =>
    Math.min(...fact.evidence.map((e) => positionOf.get(`${e.article}:${e.start}`) ?? Infinity));
  const keyed = facts.map((fact) => ({ fact, earliest: earliest(fact) }));
  keyed.sort(
    (a, b) =>
      b.fact.sources - a.fact.sources ||
      a.earliest - b.earliest ||
      (a.fact.id < b.fact.id ? -1 : 1),
  );
  return keyed.map(({ fact }) => fact);
}
