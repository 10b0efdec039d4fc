import { sameTimeframe, type Claim } from '../claims/claim.js';
import { countUpdate, disagreeingUnit } from '../verdicts/figure-versions.js';
import { disagreeOnDate } from '../verdicts/date-versions.js';
import { disagreeOnPlace } from '../verdicts/place-versions.js';
import { disagreeOnTime } from '../verdicts/time-versions.js';
import { candidatePairs } from './candidate-pairs.js';
import { ClaimSimilarity } from './claim-similarity.js';
import { linkGroups, type ClaimLink } from './link-groups.js';
import type { WordVectors } from './word-vectors.js';

/** Claims this similar say the same thing. */
export const SAME_CLAIM = 0.2;
/** Claims of one source this alike in words are copies of one sentence. */
export const COPIED_CLAIM = 0.6;
/** Claims this similar in words that give different figures for one thing conflict. */
export const CONFLICTING_CLAIM = 0.1;
/** Two links of one claim are one fact when the claim shares this much of the same words in both. */
export const SAME_CORE = 0.5;
/**
 * …and when what they share weighs more than a word or two most of the story's reports use. A
 * core weighs a word by the share of reports it is in, whatever the story's size: 0.48 for a word
 * in every report, 1.2 in half of them, 2.6 in a quarter. Those common words would gather a lead
 * and everything said of its topic into one fact.
 */
export const JOIN_WEIGHT = 2;

/** Two groups of links join into one fact only when their claims are this alike on average. */
export const COHESION = 0.25;
/** A claim is a single-source fact of its own as well when this much of it is in no link. */
export const OWN_SHARE = 0.3;

/**
 * Aligns the claims of a story's articles into facts: groups of claims that say the same thing
 * or give incompatible figures for the same thing. A claim may belong to several facts.
 */
export function alignClaims(
  claims: Claim[],
  weights: Map<string, number>,
  vectors: WordVectors | null,
  similarity = new ClaimSimilarity(claims, weights, vectors),
): number[][] {
  const links: ClaimLink[] = [];
  for (const [a, b] of candidatePairs(claims, weights)) {
    // What happened long before ("increases totalling 5 percent since 2028", "a smaller
    // stoppage in July cost 8 million") is not the news: neither the same fact nor a version.
    if (!sameTimeframe(claims[a]!, claims[b]!)) continue;
    // Within one source (a wire story and its edited copies) a link finds a claim's copy, and
    // confirms nothing: other sentences of the source are no link.
    if (claims[a]!.source === claims[b]!.source && similarity.words(a, b) < COPIED_CLAIM) continue;
    const score = similarity.score(a, b);
    const figures = claims[a]!.quantities.length > 0 && claims[b]!.quantities.length > 0;
    const unit = figures ? disagreeingUnit(claims[a]!, claims[b]!) : null;
    // A count a later report moved on ("still missing") is neither the same fact nor a version.
    if (unit !== null && countUpdate(claims[a]!, claims[b]!)) continue;
    const disputed =
      unit !== null
        ? `figure:${unit}`
        : disagreeOnPlace(claims[a]!, claims[b]!, vectors)
          ? 'place'
          : disagreeOnDate(claims[a]!, claims[b]!)
            ? 'date'
            : disagreeOnTime(claims[a]!, claims[b]!)
              ? 'time'
              : null;
    // What an update replaced disputes nothing: the outlet itself gave the newer figure.
    const conflicting =
      disputed !== null &&
      !claims[a]!.superseded &&
      !claims[b]!.superseded &&
      similarity.words(a, b) >= CONFLICTING_CLAIM;
    if (score < SAME_CLAIM && !conflicting) continue;
    const core = similarity.core(a, b);
    if (conflicting) {
      // What they disagree on is what they share: the figure of that unit, the place, the day,
      // the time.
      core.a.set(disputed, 2);
      core.b.set(disputed, 2);
    }
    links.push({ a, b, score, coreA: core.a, coreB: core.b });
  }
  return linkGroups(claims, links, weights, {
    sameCore: SAME_CORE,
    joinWeight: JOIN_WEIGHT,
    ownShare: OWN_SHARE,
    related: (a, b) => similarity.words(a, b),
    cohesion: COHESION,
  });
}
