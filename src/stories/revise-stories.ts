import type { ScoredStory } from './assign-story.js';
import type { FeatureWeights, WeightedFeatures } from './feature-weights.js';
import { postingBuckets } from './posting-keys.js';
import { daysOutside } from './story-dates.js';
import { addToProfile, memberCounts, removeFromProfile, widenDates } from './story-profile.js';
import type { RecentMember, StoryRecord } from './story.js';
import type { StoryOptions } from './story-options.js';
import type { StoryState } from './story-state.js';
import { windowFactor } from './time-window.js';
import { yearConflict } from './year-conflict.js';

/** One article moved from the story it was in to one it now fits better. */
export interface StoryMove {
  article: string;
  from: StoryRecord;
  to: StoryRecord;
  /** Similarity with the story it moved to, and with the rest of the one it left. */
  similarity: number;
  stayed: number;
}

const MOVED = 'moved to this story';

/**
 * Similarity of a story's recent article with a story: 0 past the follow-up horizon, discounted
 * past the time window and when their years disagree; `own` compares it with the rest of its own
 * story (itself left out).
 */
function memberSimilarity(
  member: RecentMember,
  vector: WeightedFeatures,
  story: StoryRecord,
  own: boolean,
  weights: FeatureWeights,
  options: StoryOptions,
): number {
  const away =
    member.date && story.first && story.last
      ? daysOutside(member.date, story.first, story.last)
      : 0;
  const inWindow = windowFactor(away, options);
  if (!inWindow) return 0;
  let similarity =
    inWindow *
    weights.profileCosine(vector, story.profile, story.profiled, own ? vector : undefined);
  if (yearConflict(member.date, vector.weights.keys(), story, weights.yearOf))
    similarity *= options.yearConflictFactor;
  return similarity;
}

/**
 * Bounded revision after an article is placed: an incremental clustering cannot see the story
 * an article belongs to before that story's first article has come, so an early article of an
 * event may have joined a story of another event of the same kind, or stayed alone. The story the
 * article went to and the `reviseStories − 1` candidates most like it are looked at again: each
 * of their `reviseMembers` most recent articles moves to the story among them it is now most
 * similar to, when that similarity reaches the threshold and beats the one with the rest of its
 * own story. At most `reviseStories × reviseMembers` articles are compared with
 * `reviseStories` profiles, whatever the archive's size.
 */
export function reviseStories(
  joined: StoryRecord,
  scored: ScoredStory[],
  weights: FeatureWeights,
  options: StoryOptions,
): StoryMove[] {
  if (options.reviseStories < 2) return [];
  const others = scored
    .filter(
      ({ story, similarity }) =>
        story.id !== joined.id && story.size > 0 && similarity >= options.threshold / 2,
    )
    .sort((a, b) => b.similarity - a.similarity || a.story.sequence - b.story.sequence)
    .slice(0, options.reviseStories - 1)
    .map(({ story }) => story);
  if (!others.length) return [];
  const pool = [joined, ...others];
  const moves: StoryMove[] = [];
  for (const own of pool) {
    for (const member of [...(own.recent ?? [])]) {
      const vector = weights.packedArticle(member.features, options.articleFeatures);
      if (!vector.weights.size) continue;
      const stayed =
        own.profiled > 1 ? memberSimilarity(member, vector, own, true, weights, options) : 0;
      let best: StoryRecord | null = null;
      let bestSimilarity = 0;
      for (const other of pool) {
        if (other === own || other.profiled === 0) continue;
        const similarity = memberSimilarity(member, vector, other, false, weights, options);
        if (similarity > bestSimilarity) {
          best = other;
          bestSimilarity = similarity;
        }
      }
      if (!best || bestSimilarity < options.threshold || bestSimilarity <= stayed) continue;
      removeFromProfile(own, member, weights, options);
      best.size++;
      widenDates(best, member.date);
      const counts = memberCounts(member);
      addToProfile(best, member.article, { ...member, counts }, vector, weights, options);
      moves.push({
        article: member.article,
        from: own,
        to: best,
        similarity: bestSimilarity,
        stayed,
      });
    }
  }
  return moves;
}

/**
 * Records the moves: both stories saved, the article's decision pointed at its new story with a
 * note saying why, and the new story posted under the article's strongest features.
 */
export function recordMoves(
  moves: StoryMove[],
  state: StoryState,
  weights: FeatureWeights,
  options: StoryOptions,
): void {
  const changed = new Map<string, StoryRecord>();
  for (const move of moves) {
    changed.set(move.from.id, move.from);
    changed.set(move.to.id, move.to);
  }
  for (const story of changed.values()) state.saveStory(story);
  for (const { article, from, to, similarity, stayed } of moves) {
    const decision = state.decisionOf(article);
    if (!decision) continue;
    const note = `${MOVED} from ${from.id} when more like it (${similarity.toFixed(3)}) than like the rest of ${from.id} (${stayed.toFixed(3)})`;
    state.recordDecision({
      ...decision,
      story: to.id,
      reason: 'joined',
      similarity,
      notes: [...decision.notes.filter((old) => !old.startsWith(MOVED)), note],
    });
    const member = to.recent?.find((recent) => recent.article === article);
    if (!member) continue;
    const date = member.date;
    const vector = weights.packedArticle(member.features, options.articleFeatures);
    const features = [...vector.weights.keys()].slice(0, options.lookupFeatures);
    for (const bucket of postingBuckets(to, date))
      for (const feature of features) state.post(bucket, feature, to.id, options.postingCap);
  }
}
