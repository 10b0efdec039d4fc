import { assignStory } from './assign-story.js';
import { candidateStories, featureSelection } from './candidate-stories.js';
import { FeatureWeights } from './feature-weights.js';
import { MemoryStoryState } from './memory-story-state.js';
import { plausibleDay } from './publication-day.js';
import { postingBuckets } from './posting-keys.js';
import { recordMoves, reviseStories } from './revise-stories.js';
import { addToProfile, newStory, widenDates, type StoryArticle } from './story-profile.js';
import type {
  ArticleFeatures,
  FeatureId,
  StoryDecision,
  StoryRecord,
  StorySummary,
} from './story.js';
import { sharedDay } from './story-dates.js';
import { storyOptions, type StoryOptions } from './story-options.js';
import type { StoryState } from './story-state.js';
import { lookupDays } from './time-window.js';
import { WeightMemo } from './weight-memo.js';

/** A story's id: from the article that started it, so the same input order gives the same ids. */
export const storyId = (firstArticle: string) => `s-${firstArticle}`;

/**
 * Groups articles into stories as they arrive, in any order. Each article is compared only with
 * the few stories its rarest features point to in its time window, so adding one costs the same
 * however many articles the index holds.
 */
export class StoryIndex {
  readonly options: StoryOptions;
  private readonly memo = new WeightMemo();

  constructor(
    options: Partial<StoryOptions> = {},
    private readonly state: StoryState = new MemoryStoryState(),
  ) {
    this.options = storyOptions(options);
  }

  /** Puts one article in a story (an existing one or a new one) and says why. */
  add(articleId: string, features: ArticleFeatures): StoryDecision {
    // Stories past the weekly lists are reached only through the all-time lists of a name (a
    // late follow-up), rarely: they are put away, and read back when one does.
    features = this.datedPlausibly(articleId, features);
    this.state.settle?.(lookupDays(this.options), features.date);
    const known = this.state.decisionOf(articleId);
    if (known)
      return { ...known, created: false, reason: 'already-indexed', notes: ['added before'] };

    const options = this.options;
    const weights = new FeatureWeights(this.state, options, this.memo);
    const numbered = this.storyArticle(features);
    const article = weights.article(numbered.counts, options.articleFeatures);
    if (!article.weights.size) {
      const story = newStory(
        storyId(articleId),
        this.state.storyCount(),
        articleId,
        numbered,
        article,
      );
      return this.record(story, articleId, {
        created: true,
        similarity: 0,
        candidates: 0,
        reason: 'no-features',
        notes: [...features.notes, 'nothing to match on: a story of its own'],
      });
    }

    const { lookup, posting } = featureSelection(article, this.state, options);
    const candidates = candidateStories(article, lookup, features.date, this.state, options)
      .map((id) => this.state.story(id))
      // A story all of whose articles moved to others is empty.
      .filter((story): story is StoryRecord => story !== undefined && story.size > 0);
    const assignment = assignStory(features, article, candidates, weights, options);

    let story = assignment.story;
    if (story) {
      story.size++;
      widenDates(story, numbered.date);
    } else {
      story = newStory(
        storyId(articleId),
        this.state.storyCount(),
        articleId,
        numbered,
        article,
        options,
      );
    }
    // A near-duplicate adds nothing new; counting it would let a burst of copies drown the rest.
    if (assignment.reason !== 'near-duplicate') {
      this.state.countArticle(numbered.counts.keys());
      if (assignment.story) addToProfile(story, articleId, numbered, article, weights, options);
    }
    for (const bucket of postingBuckets(story, features.date))
      for (const feature of posting) this.state.post(bucket, feature, story.id, options.postingCap);

    const decision = this.record(story, articleId, {
      created: !assignment.story,
      similarity: assignment.similarity,
      candidates: candidates.length,
      reason: assignment.reason,
      notes: [...features.notes, ...assignment.notes],
    });
    const moves = reviseStories(story, assignment.scored, weights, options);
    recordMoves(moves, this.state, weights, options);
    return moves.some((move) => move.article === articleId)
      ? this.state.decisionOf(articleId)!
      : decision;
  }

  /**
   * The features with their date checked as `storyFeatures` checks it: a caller's date that is no
   * real day (2031-13-45) or lies outside the plausible range is unknown, with a note saying why,
   * so that it can neither throw later nor pull a story's range to a year it never saw.
   */
  private datedPlausibly(articleId: string, features: ArticleFeatures): ArticleFeatures {
    if (features.date === null) return features;
    const notes: string[] = [];
    const date = plausibleDay(features.date, this.options, notes);
    if (date === features.date) return features;
    if (date !== null) return { ...features, date };
    return { ...features, date, notes: [...features.notes, `article ${articleId}: ${notes[0]}`] };
  }

  /** The article's features by id, numbered in the state's feature table. */
  private storyArticle(features: ArticleFeatures): StoryArticle {
    const table = this.state.features;
    const counts = new Map<FeatureId, number>();
    for (const [key, count] of features.counts) counts.set(table.id(key), count);
    const date = features.date === null ? null : sharedDay(features.date);
    return { headline: features.headline, titled: features.titled, date, counts };
  }

  private record(
    story: StoryRecord,
    articleId: string,
    decision: Omit<StoryDecision, 'article' | 'story'>,
  ): StoryDecision {
    this.state.saveStory(story);
    const full: StoryDecision = { article: articleId, story: story.id, ...decision };
    this.state.recordDecision(full);
    return full;
  }

  /** The story an article was put in. */
  storyOf(articleId: string): string | undefined {
    return this.state.decisionOf(articleId)?.story;
  }

  /** What `add` decided for an article, with its reason and notes. */
  decision(articleId: string): StoryDecision | undefined {
    return this.state.decisionOf(articleId);
  }

  story(id: string): StorySummary | undefined {
    // Reading a story leaves one put away where it is.
    const story = this.state.readStory ? this.state.readStory(id) : this.state.story(id);
    // A story all of whose articles moved to others is no story.
    if (!story || story.size === 0) return undefined;
    return {
      id,
      title: story.representative.headline,
      titleArticle: story.representative.article,
      articles: this.state.articlesOf(id),
      first: story.first,
      last: story.last,
    };
  }

  /** Every story, in order of creation. */
  stories(): StorySummary[] {
    return [...this.state.storyIds()]
      .map((id) => this.story(id))
      .filter((story): story is StorySummary => story !== undefined);
  }
}
