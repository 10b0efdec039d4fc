import type { FeatureKey, StoryDecision, StoryRecord } from './story.js';

/**
 * Everything story clustering remembers between articles, behind a small interface so that an
 * archive can keep it in tables (document frequencies, stories, article decisions, postings).
 * Every call touches a bounded amount of data except `storyIds` and `articlesOf`, which list.
 */
export interface StoryState {
  /** Articles counted in the document frequencies. */
  articleCount(): number;
  /** In how many counted articles a feature occurs. */
  documentFrequency(feature: FeatureKey): number;
  /** Counts one more article with these (distinct) features. */
  countArticle(features: Iterable<FeatureKey>): void;

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

  /** The stories posted under a key, oldest first. */
  postings(key: string): readonly string[];
  /** Posts a story under a key (moving it to the newest end), keeping at most `cap` stories. */
  post(key: string, story: string, cap: number): void;
}
