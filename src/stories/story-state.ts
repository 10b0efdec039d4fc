import type { FeatureTable } from './feature-table.js';
import type { Bucket } from './posting-keys.js';
import type { FeatureId, StoryDecision, StoryRecord } from './story.js';

/**
 * Everything story clustering remembers between articles, behind a small interface so that an
 * archive can keep it in tables (document frequencies, stories, article decisions, postings).
 * Every call touches a bounded amount of data except `storyIds` and `articlesOf`, which list.
 * Features are passed by their id in `features`, which lives as long as the state.
 */
export interface StoryState {
  readonly features: FeatureTable;
  /** Articles counted in the document frequencies. */
  articleCount(): number;
  /** In how many counted articles a feature occurs. */
  documentFrequency(feature: FeatureId): number;
  /** Counts one more article with these (distinct) features. */
  countArticle(features: Iterable<FeatureId>): void;

  story(id: string): StoryRecord | undefined;
  saveStory(story: StoryRecord): void;
  storyCount(): number;
  /** Every story id, in order of creation. */
  storyIds(): Iterable<string>;

  /** The decision recorded for an article, if it was added before. */
  decisionOf(article: string): StoryDecision | undefined;
  /** Records an article's decision and adds it to its story's articles. */
  recordDecision(decision: StoryDecision): void;
  /** A story's articles in the order they were added. */
  articlesOf(story: string): string[];

  /** The stories posted under a feature in a time bucket, oldest first. */
  postings(bucket: Bucket, feature: FeatureId): readonly string[];
  /** Posts a story under a feature in a bucket (moving it to the newest end), keeping at most `cap` stories. */
  post(bucket: Bucket, feature: FeatureId, story: string, cap: number): void;

  /**
   * Called before each article, with how many days from a story's dates an article can still
   * join it and the article's day: a state may put away what the latest articles cannot reach,
   * as long as every call above still answers as before.
   */
  settle?(reachDays: number, day?: string | null): void;
  /** A story for reading only, where `story` would do more (take one put away back in memory). */
  readStory?(id: string): StoryRecord | undefined;
}
