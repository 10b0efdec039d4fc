/**
 * A feature key is namespaced by what it is: `w:` a content lemma (`w:fr:` in another language),
 * `p:`, `o:`, `l:` a person, organisation or place, `t:` a date the article mentions, and `a:`
 * before a name's key when the lead sentence (or title) names it.
 */
export type FeatureKey = string;

/** A feature key's number in the story state's `FeatureTable`: what the index keeps per feature. */
export type FeatureId = number;

/** What the clustering knows about one article: computed once, from its text and analysis. */
export interface ArticleFeatures {
  /** The article's headline, or its first sentence when it has none. */
  headline: string;
  /** Whether the headline is the article's own title (a story prefers one for its title). */
  titled: boolean;
  /** The article's publication day (`YYYY-MM-DD`), or null when unknown or implausible. */
  date: string | null;
  /** ISO 639-1 code, or null when unknown. */
  language: string | null;
  /** How often each feature occurs, lead and headline counted twice. */
  counts: Map<FeatureKey, number>;
  /** What was odd about the article (no text, a date out of range, another language). */
  notes: string[];
}

/** The article that stands for a story: the one closest to the story's profile so far. */
export interface Representative {
  article: string;
  headline: string;
  titled: boolean;
  /** Its feature counts (`PackedCounts`), kept to re-score it when the profile moves. */
  counts: string;
}

/** One story as the index keeps it: bounded in size whatever the number of its articles. */
export interface StoryRecord {
  /** `s` + the id of the story's first article: deterministic for the same input order. */
  id: string;
  /** Order of creation in this index. */
  sequence: number;
  /** Every article assigned to it, near-duplicates included. */
  size: number;
  /** Articles whose features went into the profile (near-duplicates do not). */
  profiled: number;
  /**
   * For each feature, how many profiled articles carry it (`PackedCounts`); capped to the
   * strongest features.
   */
  profile: string;
  /** Range of the articles' publication days, null while no article had a date. */
  first: string | null;
  last: string | null;
  representative: Representative;
  /**
   * Its most recently profiled articles with their strongest feature counts, so that a later
   * article can move one to a story it fits better (see `reviseStories`); at most
   * `reviseMembers` of them.
   */
  recent?: RecentMember[];
}

/** One of a story's recent articles, as kept for revising the story later. */
export interface RecentMember {
  article: string;
  headline: string;
  titled: boolean;
  date: string | null;
  /** Its strongest features with their counts, strongest first (`PackedCounts`). */
  features: string;
}

export type DecisionReason =
  /** Joined the most similar story above the threshold. */
  | 'joined'
  /** Joined a story it nearly repeats; it did not change the story's profile or the statistics. */
  | 'near-duplicate'
  /** No candidate story was similar enough: a new story. */
  | 'new-story'
  /** Nothing to match on (empty text, no content words): a story of its own. */
  | 'no-features'
  /** The article id was added before: the earlier decision stands. */
  | 'already-indexed';

/** What `StoryIndex.add` did with one article. */
export interface StoryDecision {
  article: string;
  story: string;
  created: boolean;
  /** Similarity with the story joined, or with the best candidate turned down (0 when none). */
  similarity: number;
  /** How many stories were scored. */
  candidates: number;
  reason: DecisionReason;
  /** Why, in words: dates out of window, another language, the best candidate turned down. */
  notes: string[];
}

/** A story as listed to users. */
export interface StorySummary {
  id: string;
  title: string;
  /** The article the title comes from. */
  titleArticle: string;
  articles: string[];
  first: string | null;
  last: string | null;
}
