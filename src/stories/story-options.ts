/** The knobs of story clustering; every bound on the work per article is one of them. */
export interface StoryOptions {
  /** Least similarity (0–1) with a story's profile for an article to join it. */
  threshold: number;
  /** Similarity from which an article counts as a near-duplicate of the story it joins. */
  nearDuplicate: number;
  /** Most days between an article and a story's date range for its similarity to count in full. */
  windowDays: number;
  /**
   * Most days between an article and a story's date range for the article to join it as a
   * follow-up, its similarity counted `followUpFactor` (0–1) past `windowDays`.
   */
  followUpDays: number;
  followUpFactor: number;
  /**
   * Most days between an article and a story's date range for the article to join it as a late
   * follow-up (a charge, a trial, a verdict a year or two on), its similarity counted
   * `lateFollowUpFactor` (0–1): such a story is found only through the all-time posting lists
   * of the article's names, which keep the stories that last used each, so only a story named
   * by the article's rarer names is found so late.
   */
  lateFollowUpDays: number;
  lateFollowUpFactor: number;
  /**
   * Publication dates outside this range are treated as unknown (`YYYY-MM-DD`), and so is
   * 1970-01-01 (a missing timestamp). `latestDate` null: `futureDays` past the run's time.
   */
  earliestDate: string;
  latestDate: string | null;
  /**
   * Days past the run's time a publication date may lie (clocks and time zones are off by a day
   * or two). Ten years by default: the bundled corpus and tests tell invented events set years
   * ahead; a deployment reading only live news sets it to 2.
   */
  futureDays: number;
  /** How much a shared common word (noun, verb, adjective) counts against a shared name or number. */
  wordWeight: number;
  /** How much more a shared person, organisation or place counts than a shared word. */
  entityWeight: number;
  /** How much more a shared mentioned date counts than a shared word. */
  dateWeight: number;
  /** How much more a name both leads give counts than a shared word (on top of the name itself). */
  leadWeight: number;
  /**
   * Factor (0–1) on the similarity with a story whose years disagree with the article's, when
   * only one side has publication dates (see `yearConflict`).
   */
  yearConflictFactor: number;
  /** Features an article keeps (its strongest). */
  articleFeatures: number;
  /** Features a story's profile keeps (those most of its articles share). */
  profileFeatures: number;
  /** An article's strongest features used to look up and to post candidate stories. */
  lookupFeatures: number;
  /** Stories one posting list keeps (the most recently joined). */
  postingCap: number;
  /** Candidate stories scored in full, out of those the posting lists name. */
  maxCandidates: number;
  /** Features in more than this share of all articles are too common to look stories up by. */
  maxDocumentShare: number;
  /**
   * Stories revised after each article: the one it joined and those next most similar to it,
   * whose recent articles may move to the one they now fit better (1: no revision).
   */
  reviseStories: number;
  /** A story's most recent articles kept for revision, each with its strongest `memberFeatures`. */
  reviseMembers: number;
  memberFeatures: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  threshold: 0.18,
  nearDuplicate: 0.9,
  windowDays: 30,
  followUpDays: 90,
  followUpFactor: 0.7,
  lateFollowUpDays: 730,
  lateFollowUpFactor: 0.5,
  earliestDate: '1900-01-01',
  latestDate: null,
  futureDays: 3653,
  wordWeight: 1,
  entityWeight: 1.5,
  dateWeight: 1,
  leadWeight: 2,
  yearConflictFactor: 0.5,
  articleFeatures: 150,
  profileFeatures: 200,
  lookupFeatures: 16,
  postingCap: 64,
  maxCandidates: 48,
  maxDocumentShare: 0.2,
  reviseStories: 4,
  reviseMembers: 16,
  memberFeatures: 100,
};

const COUNTS = [
  'articleFeatures',
  'profileFeatures',
  'lookupFeatures',
  'postingCap',
  'maxCandidates',
  'reviseStories',
  'reviseMembers',
  'memberFeatures',
] as const;

/** The defaults with the caller's changes, refused when one would unbound the work per article. */
export function storyOptions(changes: Partial<StoryOptions> = {}): StoryOptions {
  const options = { ...DEFAULT_STORY_OPTIONS, ...changes };
  for (const name of COUNTS)
    if (!Number.isInteger(options[name]) || options[name] < 1)
      throw new RangeError(`story option ${name} must be a whole number of at least 1`);
  // Look-ups read one posting list per week of the window: it must be finite.
  for (const name of ['windowDays', 'followUpDays', 'lateFollowUpDays', 'futureDays'] as const)
    if (!Number.isFinite(options[name]) || options[name] < 0)
      throw new RangeError(`story option ${name} must be a finite number of days`);
  for (const name of [
    'threshold',
    'nearDuplicate',
    'maxDocumentShare',
    'yearConflictFactor',
    'followUpFactor',
    'lateFollowUpFactor',
  ] as const)
    if (!(options[name] >= 0 && options[name] <= 1))
      throw new RangeError(`story option ${name} must be between 0 and 1`);
  return options;
}
